import { html, css, nothing, type TemplateResult } from 'lit';
import type { ConfigNode } from '../../config/types.js';
import { comboOf, normalizeCombo } from '../../model/hotkeys.js';
import { optionValue } from '../../model/options.js';
import { insertAtSelection } from '../../model/controls/textarea.js';
import { ariaKeyShortcuts, hotkeyBadge } from './hotkey-badge.js';

/**
 * A TextArea's `Shortcut` children: buttons that insert their `value` at the caret (showing `alias`,
 * else the value), and their hotkeys, which work while a field of the TextArea has focus.
 */

export type TextField = HTMLInputElement | HTMLTextAreaElement;

export const shortcutStyles = css`
  .shortcuts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-bottom: 0.25em;
  }
  .shortcut {
    padding: 0.1em 0.5em;
    font-size: 0.875em;
  }
`;

/**
 * A Shortcut's hotkey: only the one its config gives. Label Studio's automatic keys (`1`, `2`, …)
 * would make those characters impossible to type into the field the Shortcut serves.
 */
function shortcutHotkey(shortcut: ConfigNode): string | undefined {
  const combo = shortcut.attrs.hotkey;
  if (typeof combo !== 'string') return undefined;
  const normal = normalizeCombo(combo);
  return normal === '' ? undefined : normal;
}

function shortcutsOf(textArea: ConfigNode): ConfigNode[] {
  return textArea.children.filter((child) => child.tag === 'Shortcut');
}

/** The row of Shortcut buttons; empty when the TextArea has none. */
export function renderShortcuts(
  textArea: ConfigNode,
  insert: (text: string) => void,
): TemplateResult | typeof nothing {
  const shortcuts = shortcutsOf(textArea);
  if (shortcuts.length === 0) return nothing;
  return html`<div class="shortcuts" part="shortcuts" role="group" aria-label="Insert">
    ${shortcuts.map((shortcut) => {
      const hotkey = shortcutHotkey(shortcut);
      const alias = shortcut.attrs.alias;
      return html`<button
        type="button"
        class="shortcut"
        part="shortcut"
        aria-keyshortcuts=${ariaKeyShortcuts(hotkey)}
        @mousedown=${(event: Event) => event.preventDefault()}
        @click=${() => insert(optionValue(shortcut))}
      >
        ${alias ? String(alias) : optionValue(shortcut)} ${hotkeyBadge(hotkey)}
      </button>`;
    })}
  </div>`;
}

/** The text of the Shortcut whose hotkey this key press is, if any. */
export function shortcutForKey(textArea: ConfigNode, event: KeyboardEvent): string | undefined {
  const combo = comboOf(event);
  const shortcut = shortcutsOf(textArea).find((s) => shortcutHotkey(s) === combo);
  return shortcut ? optionValue(shortcut) : undefined;
}

/** Inserts text over the field's selection as typing would: an `input` event follows, the caret after it. */
export function insertIntoField(field: TextField, text: string): void {
  const end = field.value.length;
  const next = insertAtSelection(field.value, field.selectionStart ?? end, field.selectionEnd ?? end, text);
  field.value = next.text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.focus();
  field.setSelectionRange(next.caret, next.caret);
}
