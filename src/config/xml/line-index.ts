/**
 * Turns offsets in the config source into the 1-based line and column a config author sees in an
 * editor. Built once per parse (one pass over the text), then each lookup is a binary search, so
 * reporting thousands of problems stays linear overall. Lines end at "\n" ("\r\n" included) and
 * columns count UTF-16 code units, as in fast-xml-parser's validator, so its positions and ours agree.
 */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly lineStarts: number[] = [0];

  constructor(source: string) {
    // A plain character loop: indexOf per line costs a native call each, ten times slower on a
    // hostile megabyte of line breaks.
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  positionOf(offset: number): SourcePosition {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }
}

/** One lookup without building an index: for the single refusal reported before parsing. */
export function positionAt(source: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
