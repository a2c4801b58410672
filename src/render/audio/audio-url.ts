/**
 * Which audio addresses we load (bad-inputs S7). Task data comes from other people: an address is
 * resolved against the page (Label Studio tasks often hold `/data/upload/…` paths) and then allowed
 * only when it is http(s), a `blob:` the page made, or a `data:audio/…` URL. `javascript:`, `file:`,
 * `data:text/html` and anything else are refused with a message and never fetched. No DOM beyond
 * `URL`, so the element checks an address before loading anything.
 */
export type AudioUrlVerdict =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

export function checkAudioUrl(value: unknown, base: string): AudioUrlVerdict {
  if (typeof value !== 'string' || value.trim() === '')
    return { ok: false, message: 'The task has no audio address for this object.' };
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return { ok: false, message: 'The audio address is not a valid URL.' };
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:':
    case 'blob:':
      return { ok: true, url: url.href };
    case 'data:':
      return /^data:audio\/[\w.+-]+[;,]/i.test(text)
        ? { ok: true, url: text }
        : { ok: false, message: 'Only data: URLs of an audio type (data:audio/…) are loaded as audio.' };
    default:
      return { ok: false, message: `Audio addresses with the “${url.protocol}” scheme are refused.` };
  }
}
