/**
 * Keys of a focused `<Text>` (the text container has `tabindex="0"`). A non-editable text has no
 * caret of its own, so the view keeps one (drawn by the overlay) and moves the native selection
 * with `Selection.modify`, which steps over whole grapheme clusters (an emoji family, a letter with
 * its combining marks) as a caret in an editor does.
 *
 * | keys                                   | action                                             |
 * | -------------------------------------- | -------------------------------------------------- |
 * | ←/→ ↑/↓ Home/End (Ctrl/⌘: by word)      | move the caret                                     |
 * | Shift + the same                       | extend the selection                               |
 * | Enter                                  | label the selection with the chosen label(s)       |
 * | ] / [                                  | select the next / previous span (reading order)    |
 * | Delete / Backspace                     | delete the selected span                           |
 * | Escape                                 | clear the selected span and the text selection     |
 *
 * Label hotkeys, undo (Ctrl+Z) and redo keep working: they are not taken here.
 */
export type SpanKeyAction =
  | {
      readonly kind: 'caret';
      readonly alter: 'move' | 'extend';
      readonly direction: 'forward' | 'backward';
      readonly unit: CaretUnit;
    }
  | { readonly kind: 'create' }
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'clear' };

export type CaretUnit = 'character' | 'word' | 'line' | 'lineboundary';

export function spanKeyAction(event: KeyboardEvent): SpanKeyAction | undefined {
  if (event.altKey) return undefined;
  const word = event.ctrlKey || event.metaKey;
  const alter = event.shiftKey ? 'extend' : 'move';
  switch (event.key) {
    case 'ArrowRight':
      return { kind: 'caret', alter, direction: 'forward', unit: word ? 'word' : 'character' };
    case 'ArrowLeft':
      return { kind: 'caret', alter, direction: 'backward', unit: word ? 'word' : 'character' };
    case 'ArrowDown':
      return word ? undefined : { kind: 'caret', alter, direction: 'forward', unit: 'line' };
    case 'ArrowUp':
      return word ? undefined : { kind: 'caret', alter, direction: 'backward', unit: 'line' };
    case 'End':
      return word ? undefined : { kind: 'caret', alter, direction: 'forward', unit: 'lineboundary' };
    case 'Home':
      return word ? undefined : { kind: 'caret', alter, direction: 'backward', unit: 'lineboundary' };
  }
  if (word || event.shiftKey) return undefined;
  switch (event.key) {
    case 'Enter':
      return { kind: 'create' };
    case ']':
      return { kind: 'next' };
    case '[':
      return { kind: 'previous' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return undefined;
  }
}
