/**
 * Refusals made before any XML parser sees the text, each in one linear pass so that even a hostile
 * megabyte is turned away in a few milliseconds (bad-inputs S10, S11, S13):
 * - configs over `MAX_CONFIG_BYTES` of UTF-8;
 * - any `<!DOCTYPE` or `<!ENTITY`, in any letter case and anywhere (even inside a comment): labeling
 *   configs never need them, and DTD entities are how entity-expansion attacks start.
 */
import { MAX_CONFIG_BYTES } from '../types.js';
import { positionAt, type SourcePosition } from './line-index.js';

export interface Refusal {
  readonly code: 'too-large' | 'doctype';
  readonly message: string;
  readonly position: SourcePosition;
}

export function refuseBeforeParsing(source: string): Refusal | null {
  const overflow = utf8LimitCrossing(source, MAX_CONFIG_BYTES);
  if (overflow >= 0) {
    return {
      code: 'too-large',
      message:
        `The config is larger than ${MAX_CONFIG_BYTES} bytes (UTF-8) and was not parsed; ` +
        'labeling configs are normally a few kilobytes.',
      position: positionAt(source, overflow),
    };
  }
  const declaration = /<!(doctype|entity)/i.exec(source);
  if (declaration) {
    const keyword = declaration[1].toUpperCase();
    return {
      code: 'doctype',
      message:
        `<!${keyword}> declarations are not allowed in a labeling config and it was not parsed: ` +
        'they can define entities that expand without limit. Remove the declaration.',
      position: positionAt(source, declaration.index),
    };
  }
  return null;
}

/**
 * Index of the first character whose UTF-8 bytes go past `limit`, or -1 when the whole text fits.
 * `TextEncoder.encodeInto` stops at the first character that does not fit and says how far it
 * read, natively and in one pass.
 */
function utf8LimitCrossing(source: string, limit: number): number {
  if (source.length * 3 <= limit) return -1;
  // Every character takes at least one byte, so the crossing is within the first limit + 1.
  const head = source.length > limit ? source.slice(0, limit + 1) : source;
  const { read } = new TextEncoder().encodeInto(head, new Uint8Array(limit));
  return read < head.length ? read : -1;
}
