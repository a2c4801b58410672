/** Workspace-wide keys: submit, undo and redo (the model reserves them, so no config hotkey takes
 *  them). Everything else goes to the config's hotkeys. */
export type WorkspaceKeyAction = 'submit' | 'undo' | 'redo';

export function workspaceKeyAction(event: KeyboardEvent): WorkspaceKeyAction | undefined {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'enter') return 'submit';
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}

/** True when the key goes to a text field (hotkeys must not steal typing), looking through shadow roots. */
export function isTypingTarget(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type);
  }
  return false;
}
