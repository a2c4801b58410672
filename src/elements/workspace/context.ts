import { createContext } from '@lit/context';
import type { ConfigNode, ParsedConfig } from '../../config/types.js';
import type { AnnotationStore } from '../../model/store.js';
import type { VisibilityTest } from '../../model/conditions.js';
import type { OptionFilter } from '../../model/filter.js';

/**
 * What `<label-workspace>` shares with the elements it renders. A new value is provided after every
 * committed change, selection change or config/task switch, so consumers with `subscribe: true`
 * re-render with the current state.
 */
export interface WorkspaceContextValue {
  readonly config: ParsedConfig;
  readonly store: AnnotationStore;
  readonly readonly: boolean;
  /** Makes a fresh region id that collides with no id in the task. */
  readonly createId: (taken: ReadonlySet<string>) => string;
  /** Whether a config node is visible now (conditions and inheritance applied). */
  readonly visible: VisibilityTest;
  /** After a refused submit: control name → what is missing. Cleared as controls get filled. */
  readonly problems: ReadonlyMap<string, string>;
  /** The region whose per-region controls are shown: the single selected region, if any. */
  readonly selectedRegion: string | undefined;
  /** Hotkey shown for an option node (Choice, Label), if it has one. */
  readonly hotkeyOf: (node: ConfigNode) => string | undefined;
  /** Labels chosen in each Labels palette (control name → values), for the next region drawn. */
  readonly chosenLabels: ReadonlyMap<string, readonly string[]>;
  /** The typed `<Filter>` text narrowing a Labels/Choices control's options (by control name). */
  readonly optionFilter: (control: string) => OptionFilter | undefined;
  /** Store revision when this value was made (forces a new identity per commit). */
  readonly revision: number;
}

export const workspaceContext = createContext<WorkspaceContextValue>(Symbol('label-workspace'));
