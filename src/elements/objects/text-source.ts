import type { ConfigNode } from '../../config/types.js';

/**
 * Where the content of a text-like object (`Text`, `HyperText`, `Table`) comes from (ls-spec §3):
 * the bound `value` itself, or, with `valueType="url"`, a document to fetch. Task data is untrusted,
 * so a URL is fetched only when it is an absolute `http:`/`https:` URL (Label Studio checks the same
 * pattern); anything else (`javascript:`, `file:`, `data:`, a relative path) is refused with a
 * message, never loaded (bad-inputs S7).
 */
export type TextSource =
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'remote'; readonly url: string }
  | { readonly kind: 'refused'; readonly url: string; readonly reason: string };

/** `valueType` split the way Label Studio's `parseTypeAndOption` does: `csv|url|separator=,`. */
export interface ValueType {
  readonly type: string;
  readonly options: ReadonlyMap<string, string | true>;
}

export function parseValueType(raw: unknown, fallback: string): ValueType {
  const [type = '', ...parts] = String(raw ?? '').split('|');
  const options = new Map<string, string | true>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq < 0) options.set(part.trim(), true);
    else options.set(part.slice(0, eq).trim(), part.slice(eq + 1));
  }
  return { type: type.trim() || fallback, options };
}

/** The text an object's bound value stands for: strings as they are, other JSON as JSON. */
export function boundText(node: ConfigNode): string {
  const value = node.bound.value ?? node.attrs.value ?? node.text;
  if (value === undefined || value === null) return '';
  return typeof value === 'string'
    ? value
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
}

export function isFetchableUrl(url: string): boolean {
  return /^https?:\/\/[^\s]/i.test(url.trim());
}

/** Where to read the content of a `Text`/`HyperText` node from. */
export function textSource(node: ConfigNode): TextSource {
  const text = boundText(node);
  if (parseValueType(node.attrs.valueType, 'text').type !== 'url') return { kind: 'inline', text };
  const url = text.trim();
  if (isFetchableUrl(url)) return { kind: 'remote', url };
  return { kind: 'refused', url, reason: 'Only http: and https: URLs are loaded.' };
}

/** Fetches a text document without sending a referrer; a non-2xx answer is an error. */
export async function fetchText(url: string, signal: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal, referrerPolicy: 'no-referrer', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return response.text();
}

/**
 * Decodes `encoding="base64"` (each byte one character, as `atob` gives) or `"base64unicode"` (UTF-8
 * bytes). Throws a readable error on input that is not base64 or not UTF-8.
 */
export function decodeText(text: string, encoding: unknown): string {
  if (encoding !== 'base64' && encoding !== 'base64unicode') return text;
  let binary: string;
  try {
    binary = atob(text.replace(/\s+/g, ''));
  } catch {
    throw new Error(`The value is not valid base64 (encoding="${encoding}").`);
  }
  if (encoding === 'base64') return binary;
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('The decoded value is not UTF-8 text (encoding="base64unicode").');
  }
}
