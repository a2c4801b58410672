/**
 * Guards CSS that comes from configs (`<Style>` blocks and `style="…"` attributes) before it is applied
 * inside our shadow roots (bad-inputs S6). Shadow DOM already keeps the rules from reaching the host
 * page; this removes what could still leak data or load things: `@import`, `url(…)`/`image-set(…)`
 * pointing anywhere but an inline `data:image/` URL, and legacy `expression(…)`/`-moz-binding`.
 * It works on text, without a CSS parser, so it errs on the side of removing too much.
 */

const IMPORT = /@import[^;]*;?/gi;
const CHARSET_NAMESPACE = /@(?:charset|namespace)[^;]*;?/gi;
const URL_LIKE = /\b(?:url|image-set|-webkit-image-set|image|cross-fade|src)\s*\(\s*(['"]?)([^)]*?)\1\s*\)/gi;
const SCRIPTISH = /(?:expression\s*\(|-moz-binding|behavior\s*:|javascript:)/gi;
const CSS_ESCAPE = /\\([0-9a-f]{1,6}\s?|.)/gi;

/** Resolves CSS escapes first, so `u\72l(` cannot smuggle a `url(` past the checks below. */
function unescapeCss(css: string): string {
  return css.replace(CSS_ESCAPE, (_, esc: string) => {
    const hex = esc.trim();
    if (/^[0-9a-f]+$/i.test(hex)) {
      const code = parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return esc;
  });
}

function isInlineImage(url: string): boolean {
  return /^data:image\/(?:png|gif|jpeg|webp);/i.test(url.trim());
}

/** Returns the CSS with every remote or script-capable construct removed. */
export function guardCss(css: string): string {
  return unescapeCss(css)
    .replace(/<\/?style/gi, '')
    .replace(IMPORT, '')
    .replace(CHARSET_NAMESPACE, '')
    .replace(URL_LIKE, (whole, _q: string, url: string) =>
      whole.toLowerCase().startsWith('url') && isInlineImage(url) ? whole : 'none',
    )
    .replace(SCRIPTISH, '');
}

/**
 * Parses an inline `style` attribute into property → value pairs (kebab-case kept, as Lit's
 * `styleMap` accepts), guarded like a `<Style>` block. Malformed declarations are skipped.
 */
export function parseInlineStyle(style: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const declaration of guardCss(style).split(';')) {
    const colon = declaration.indexOf(':');
    if (colon <= 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!/^-?[a-z][a-z0-9-]*$/.test(property) || value === '') continue;
    out[property] = value;
  }
  return out;
}
