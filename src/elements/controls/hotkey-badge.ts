import { html, nothing, type TemplateResult } from 'lit';

/**
 * The hotkey shown next to an option ("1", "ctrl+1"). The badge is for the eye; assistive technology
 * gets the same key through `aria-keyshortcuts` on the input it triggers.
 */
export function hotkeyBadge(combo: string | undefined): TemplateResult | typeof nothing {
  return combo ? html`<kbd class="hotkey" part="hotkey" aria-hidden="true">${combo}</kbd>` : nothing;
}

const ARIA_KEY_NAMES: Readonly<Record<string, string>> = {
  ctrl: 'Control',
  alt: 'Alt',
  shift: 'Shift',
  meta: 'Meta',
  space: 'Space',
  enter: 'Enter',
  escape: 'Escape',
};

/** A Label Studio combo (`ctrl+shift+a`) in `aria-keyshortcuts` syntax (`Control+Shift+A`). */
export function ariaKeyShortcuts(combo: string | undefined): string | typeof nothing {
  if (!combo) return nothing;
  return combo
    .split('+')
    .map((part) => ARIA_KEY_NAMES[part.toLowerCase()] ?? (part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}
