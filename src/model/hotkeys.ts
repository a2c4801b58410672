/**
 * Hotkey registry. Keys come from configs written by other people, so two owners may ask for one key:
 * the first keeps it and the second is refused with a warning that names both (never a silent override).
 * Keys the workspace itself uses (undo, redo, submit) are reserved.
 *
 * Combos are written as Label Studio writes them: `"1"`, `"ctrl+1"`, `"shift+space"`; modifiers in any
 * order, case-insensitive.
 */
export interface KeyLike {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  readonly shiftKey?: boolean;
}

export interface HotkeyWarning {
  readonly combo: string;
  readonly owner: string;
  /** The refused owner's key (see {@link HotkeyRegistry.register}). */
  readonly key: string;
  readonly heldBy: string;
  readonly message: string;
}

/** Label Studio's sequence for labels without a `hotkey` (ls-spec §2.6). */
export const AUTO_HOTKEYS = '1234567890qwetasdfgzxcvbyiopjklnm';

const MODIFIERS = ['ctrl', 'alt', 'shift', 'meta'] as const;
const KEY_NAMES: Readonly<Record<string, string>> = {
  ' ': 'space',
  spacebar: 'space',
  esc: 'escape',
  del: 'delete',
  return: 'enter',
  cmd: 'meta',
  command: 'meta',
  control: 'ctrl',
  option: 'alt',
};

/** Canonical form of a combo: modifiers sorted, then the key, lower-case. Empty for nonsense input. */
export function normalizeCombo(combo: string): string {
  const parts = combo
    .toLowerCase()
    .split('+')
    .map((part) => part.trim())
    .map((part) => KEY_NAMES[part] ?? part)
    .filter((part) => part.length > 0);
  const mods = MODIFIERS.filter((m) => parts.includes(m));
  const keys = parts.filter((p) => !(MODIFIERS as readonly string[]).includes(p));
  if (keys.length !== 1) return '';
  return [...mods, keys[0]].join('+');
}

/** The combo a keyboard event stands for. Shift is kept for named keys (space, arrows) and letters
 *  ("F" is shift+f); a shifted digit or symbol is already its own key ("!" for shift+1 on many
 *  layouts). */
export function comboOf(event: KeyLike): string {
  const key = KEY_NAMES[event.key.toLowerCase()] ?? event.key.toLowerCase();
  const named = key.length > 1 || /^[a-z]$/.test(key);
  const mods: string[] = [];
  if (event.ctrlKey) mods.push('ctrl');
  if (event.altKey) mods.push('alt');
  if (event.shiftKey && named) mods.push('shift');
  if (event.metaKey) mods.push('meta');
  return [...mods, key].join('+');
}

export class HotkeyRegistry<Action> {
  readonly #bindings = new Map<string, { owner: string; key: string; action: Action }>();
  readonly #reserved = new Map<string, string>();
  readonly warnings: HotkeyWarning[] = [];

  /** Keys the workspace keeps for itself (e.g. `ctrl+z`), with the name shown in warnings. */
  reserve(combo: string, name: string): void {
    this.#reserved.set(normalizeCombo(combo), name);
  }

  /**
   * Binds a combo. `owner` names the owner in warnings ("Choice “Positive”"); `key` identifies it for
   * {@link comboFor} (defaults to `owner`). Returns false (and records a warning) when the combo is
   * taken or invalid.
   */
  register(combo: string, owner: string, action: Action, key: string = owner): boolean {
    const ownerKey = key;
    const normal = normalizeCombo(combo);
    const heldBy =
      normal === '' ? undefined : (this.#reserved.get(normal) ?? this.#bindings.get(normal)?.owner);
    if (normal === '' || heldBy !== undefined) {
      const message =
        normal === ''
          ? `Hotkey “${combo}” of ${owner} is not a key combination; it was ignored`
          : `Hotkey “${combo}” of ${owner} is already used by ${heldBy}; ${owner} gets no hotkey`;
      this.warnings.push({ combo, owner, key: ownerKey, heldBy: heldBy ?? '', message });
      return false;
    }
    this.#bindings.set(normal, { owner, key: ownerKey, action });
    return true;
  }

  has(combo: string): boolean {
    const key = normalizeCombo(combo);
    return this.#bindings.has(key) || this.#reserved.has(key);
  }

  /** The first key of Label Studio's sequence nobody holds yet, or undefined when all are taken. */
  nextFree(): string | undefined {
    for (const key of AUTO_HOTKEYS) if (!this.has(key)) return key;
    return undefined;
  }

  lookup(event: KeyLike): Action | undefined {
    return this.#bindings.get(comboOf(event))?.action;
  }

  /** The combo bound for an owner key, for display. */
  comboFor(key: string): string | undefined {
    for (const [combo, binding] of this.#bindings) if (binding.key === key) return combo;
    return undefined;
  }
}
