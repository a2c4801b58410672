import { applyInlineStyles, sanitizeHtml, type SanitizeOptions } from './sanitize-html.js';

/**
 * The sanitised nodes made anew in the page's document, never moved there: Chromium refuses, and
 * reports, every element adopted from DOMPurify's inert document that ever carried a `style`
 * attribute, even one removed since (bad-inputs S17). Elements are made with `createElement` and
 * get the sanitised attributes and text only, so nothing is parsed again.
 */
function rebuiltInPage(source: ParentNode): DocumentFragment {
  const out = document.createDocumentFragment();
  const copy = (from: Node, to: ParentNode): void => {
    for (const child of from.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) to.append(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof Element) {
        const el = document.createElement(child.localName);
        for (const attr of child.attributes) el.setAttribute(attr.name, attr.value);
        copy(child, el);
        to.append(el);
      }
    }
  };
  copy(source as Node, out);
  return out;
}

/**
 * Sanitised HTML as detached elements that Lit renders as nodes, made once per key and input: a
 * re-render with the same HTML reuses the same nodes instead of sanitising again (and keeps their
 * state, such as an open `<details>`).
 */
export class SanitisedNodes {
  readonly #made = new Map<string, { html: string; clickableLinks: boolean; dom: HTMLElement | undefined }>();

  /** A `<div class=…>` holding the sanitised `html`, or undefined when the browser cannot sanitise. */
  get(
    key: string,
    html: string,
    options: SanitizeOptions & { readonly className: string },
  ): HTMLElement | undefined {
    const made = this.#made.get(key);
    if (made && made.html === html && made.clickableLinks === options.clickableLinks) return made.dom;
    const fragment = sanitizeHtml(html, options);
    let dom: HTMLElement | undefined;
    if (fragment) {
      dom = document.createElement('div');
      dom.className = options.className;
      dom.append(rebuiltInPage(fragment));
      applyInlineStyles(dom);
    }
    this.#made.set(key, { html, clickableLinks: options.clickableLinks, dom });
    return dom;
  }

  /** Forgets every key not in `keys` (items that left the data). */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const key of this.#made.keys()) if (!keys.has(key)) this.#made.delete(key);
  }
}
