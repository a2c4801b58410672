/**
 * Brush mask RLE, bit for bit as Label Studio writes it with `@thi.ng/rle-pack` (ls-spec §7): a
 * 32-bit word count, the word size − 1 in 5 bits, four run-length field widths − 1 in 4 bits each,
 * then chunks until every word is produced: a flag bit (1 = one word repeated, 0 = literal words),
 * a 2-bit class choosing a field width, `count − 1` in that width, then the word or the words.
 *
 * Written here rather than taken from `@thi.ng/rle-pack` (Label Studio's dependency, with
 * `@thi.ng/bitstream`, `errors` and `api` behind it) because the two functions are small, and its
 * encoder drops the last word when a repeat run fills 65,536 words just before the end. The bytes
 * are otherwise the same, which the tests check against Label Studio's own masks.
 */
import { BitReader, BitStreamEndError, BitWriter } from './bit-stream.js';

/** The mask cannot be decoded (or would be too large to hold). */
export class RleError extends Error {
  override readonly name = 'RleError';
}

/** Largest mask decoded by default: 2^28 words, an 8192 × 8192 RGBA image. */
export const RLE_MAX_WORDS = 2 ** 28;

/** Label Studio's run-length field widths: counts up to 8, 16, 256 and 65,536 words. */
const FIELD_WIDTHS = [3, 4, 8, 16] as const;
const WORD_BITS = 8;
const MAX_CHUNK = 2 ** FIELD_WIDTHS[3];

/**
 * Decodes an RLE byte list (`value.rle`) into its words: for a brush mask, RGBA bytes of the image
 * at natural size, so the alpha of pixel `i` is word `4i + 3` (legacy masks have RGB ≠ A). Throws
 * {@link RleError} for a truncated stream, words wider than 8 bits (Label Studio writes 8), or more
 * than `maxWords` words. A last chunk that runs past the word count is cut at it, as thi.ng does.
 */
export function decodeRle(bytes: ArrayLike<number>, maxWords: number = RLE_MAX_WORDS): Uint8Array {
  try {
    const input = new BitReader(bytes);
    const count = input.read(32);
    const wordBits = input.read(5) + 1;
    const widths = [input.read(4) + 1, input.read(4) + 1, input.read(4) + 1, input.read(4) + 1];
    if (wordBits > WORD_BITS) throw new RleError(`words of ${wordBits} bits: brush masks use ${WORD_BITS}`);
    if (count > maxWords) throw new RleError(`${count} words, more than the ${maxWords} allowed`);
    const words = new Uint8Array(count);
    for (let i = 0; i < count;) {
      const repeat = input.read(1) === 1;
      const end = Math.min(count, i + 1 + input.read(widths[input.read(2)]));
      if (repeat) {
        words.fill(input.read(wordBits), i, end);
        i = end;
      } else {
        while (i < end) words[i++] = input.read(wordBits);
      }
    }
    return words;
  } catch (error) {
    if (error instanceof BitStreamEndError)
      throw new RleError(`truncated RLE: ${error.message}`, { cause: error });
    throw error;
  }
}

/**
 * Encodes words (RGBA bytes of a mask) as Label Studio's encoder does, greedily: two or more equal
 * words become repeat chunks, anything else gathers into literal chunks, both split at 65,536
 * words. Returns the byte list to store as `value.rle`.
 */
export function encodeRle(words: Uint8Array): number[] {
  const out = new BitWriter();
  out.write(words.length, 32);
  out.write(WORD_BITS - 1, 5);
  for (const width of FIELD_WIDTHS) out.write(width - 1, 4);
  const literal: number[] = [];
  const writeHeader = (repeat: boolean, count: number) => {
    const size = count - 1;
    const sizeClass =
      size < 2 ** FIELD_WIDTHS[0] ? 0 : size < 2 ** FIELD_WIDTHS[1] ? 1 : size < 2 ** FIELD_WIDTHS[2] ? 2 : 3;
    out.write(repeat ? 1 : 0, 1);
    out.write(sizeClass, 2);
    out.write(size, FIELD_WIDTHS[sizeClass]);
  };
  const flushLiteral = () => {
    writeHeader(false, literal.length);
    for (const word of literal) out.write(word, WORD_BITS);
    literal.length = 0;
  };
  for (let i = 0; i < words.length;) {
    let end = i + 1;
    while (end < words.length && words[end] === words[i] && end - i < MAX_CHUNK) end++;
    // thi.ng writes a lone last word as a repeat of one when no literal words are pending
    const last = end === words.length;
    if (end - i >= 2 || (last && literal.length === 0)) {
      if (literal.length > 0) flushLiteral();
      writeHeader(true, end - i);
      out.write(words[i], WORD_BITS);
    } else {
      literal.push(words[i]);
      if (literal.length === MAX_CHUNK) flushLiteral();
    }
    i = end;
  }
  if (literal.length > 0) flushLiteral();
  return Array.from(out.bytes());
}
