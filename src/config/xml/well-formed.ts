/**
 * Well-formedness check by fast-xml-parser's validator, which reports the line and column of the
 * first fault. Label Studio parses configs as strict XML and refuses a config that is not
 * well-formed (ls-spec §2.1), so a fault here stops the parse.
 */
import { XMLValidator } from 'fast-xml-parser';
import type { SourcePosition } from './line-index.js';

export interface XmlFault {
  readonly message: string;
  readonly position: SourcePosition;
}

/** The validator echoes offending text into its messages; a hostile megabyte must not come back. */
const MAX_MESSAGE_LENGTH = 200;

export function findXmlFault(source: string): XmlFault | null {
  let result: ReturnType<typeof XMLValidator.validate>;
  try {
    result = XMLValidator.validate(source, { allowBooleanAttributes: false });
  } catch (thrown) {
    // The validator is not expected to throw; if it does, the text is not something we can trust.
    return { message: `The XML could not be checked: ${String(thrown)}`, position: { line: 1, column: 1 } };
  }
  if (result === true) return null;
  const { msg, line, col } = result.err;
  return {
    message: `Not well-formed XML: ${shorten(msg)}`,
    position: { line: line || 1, column: col || 1 },
  };
}

function shorten(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH)}…`;
}
