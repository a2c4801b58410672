import type { ConfigNode } from '../../config/types.js';
import { optionValue } from '../options.js';
import { booleanAttr, numberAttr, stringAttr } from './attrs.js';

/**
 * TextArea semantics (ls-spec §6.17), free of the DOM: the settings that shape the input, the list of
 * submitted lines a result holds (`{text: ["Hello", "World"]}`), and the edits on that list.
 */

export interface TextAreaSettings {
  readonly rows: number;
  /** `rows="1"` (the default): a one-line input; otherwise a multi-line textarea. */
  readonly singleLine: boolean;
  readonly placeholder: string | undefined;
  /** Pre-filled text of the input (`value`, `$variables` resolved). Not a result until submitted. */
  readonly prefill: string;
  /** No more lines can be submitted once there are this many. */
  readonly maxSubmissions: number | undefined;
  /** Submitted lines can be edited in place. */
  readonly editable: boolean;
  /** One text edited live (no submit step): the result is that text as a one-line list. */
  readonly transcription: boolean;
  /** Refuse a line that repeats a submitted one (case-insensitive, as Label Studio compares). */
  readonly skipDuplicates: boolean;
  readonly showSubmitButton: boolean;
  /** Label Studio's code-only `label`: a visible caption for the input. */
  readonly label: string | undefined;
}

export function textAreaSettings(control: ConfigNode): TextAreaSettings {
  const rows = Math.max(1, Math.trunc(numberAttr(control, 'rows') ?? 1));
  const max = numberAttr(control, 'maxSubmissions');
  return {
    rows,
    singleLine: rows === 1,
    placeholder: stringAttr(control, 'placeholder'),
    prefill: optionValue(control),
    maxSubmissions: max !== undefined && max >= 0 ? Math.trunc(max) : undefined,
    editable: booleanAttr(control, 'editable') === true,
    transcription: booleanAttr(control, 'transcription') === true,
    skipDuplicates: booleanAttr(control, 'skipDuplicates') === true,
    // Label Studio shows the button for multi-line inputs unless told otherwise
    showSubmitButton: booleanAttr(control, 'showSubmitButton') ?? rows !== 1,
    label: stringAttr(control, 'label'),
  };
}

/** The lines a result payload holds. Label Studio accepts a bare string on import (one line). */
export function textLines(payload: unknown): string[] {
  if (typeof payload === 'string') return [payload];
  if (!Array.isArray(payload)) return [];
  return payload.filter((line) => line !== null && line !== undefined).map(String);
}

/** The payload for a list of lines: undefined when empty, which removes the result item. */
export function linesPayload(lines: readonly string[]): string[] | undefined {
  return lines.length > 0 ? [...lines] : undefined;
}

export function canSubmitMore(lines: readonly string[], settings: TextAreaSettings): boolean {
  return settings.maxSubmissions === undefined || lines.length < settings.maxSubmissions;
}

/** Whether `text` repeats a line other than the one at `except` (Label Studio ignores case). */
function isDuplicate(lines: readonly string[], text: string, except?: number): boolean {
  const wanted = text.toLowerCase();
  return lines.some((line, i) => i !== except && line.toLowerCase() === wanted);
}

export type LineEdit =
  | { readonly ok: true; readonly lines: string[] }
  | { readonly ok: false; readonly reason: 'empty' | 'duplicate' | 'full' };

/** Adds a submitted line. Blank text is not a line; the text itself is kept exactly as typed. */
export function addLine(lines: readonly string[], text: string, settings: TextAreaSettings): LineEdit {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  if (!canSubmitMore(lines, settings)) return { ok: false, reason: 'full' };
  if (settings.skipDuplicates && isDuplicate(lines, text)) return { ok: false, reason: 'duplicate' };
  return { ok: true, lines: [...lines, text] };
}

/** Replaces the line at `index` (an edit in place). Blank text is allowed while typing; see {@link dropBlankLine}. */
export function replaceLine(
  lines: readonly string[],
  index: number,
  text: string,
  settings: TextAreaSettings,
): LineEdit {
  if (settings.skipDuplicates && text.trim() !== '' && isDuplicate(lines, text, index))
    return { ok: false, reason: 'duplicate' };
  return { ok: true, lines: lines.map((line, i) => (i === index ? text : line)) };
}

export function removeLine(lines: readonly string[], index: number): string[] {
  return lines.filter((_, i) => i !== index);
}

/** A line emptied by editing is removed once the editor leaves it. */
export function dropBlankLine(lines: readonly string[], index: number): string[] {
  return lines[index] !== undefined && lines[index].trim() === '' ? removeLine(lines, index) : [...lines];
}

/** The transcription payload for the text being typed: one line, or nothing when empty. */
export function transcriptionPayload(text: string): string[] | undefined {
  return text === '' ? undefined : [text];
}

/** The text shown for a transcription: its lines joined (an imported multi-line result stays readable). */
export function transcriptionText(payload: unknown): string {
  return textLines(payload).join('\n');
}

/** Inserts `insert` over the selection `[start, end)` and gives the caret position after it. */
export function insertAtSelection(
  text: string,
  start: number,
  end: number,
  insert: string,
): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}
