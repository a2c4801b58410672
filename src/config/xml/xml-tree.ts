/**
 * Builds the element tree of a config from the token stream: names as written, attribute values
 * and text decoded, the source offset of every element, comments dropped (they are never read for
 * data, bad-inputs S1). Elements named by `keepsRawMarkup` (HyperText) keep their inner markup as
 * source text instead of children. Everything wrong is reported; the caller treats any report as
 * fatal, as Label Studio does with a config its XML parser refuses.
 */
import { MAX_NESTING_DEPTH } from '../limits.js';
import { decodeAttributeValue, decodeText } from './references.js';
import { XmlSyntaxError, XmlTokenizer, type RawAttribute, type XmlToken } from './tokenizer.js';

export interface XmlAttribute {
  readonly name: string;
  readonly value: string;
}

export interface XmlElement {
  /** Tag name as written in the source. */
  readonly name: string;
  /** Offset of the element's `<` in the source. */
  readonly offset: number;
  readonly attrs: readonly XmlAttribute[];
  readonly children: readonly XmlElement[];
  /** Character data (references decoded, CDATA unwrapped), when there are no child elements and it
   *  is not all whitespace. */
  readonly text?: string;
  /** Inner source markup without comments, for elements that keep raw markup. */
  readonly markup?: string;
}

export type XmlProblemReporter = (code: string, message: string, offset: number) => void;

/** Names that would reach `Object.prototype` if any code ever used them as plain-object keys (S12). */
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

interface OpenElement {
  readonly name: string;
  readonly offset: number;
  readonly attrs: readonly XmlAttribute[];
  readonly children: XmlElement[];
  readonly textParts: string[];
}

export function readXmlTree(
  source: string,
  keepsRawMarkup: (name: string) => boolean,
  report: XmlProblemReporter,
): XmlElement | null {
  const tokens = new XmlTokenizer(source);
  const open: OpenElement[] = [];
  let root: XmlElement | null = null;

  const close = (element: XmlElement) => {
    const parent = open[open.length - 1];
    if (parent) parent.children.push(element);
    else if (root)
      report('xml', 'Only one root element is allowed; this one comes after the first.', element.offset);
    else root = element;
  };

  try {
    for (let token = tokens.next(); token; token = tokens.next()) {
      switch (token.kind) {
        case 'start': {
          if (open.length >= MAX_NESTING_DEPTH) {
            report(
              'too-deep',
              `Elements are nested more than ${MAX_NESTING_DEPTH} levels deep.`,
              token.start,
            );
            return null;
          }
          checkNames(token.name, token.start, token.attrs, report);
          const attrs = token.attrs.map((attr) => decodeAttribute(attr, report));
          if (keepsRawMarkup(token.name) && !token.selfClosing) {
            close({
              name: token.name,
              offset: token.start,
              attrs,
              children: [],
              markup: readMarkup(tokens, source),
            });
          } else if (token.selfClosing) {
            close({ name: token.name, offset: token.start, attrs, children: [] });
          } else {
            open.push({ name: token.name, offset: token.start, attrs, children: [], textParts: [] });
          }
          break;
        }
        case 'end': {
          const element = open.pop();
          if (!element || element.name !== token.name) {
            throw new XmlSyntaxError(`Unexpected closing tag </${token.name}>.`, token.start);
          }
          close(finish(element));
          break;
        }
        case 'text':
        case 'cdata': {
          const text =
            token.kind === 'text'
              ? decodeText(token.raw, (index, message) => report('xml', message, token.start + index))
              : token.text;
          const parent = open[open.length - 1];
          if (parent) parent.textParts.push(text);
          else if (text.trim()) {
            const visible = token.kind === 'text' ? token.raw.search(/\S/) : 0;
            report('xml', 'Text is not allowed outside the root element.', token.start + visible);
          }
          break;
        }
        default:
          break; // comments and processing instructions carry nothing we read
      }
    }
    if (open.length > 0)
      throw new XmlSyntaxError(`<${open[open.length - 1].name}> is never closed.`, source.length);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    report('xml', `Not well-formed XML: ${error.message}`, error.offset);
    return null;
  }
  if (!root) report('xml', 'The config has no root element.', 0);
  return root;
}

function finish(element: OpenElement): XmlElement {
  const { textParts, ...rest } = element;
  if (element.children.length > 0 || textParts.length === 0) return rest;
  const text = textParts.join('');
  return text.trim() ? { ...rest, text } : rest;
}

function checkNames(
  tagName: string,
  tagOffset: number,
  attrs: readonly RawAttribute[],
  report: XmlProblemReporter,
): void {
  if (FORBIDDEN_NAMES.has(tagName.toLowerCase())) {
    report(
      'forbidden-name',
      `<${tagName}> is not allowed as a tag name (it could tamper with JavaScript objects).`,
      tagOffset,
    );
  }
  for (const attr of attrs) {
    if (FORBIDDEN_NAMES.has(attr.name.toLowerCase())) {
      report(
        'forbidden-name',
        `${attr.name} is not allowed as an attribute name (it could tamper with JavaScript objects).`,
        attr.nameOffset,
      );
    }
  }
}

function decodeAttribute(attr: RawAttribute, report: XmlProblemReporter): XmlAttribute {
  const lessThan = attr.rawValue.indexOf('<');
  if (lessThan >= 0) {
    report(
      'xml',
      `'<' is not allowed in the value of ${attr.name}; write it as &lt;.`,
      attr.valueOffset + lessThan,
    );
  }
  const value = decodeAttributeValue(attr.rawValue, (index, message) =>
    report('xml', `Attribute ${attr.name}: ${message}`, attr.valueOffset + index),
  );
  return { name: attr.name, value };
}

/**
 * The inner source of an element that keeps raw markup, up to its matching end tag. Comments are
 * left out so that no comment text ever reaches a renderer (S1).
 */
function readMarkup(tokens: XmlTokenizer, source: string): string {
  let depth = 0;
  const parts: string[] = [];
  for (let token: XmlToken | null = tokens.next(); token; token = tokens.next()) {
    if (token.kind === 'end' && depth === 0) return parts.join('');
    if (token.kind === 'start' && !token.selfClosing) depth++;
    else if (token.kind === 'end') depth--;
    if (token.kind !== 'comment') parts.push(source.slice(token.start, token.end));
  }
  throw new XmlSyntaxError('An element is never closed.', source.length);
}
