/**
 * Keys of a focused waveform (documented in the view's JSDoc and README):
 *
 * | key | action |
 * |---|---|
 * | Space | play / pause |
 * | Shift+Space | loop the selected segment (Space or Escape stops) |
 * | ← / → | seek 1 s (with Shift: 5 s) |
 * | Home / End | seek to the start / end |
 * | + / − | zoom in / out (around the playhead when it is on screen) |
 * | [ | in-point at the playhead: the selected segment's start, or a mark for a new segment |
 * | ] | out-point at the playhead: the selected segment's end, or a new segment from the mark |
 * | Delete / Backspace | delete the selected segments |
 * | Escape | deselect, drop the mark, stop a loop |
 *
 * None of these can be a Label Studio automatic hotkey (`1234567890qwet…`), and with Ctrl/Meta/Alt
 * held a key is left to the workspace (undo, redo, submit) and the config's hotkeys.
 */
export type AudioKeyAction =
  | { readonly kind: 'toggle-play' }
  | { readonly kind: 'loop-selected' }
  | { readonly kind: 'seek-by'; readonly seconds: number }
  | { readonly kind: 'seek-to'; readonly where: 'start' | 'end' }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'in-point' }
  | { readonly kind: 'out-point' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'escape' };

export const ZOOM_STEP = 2;

export function audioKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): AudioKeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  switch (event.key) {
    case ' ':
      return event.shiftKey ? { kind: 'loop-selected' } : { kind: 'toggle-play' };
    case 'ArrowLeft':
      return { kind: 'seek-by', seconds: event.shiftKey ? -5 : -1 };
    case 'ArrowRight':
      return { kind: 'seek-by', seconds: event.shiftKey ? 5 : 1 };
    case 'Home':
      return { kind: 'seek-to', where: 'start' };
    case 'End':
      return { kind: 'seek-to', where: 'end' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '[':
      return { kind: 'in-point' };
    case ']':
      return { kind: 'out-point' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' };
    case 'Escape':
      return { kind: 'escape' };
    default:
      return undefined;
  }
}
