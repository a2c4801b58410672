import type { LitElement } from 'lit';
import type { ParsedConfig } from '../config/types.js';
import { guardCss } from '../config/style-guard.js';
import { configStyleText } from './workspace/config-styles.js';

/**
 * The config's `<Style>` blocks as one guarded, constructed style sheet (bad-inputs S6), made once per
 * parsed config and shared by every shadow root that adopts it. Elements that draw content Label
 * Studio lets `<Style>` target by class (`.htx-text`, `.htx-ranker-item`, `.htx-ranker-column`)
 * adopt it, so those rules reach inside their shadow roots; nothing reaches the host page.
 */
const sheets = new WeakMap<ParsedConfig, CSSStyleSheet | null>();

export function configStyleSheet(config: ParsedConfig): CSSStyleSheet | undefined {
  let sheet = sheets.get(config);
  if (sheet === undefined) {
    const css = configStyleText(config.root);
    sheet = css.trim() === '' ? null : new CSSStyleSheet();
    sheet?.replaceSync(guardCss(css));
    sheets.set(config, sheet);
  }
  return sheet ?? undefined;
}

/** Adopts the element's own styles, then `extra` sheets the element makes at run time (the text
 *  view's `::highlight()` rules), then the config's `<Style>` sheet (none when `config` is undefined). */
export function adoptConfigStyles(
  element: LitElement,
  config: ParsedConfig | undefined,
  extra: readonly CSSStyleSheet[] = [],
): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const own = (element.constructor as typeof LitElement).elementStyles.map((style) =>
    style instanceof CSSStyleSheet ? style : style.styleSheet!,
  );
  const sheet = config ? configStyleSheet(config) : undefined;
  const next = sheet ? [...own, ...extra, sheet] : [...own, ...extra];
  const current = root.adoptedStyleSheets;
  if (current.length !== next.length || current.some((s, i) => s !== next[i])) root.adoptedStyleSheets = next;
}
