import DOMPurify, { type Config } from 'dompurify';
import { guardCss } from '../../config/style-guard.js';

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

/**
 * Under a Trusted Types CSP, DOMPurify needs a policy to hand its input to the inert parser. The page's
 * CSP lists the names it allows; `label-workspace` is ours. The policy is private to this module and
 * only ever given to DOMPurify, whose output is what reaches the page.
 */
type Policy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;
let policy: Policy | null | undefined;
function trustedTypesPolicy(): Policy | null | undefined {
  if (policy !== undefined) return policy;
  const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } })
    .trustedTypes;
  if (!factory) return (policy = undefined);
  try {
    policy = factory.createPolicy('label-workspace', {
      createHTML: (html: string) => html,
      createScriptURL: () => {
        throw new TypeError('label-elements never creates script URLs');
      },
    });
  } catch {
    policy = null; // the page does not allow our policy name: DOMPurify then parses plain strings
  }
  return policy;
}

export interface SanitizeOptions {
  /** `clickableLinks`: keep `http(s)`/`mailto` links working (opening in a new tab). Otherwise links
   *  stay as text and show their address as a tooltip. */
  readonly clickableLinks: boolean;
}

/** The sanitised DOM for an HTML string, or undefined when this browser cannot sanitise. */
export function sanitizeHtml(html: string, options: SanitizeOptions): DocumentFragment | undefined {
  if (!purifier.isSupported) return undefined;
  const fragment = purifier.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
    TRUSTED_TYPES_POLICY: trustedTypesPolicy(),
  });
  applyResourcePolicy(fragment, options);
  return fragment;
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
  for (const el of root.querySelectorAll<HTMLElement>('[style]')) {
    const css = guardCss(el.getAttribute('style') ?? '');
    if (css.trim() === '') el.removeAttribute('style');
    else el.setAttribute('style', css);
  }
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
