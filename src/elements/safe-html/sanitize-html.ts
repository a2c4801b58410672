import DOMPurify, { type Config } from 'dompurify';
import { parseInlineStyle } from '../../config/style-guard.js';
import { labelTrustedPolicy } from '../../render/trusted-types.js';

/**
 * Turns untrusted HTML (HyperText data, List items' `html`) into inert DOM we can show inside a
 * shadow root (bad-inputs S4, S5). DOMPurify parses it in a document that runs and loads nothing,
 * keeps only the allow-listed tags and attributes below, and hands back nodes, not a string, so the
 * result is never re-parsed (no mutation XSS). A second pass then applies what DOMPurify cannot know:
 * no image from another origin (a beacon), guarded inline CSS, and links that open only when the
 * config says `clickableLinks`.
 */

/** Text structure, tables, lists, quotes, images: what documents and dialogues use. No forms, media,
 *  frames, objects, SVG/MathML, `<style>`, `<meta>`, `<base>` or scripts. */
// prettier-ignore
const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'center',
  'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption',
  'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd',
  'li', 'main', 'mark', 'nav', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small',
  'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time',
  'tr', 'tt', 'u', 'ul', 'var', 'wbr',
];

/** Presentation and table structure only: no `id`/`name` (DOM clobbering), no event handlers, no
 *  `srcset`/`background`/`poster` (resource loads that skip the `src` check). */
// prettier-ignore
const ALLOWED_ATTR = [
  'align', 'alt', 'border', 'cellpadding', 'cellspacing', 'class', 'color', 'colspan', 'datetime', 'dir',
  'face', 'headers', 'height', 'href', 'lang', 'open', 'reversed', 'rowspan', 'scope', 'size', 'span', 'src',
  'start', 'style', 'title', 'type', 'valign', 'width',
];

const purifier = DOMPurify(window);

/** Carries an element's guarded inline style out of DOMPurify's inert document. */
const STYLE_CARRIER = 'data-label-style';

// Inline styles never travel as `style` attributes. A page whose CSP has no 'unsafe-inline' for styles
// refuses, and reports, each one the browser meets (bad-inputs S17): when DOMPurify's parser reads
// the markup, and when an element that had one enters the page. So the markup's `style` attributes
// are renamed before parsing (renameStyleAttributes), checked by the CSS guard here, and set through
// the CSSOM (allowed) by applyInlineStyles() on elements made in the page.
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (!(node instanceof Element) || !node.hasAttribute(STYLE_CARRIER)) return;
  const declarations = parseInlineStyle(node.getAttribute(STYLE_CARRIER) ?? '');
  if (Object.keys(declarations).length > 0) node.setAttribute(STYLE_CARRIER, JSON.stringify(declarations));
  else node.removeAttribute(STYLE_CARRIER);
});

/** A start tag, attribute values quoted or not (so a `>` inside quotes does not end it). */
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*\s*\/?>/g;
const STYLE_ATTRIBUTE = /(\s)style(\s*=)/gi;

/** Renames `style=` attributes in start tags to the carrier. Text between tags is left as it is. A
 *  tag this misses keeps its `style`, which the CSP then refuses: a lost style, never a hole. */
function renameStyleAttributes(html: string): string {
  return html.replace(START_TAG, (tag) => tag.replace(STYLE_ATTRIBUTE, `$1${STYLE_CARRIER}$2`));
}

/**
 * Under a Trusted Types CSP, DOMPurify needs a policy to hand its input to the inert parser. The page's
 * CSP lists the names it allows; `label-workspace` is ours, shared with the audio peaks Worker (a
 * policy name can be created once per page: render/trusted-types.ts). Only DOMPurify gets it here,
 * and DOMPurify's output is what reaches the page.
 */
type Policy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;
function trustedTypesPolicy(): Policy | null | undefined {
  return labelTrustedPolicy() as Policy | null | undefined;
}

export interface SanitizeOptions {
  /** `clickableLinks`: keep `http(s)`/`mailto` links working (opening in a new tab). Otherwise links
   *  stay as text and show their address as a tooltip. */
  readonly clickableLinks: boolean;
}

/** The sanitised DOM for an HTML string, or undefined when this browser cannot sanitise. Its inline
 *  styles wait in a data attribute: call {@link applyInlineStyles} after inserting it. */
export function sanitizeHtml(html: string, options: SanitizeOptions): DocumentFragment | undefined {
  if (!purifier.isSupported) return undefined;
  const fragment = purifier.sanitize(renameStyleAttributes(html), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, STYLE_CARRIER],
    // like `style`, whose value it carries: CSS text, not a URL to check against a scheme list
    ADD_URI_SAFE_ATTR: [STYLE_CARRIER],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
    TRUSTED_TYPES_POLICY: trustedTypesPolicy(),
  });
  applyResourcePolicy(fragment, options);
  return fragment;
}

/** Sets the guarded inline styles of sanitised nodes through the CSSOM. Call only once the nodes are
 *  in the page's document: DOMPurify hands them over in its inert one, and moving an element that
 *  already has a `style` attribute into the page is refused and reported like markup would be. */
export function applyInlineStyles(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(`[${STYLE_CARRIER}]`)) {
    const declarations = JSON.parse(el.getAttribute(STYLE_CARRIER) ?? '{}') as Record<string, string>;
    el.removeAttribute(STYLE_CARRIER);
    for (const [name, value] of Object.entries(declarations)) el.style.setProperty(name, value);
  }
}

/** An image source loads nothing from elsewhere: an inline raster `data:` image, a `blob:` or a
 *  same-origin URL. */
function isLocalImage(src: string): boolean {
  const value = src.trim();
  if (/^data:image\/(?:png|gif|jpeg|webp|avif);/i.test(value)) return true;
  try {
    const url = new URL(value, document.baseURI);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'blob:') &&
      url.origin === location.origin
    );
  } catch {
    return false;
  }
}

function linkTarget(href: string): string | undefined {
  try {
    const url = new URL(href.trim(), document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:'
      ? url.href
      : undefined;
  } catch {
    return undefined;
  }
}

function applyResourcePolicy(root: DocumentFragment, options: SanitizeOptions): void {
  for (const img of root.querySelectorAll('img')) {
    const src = img.getAttribute('src');
    if (src !== null && !isLocalImage(src)) img.removeAttribute('src');
  }
  for (const link of root.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    link.removeAttribute('href');
    const target = href === null ? undefined : linkTarget(href);
    if (target === undefined) continue;
    if (options.clickableLinks) {
      link.setAttribute('href', target);
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer nofollow');
      link.setAttribute('referrerpolicy', 'no-referrer');
    } else if (!link.hasAttribute('title')) {
      link.setAttribute('title', target);
    }
  }
}
