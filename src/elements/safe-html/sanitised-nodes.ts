import { sanitizeHtml, type SanitizeOptions } from './sanitize-html.js';

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
      dom.append(fragment);
    }
    this.#made.set(key, { html, clickableLinks: options.clickableLinks, dom });
    return dom;
  }

  /** Forgets every key not in `keys` (items that left the data). */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const key of this.#made.keys()) if (!keys.has(key)) this.#made.delete(key);
  }
}
