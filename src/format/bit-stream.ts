/**
 * Bit streams packed most significant bit first, as `@thi.ng/bitstream` packs them (the brush RLE
 * of ls-spec §7). Fields are up to 32 bits wide and read or written a byte's worth at a time.
 */

/** Reading went past the end of the bytes. */
export class BitStreamEndError extends Error {
  override readonly name = 'BitStreamEndError';
}

export class BitReader {
  #position = 0;

  constructor(readonly bytes: ArrayLike<number>) {}

  /** Reads an unsigned field of `width` bits (1 … 32). */
  read(width: number): number {
    if (this.#position + width > this.bytes.length * 8) {
      throw new BitStreamEndError(`the stream ends ${width} bits too early (at bit ${this.#position})`);
    }
    let value = 0;
    for (let left = width; left > 0;) {
      const byte = this.bytes[this.#position >> 3] & 0xff;
      const free = 8 - (this.#position & 7);
      const take = Math.min(free, left);
      // multiply, not shift: a 32-bit field must stay unsigned
      value = value * (1 << take) + ((byte >> (free - take)) & ((1 << take) - 1));
      this.#position += take;
      left -= take;
    }
    return value;
  }
}

export class BitWriter {
  #bytes = new Uint8Array(1024);
  #position = 0;

  /** Writes the low `width` bits (1 … 32) of an unsigned value. */
  write(value: number, width: number): void {
    this.#reserve(width);
    for (let left = width; left > 0;) {
      const free = 8 - (this.#position & 7);
      const take = Math.min(free, left);
      const bits = Math.floor(value / 2 ** (left - take)) & ((1 << take) - 1);
      this.#bytes[this.#position >> 3] |= bits << (free - take);
      this.#position += take;
      left -= take;
    }
  }

  /** The bytes written so far; the last one is padded with zero bits. */
  bytes(): Uint8Array {
    return this.#bytes.slice(0, Math.ceil(this.#position / 8));
  }

  #reserve(bits: number): void {
    const needed = Math.ceil((this.#position + bits) / 8);
    if (needed <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(needed, this.#bytes.length * 2));
    grown.set(this.#bytes);
    this.#bytes = grown;
  }
}
