/**
 * Character and entity references in attribute values and text. We parse with entity processing
 * off (fast-xml-parser advisories, bad-inputs S10/S13) and decode the only references XML defines
 * without a DTD ourselves: the five predefined entities and numeric character references. Anything
 * else (`&nbsp;`, a bare `&`) is a well-formedness error in Label Studio's strict parser, so it is
 * reported and left as literal text, never interpreted.
 */

const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** Longest reference worth looking at: `&#x10FFFF;` and `&quot;` are far shorter. */
const MAX_REFERENCE_LENGTH = 12;

export type ReferenceFaultHandler = (index: number, message: string) => void;

/** Attribute-value normalisation (XML 1.0 §3.3.3): literal tabs and line breaks become spaces. */
export function decodeAttributeValue(raw: string, onFault: ReferenceFaultHandler): string {
  return decodeReferences(raw, (literal) => literal.replace(/\r\n|[\t\n\r]/g, ' '), onFault);
}

/** Line-end normalisation (XML 1.0 §2.11). */
export function decodeText(raw: string, onFault: ReferenceFaultHandler): string {
  return decodeReferences(raw, (literal) => literal.replace(/\r\n?/g, '\n'), onFault);
}

/**
 * Whitespace normalisation applies to literal text only: a reference such as `&#10;` is how XML
 * keeps a real line break in an attribute. `index` in a fault is the position of the `&` in `raw`,
 * so callers can add their own offset.
 */
function decodeReferences(
  raw: string,
  normalise: (literal: string) => string,
  onFault: ReferenceFaultHandler,
): string {
  let ampersand = raw.indexOf('&');
  if (ampersand < 0) return normalise(raw);
  let decoded = '';
  let copiedUpTo = 0;
  // One fault per value is enough to point the author at it; a megabyte of `&` is not a million.
  let faulted = false;
  while (ampersand >= 0) {
    const semicolon = semicolonNear(raw, ampersand);
    const body = semicolon > 0 ? raw.slice(ampersand + 1, semicolon) : '';
    const character = body ? referencedCharacter(body) : undefined;
    if (character === undefined) {
      if (!faulted) onFault(ampersand, describeBadReference(body));
      faulted = true;
      ampersand = raw.indexOf('&', ampersand + 1);
      continue;
    }
    decoded += normalise(raw.slice(copiedUpTo, ampersand)) + character;
    copiedUpTo = semicolon + 1;
    ampersand = raw.indexOf('&', copiedUpTo);
  }
  return decoded + normalise(raw.slice(copiedUpTo));
}

/** Looks only a few characters ahead, so a megabyte of `&&&…` stays linear. */
function semicolonNear(raw: string, ampersand: number): number {
  const end = Math.min(raw.length, ampersand + MAX_REFERENCE_LENGTH);
  for (let i = ampersand + 1; i < end; i++) if (raw.charCodeAt(i) === 59) return i;
  return -1;
}

function referencedCharacter(body: string): string | undefined {
  if (body[0] !== '#') return PREDEFINED.get(body);
  const hex = body[1] === 'x';
  const digits = body.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  const codePoint = Number.parseInt(digits, hex ? 16 : 10);
  return isXmlCharacter(codePoint) ? String.fromCodePoint(codePoint) : undefined;
}

/** XML 1.0 `Char`: no control characters but tab and line breaks, no surrogates, no U+FFFE/FFFF. */
function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function describeBadReference(body: string): string {
  if (!body) return "A bare '&' is not allowed in XML; write it as &amp;.";
  if (body[0] === '#') return `&${body}; is not a valid character reference.`;
  return `Unknown entity &${body};: XML only knows &amp; &lt; &gt; &quot; &apos; (write & as &amp;).`;
}
