/**
 * Keys the image understands while it has focus. Modified keys (Ctrl, Meta, Alt) are left alone: they
 * belong to the workspace (undo, redo, submit) and to the browser.
 */
export type ImageKeyAction =
  | { readonly kind: 'space' }
  /** `factor` > 1 zooms in, < 1 out, 0 back to fit. */
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'escape' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'nudge'; readonly dx: number; readonly dy: number; readonly large: boolean }
  | { readonly kind: 'cycle'; readonly backwards: boolean }
  /** Finishes the polygon being drawn. */
  | { readonly kind: 'close' };

const NUDGES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function imageKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): ImageKeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const nudge = NUDGES[event.key];
  if (nudge) return { kind: 'nudge', dx: nudge[0], dy: nudge[1], large: event.shiftKey };
  switch (event.key) {
    case ' ':
      return { kind: 'space' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 0.5 };
    case '0':
      return { kind: 'zoom', factor: 0 };
    case 'Escape':
      return { kind: 'escape' };
    case 'Enter':
      return { kind: 'close' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' };
    case 'Tab':
      return { kind: 'cycle', backwards: event.shiftKey };
    default:
      return undefined;
  }
}
