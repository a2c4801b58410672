/**
 * A small pull tokenizer for XML that fast-xml-parser's validator has already accepted. It exists
 * because no parser we can use reports where elements start: fast-xml-parser gives no positions,
 * renames names such as `toString`, throws on `constructor`, and would parse `HyperText`'s inner
 * markup as config tags. Reading start tags (respecting quoted `>`), end tags, text, CDATA, comments
 * and processing instructions is all a labeling config needs, since DOCTYPEs are refused earlier.
 * Each token carries its source offsets; one pass, no backtracking.
 */

export interface RawAttribute {
  readonly name: string;
  /** The value between the quotes, undecoded. */
  readonly rawValue: string;
  readonly nameOffset: number;
  readonly valueOffset: number;
}

interface Span {
  /** Offset of the token's first character. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
}

export type XmlToken =
  | (Span & {
      readonly kind: 'start';
      readonly name: string;
      readonly attrs: readonly RawAttribute[];
      readonly selfClosing: boolean;
    })
  | (Span & { readonly kind: 'end'; readonly name: string })
  | (Span & { readonly kind: 'text'; readonly raw: string })
  | (Span & { readonly kind: 'cdata'; readonly text: string })
  | (Span & { readonly kind: 'comment' | 'instruction' });

/** Thrown for text the validator should have refused; the parser turns it into a config error. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NAME_END = /[\s/>=]/g;

export class XmlTokenizer {
  private position = 0;

  constructor(private readonly source: string) {}

  next(): XmlToken | null {
    const { source } = this;
    const start = this.position;
    if (start >= source.length) return null;
    if (source.charCodeAt(start) !== 60 /* < */) {
      const next = source.indexOf('<', start);
      const end = next < 0 ? source.length : next;
      this.position = end;
      return { kind: 'text', raw: source.slice(start, end), start, end };
    }
    if (source.startsWith('<!--', start))
      return { kind: 'comment', start, end: this.skipPast('-->', 'comment') };
    if (source.startsWith('<?', start)) {
      return { kind: 'instruction', start, end: this.skipPast('?>', 'processing instruction') };
    }
    if (source.startsWith('<![CDATA[', start)) {
      const end = this.skipPast(']]>', 'CDATA section');
      return { kind: 'cdata', text: source.slice(start + 9, end - 3), start, end };
    }
    if (source.startsWith('<!', start)) throw new XmlSyntaxError('Unexpected markup declaration.', start);
    if (source.startsWith('</', start)) return this.readEndTag(start);
    return this.readStartTag(start);
  }

  /** Moves past the next `terminator` and returns the new position. */
  private skipPast(terminator: string, what: string): number {
    const close = this.source.indexOf(terminator, this.position + 2);
    if (close < 0) throw new XmlSyntaxError(`Unclosed ${what}.`, this.position);
    this.position = close + terminator.length;
    return this.position;
  }

  private readEndTag(start: number) {
    const name = this.readName(start + 2);
    this.skipSpaces();
    this.expect('>');
    return { kind: 'end' as const, name, start, end: this.position };
  }

  private readStartTag(start: number) {
    const name = this.readName(start + 1);
    const attrs: RawAttribute[] = [];
    for (;;) {
      this.skipSpaces();
      const code = this.source.charCodeAt(this.position);
      if (code === 62 /* > */) {
        this.position++;
        return { kind: 'start' as const, name, attrs, selfClosing: false, start, end: this.position };
      }
      if (code === 47 /* / */) {
        this.position++;
        this.expect('>');
        return { kind: 'start' as const, name, attrs, selfClosing: true, start, end: this.position };
      }
      attrs.push(this.readAttribute());
    }
  }

  private readAttribute(): RawAttribute {
    const nameOffset = this.position;
    const name = this.readName(nameOffset);
    this.skipSpaces();
    this.expect('=');
    this.skipSpaces();
    const quote = this.source[this.position];
    if (quote !== '"' && quote !== "'")
      throw new XmlSyntaxError(`Attribute ${name} needs a quoted value.`, nameOffset);
    const valueOffset = this.position + 1;
    const close = this.source.indexOf(quote, valueOffset);
    if (close < 0) throw new XmlSyntaxError(`Attribute ${name} has an unclosed quote.`, nameOffset);
    this.position = close + 1;
    return { name, rawValue: this.source.slice(valueOffset, close), nameOffset, valueOffset };
  }

  private readName(from: number): string {
    NAME_END.lastIndex = from;
    const match = NAME_END.exec(this.source);
    const end = match ? match.index : this.source.length;
    if (end === from) throw new XmlSyntaxError('A name is missing here.', from);
    this.position = end;
    return this.source.slice(from, end);
  }

  private skipSpaces(): void {
    const { source } = this;
    let position = this.position;
    while (position < source.length && isSpace(source.charCodeAt(position))) position++;
    this.position = position;
  }

  private expect(character: string): void {
    if (this.source[this.position] !== character) {
      throw new XmlSyntaxError(`Expected '${character}'.`, this.position);
    }
    this.position++;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
