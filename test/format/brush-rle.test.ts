// ls-spec §7: Label Studio's brush RLE, checked against the masks in its own examples.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeRle, encodeRle, RleError } from '../../src/format/index.js';
import type { LSTask } from '../../src/format/index.js';
import { fixtureJson } from './fixtures.js';

interface Mask {
  readonly rle: number[];
  readonly width?: number;
  readonly height?: number;
}

async function masks(path: string): Promise<Mask[]> {
  const task = await fixtureJson<LSTask>(path);
  return task
    .annotations![0].result.filter((item) => Array.isArray(item.value?.rle))
    .map((item) => ({
      rle: item.value!.rle as number[],
      width: item.original_width,
      height: item.original_height,
    }));
}

const alphaValues = (words: Uint8Array) => {
  const values = new Set<number>();
  for (let i = 3; i < words.length; i += 4) values.add(words[i]);
  return values;
};

describe('decodeRle / encodeRle', () => {
  it('decodes image_tools’ brush to 2242 × 2802 RGBA words, fast, and encodes it back to the same bytes', async () => {
    const [mask] = await masks('image_tools/annotations/1.json');
    const started = performance.now();
    const words = decodeRle(mask.rle);
    expect(performance.now() - started).to.be.lessThan(500);
    expect(words.length).to.equal(2242 * 2802 * 4);
    expect([mask.width, mask.height]).to.deep.equal([2242, 2802]);
    expect(encodeRle(words)).to.deep.equal(mask.rle);
  });

  it('decodes image_magic_wand’s masks to 3000 × 2860 RGBA words with hard alpha', async () => {
    const found = await masks('image_magic_wand/annotations/1.json');
    expect(found.length).to.be.greaterThan(0);
    for (const mask of found) {
      const words = decodeRle(mask.rle);
      expect(words.length).to.equal(3000 * 2860 * 4);
      expect([...alphaValues(words)].sort((a, b) => a - b)).to.deep.equal([0, 255]);
      expect(encodeRle(words)).to.deep.equal(mask.rle);
    }
  });

  it('decodes the legacy image_segmentation mask, whose colour bytes differ from alpha', async () => {
    const [mask] = await masks('image_segmentation/annotations/1.json');
    const words = decodeRle(mask.rle);
    expect(words.length).to.equal(2242 * 2802 * 4);
    let colourNotAlpha = 0;
    for (let i = 0; i < words.length; i += 4) if (words[i] !== words[i + 3]) colourNotAlpha++;
    expect(colourNotAlpha).to.be.greaterThan(0);
    expect(alphaValues(words).size).to.be.greaterThan(2);
    expect(encodeRle(words)).to.deep.equal(mask.rle);
  });

  it('writes the bit stream field by field, as thi.ng’s greedy encoder does', () => {
    // header: N (32 bits), word size − 1 = 7 (5 bits), field widths − 1 = 2, 3, 7, 15 (4 bits each);
    // chunk: repeat flag, size class (2 bits), count − 1 (3 bits for class 0), then the word(s)
    const field = (value: number, width: number) => value.toString(2).padStart(width, '0');
    const header = (count: number) =>
      field(count, 32) + field(7, 5) + field(2, 4) + field(3, 4) + field(7, 4) + field(15, 4);
    // chunks here are short: size class 0, so count − 1 takes 3 bits
    const run = (word: number, count: number) => '1' + field(0, 2) + field(count - 1, 3) + field(word, 8);
    const literal = (words: number[]) =>
      '0' + field(0, 2) + field(words.length - 1, 3) + words.map((w) => field(w, 8)).join('');
    const bytes = (bits: string) =>
      (bits + '0'.repeat(-bits.length & 7)).match(/.{8}/g)!.map((byte) => parseInt(byte, 2));

    expect(encodeRle(Uint8Array.of(5, 5, 5))).to.deep.equal(bytes(header(3) + run(5, 3)));
    expect(encodeRle(Uint8Array.of(1, 2, 5, 5, 5))).to.deep.equal(
      bytes(header(5) + literal([1, 2]) + run(5, 3)),
    );
    expect(encodeRle(Uint8Array.of(1, 2, 5, 5, 3, 4))).to.deep.equal(
      bytes(header(6) + literal([1, 2]) + run(5, 2) + literal([3, 4])),
    );
    // a lone last word after a run is a run of one, not a literal
    const lastAlone = header(4) + run(5, 3) + run(9, 1);
    expect(encodeRle(Uint8Array.of(5, 5, 5, 9))).to.deep.equal(bytes(lastAlone));
    expect([...decodeRle(bytes(lastAlone))]).to.deep.equal([5, 5, 5, 9]);
  });

  it('round-trips any words, long runs and run-length limits included (fast-check)', () => {
    const runs = fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 255 }),
        fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 60_000, max: 140_000 })),
      ),
      {
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(runs, fc.uint8Array({ maxLength: 300 }), (runList, noise) => {
        const words = new Uint8Array([
          ...runList.flatMap(([word, count]) => Array<number>(count).fill(word)),
          ...noise,
        ]);
        const decoded = decodeRle(encodeRle(words));
        return decoded.length === words.length && decoded.every((word, i) => word === words[i]);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the last word of a mask ending in a run one longer than a chunk holds', () => {
    for (const length of [0, 1, 2, 65_535, 65_536, 65_537, 65_538, 131_073]) {
      const words = new Uint8Array(length).fill(7);
      expect(decodeRle(encodeRle(words)).length, String(length)).to.equal(length);
    }
  });

  it('refuses truncated streams, wide words and oversized masks with an RleError', () => {
    const bytes = encodeRle(Uint8Array.of(1, 2, 3, 4, 4, 4));
    expect(() => decodeRle(bytes.slice(0, bytes.length - 2))).to.throw(RleError);
    expect(() => decodeRle([0, 0, 0])).to.throw(RleError);
    expect(() => decodeRle(bytes, 5)).to.throw(RleError);
    const sixteenBitWords = [0, 0, 0, 1, 0b01111_001, 0b0_0011_011, 0b1_1111_000];
    expect(() => decodeRle(sixteenBitWords)).to.throw(RleError, /16 bits/);
  });
});
