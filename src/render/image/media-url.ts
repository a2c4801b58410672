/**
 * Which image addresses we load (bad-inputs S7). Task data comes from other people, so an address is
 * resolved against the page and then allowed only when it is http(s), a `blob:` the page made, or a
 * `data:` URL of a raster format. `javascript:`, `file:`, `data:text/html` and SVG in any form are
 * refused: SVG can carry script and markup, and nothing here needs it. No Pixi and no DOM beyond `URL`,
 * so the element checks an address before it fetches the renderer at all.
 */

const RASTER_DATA = /^data:image\/(png|jpeg|jpg|gif|webp|avif|bmp)[;,]/i;

export type UrlVerdict =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

export function checkImageUrl(value: unknown, base: string): UrlVerdict {
  if (typeof value !== 'string' || value.trim() === '')
    return { ok: false, message: 'The task has no image address for this object.' };
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return { ok: false, message: 'The image address is not a valid URL.' };
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      if (/\.svgz?$/i.test(url.pathname))
        return { ok: false, message: 'SVG images are not loaded (they can carry script).' };
      return { ok: true, url: url.href };
    case 'blob:':
      return { ok: true, url: url.href };
    case 'data:':
      return RASTER_DATA.test(text)
        ? { ok: true, url: text }
        : { ok: false, message: 'Only PNG, JPEG, GIF, WebP, AVIF or BMP data: URLs are loaded as images.' };
    default:
      return { ok: false, message: `Image addresses with the “${url.protocol}” scheme are refused.` };
  }
}

/** Response types a decoded image may have; anything else (HTML, SVG, JSON) is refused before decoding. */
export function isRasterType(type: string): boolean {
  const t = type.split(';')[0]!.trim().toLowerCase();
  // servers often send images as octet-stream or with no type: the decoder decides then
  return (
    t === '' || t === 'application/octet-stream' || (t.startsWith('image/') && !t.startsWith('image/svg'))
  );
}
