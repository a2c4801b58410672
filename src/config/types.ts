/**
 * Types of the parsed Label Studio labeling config. `config/` turns XML text into a tree of
 * {@link ConfigNode}s: tag names canonical, attribute names canonical and values typed and defaulted
 * as Label Studio does, `$variables` resolved against the task data, `Repeater`s expanded.
 * No DOM, no Lit: this layer runs anywhere.
 */

export type Severity = 'error' | 'warning';

/** One problem found in a config. Line and column are 1-based positions in the XML source. */
export interface ConfigError {
  /** What is wrong, in words a config author understands, naming the tag and attribute. */
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** The tag the problem is on, in canonical spelling, when there is one. */
  readonly tag?: string;
  /** `error`: the config cannot be used as it is. `warning`: it works, with the named limitation. */
  readonly severity: Severity;
  /** Stable machine-readable kind. Refusals (no tree): `too-large`, `doctype`, `xml`,
   *  `forbidden-name`, `too-deep`. Config errors: `unknown-tag`, `attribute-value`,
   *  `missing-attribute`, `conflicting-attributes`, `duplicate-name`, `to-name`, `parent`,
   *  `too-many-nodes`. Warnings: `not-rendered`, `visual-name`, `to-name` (a toName naming a
   *  non-object tag), and the task-data problems `repeater` and `dynamic-children`. Also
   *  `too-many-problems` (a summary past the first 200) and `internal` (a bug of ours). */
  readonly code: string;
}

/** Role of a tag in the config language (ls-spec §1). */
export type TagKind = 'object' | 'control' | 'option' | 'visual' | 'macro';

/** Attribute value types. An array is an enumeration of allowed string values. */
export type AttrType = 'string' | 'boolean' | 'number' | 'color' | 'css' | readonly string[];

export type AttrValue = string | number | boolean;

export interface AttrSpec {
  readonly type: AttrType;
  /** Label Studio's effective default (the code's, where code and docs disagree). */
  readonly default?: AttrValue;
  readonly required?: boolean;
  /** The attribute honours `$variable` binding (ls-spec §3). */
  readonly variable?: boolean;
}

/** Everything the library knows about one Label Studio tag. One spec per tag, in `config/tags/`. */
export interface TagSpec {
  /** Canonical PascalCase name, e.g. `RectangleLabels`. */
  readonly name: string;
  readonly kind: TagKind;
  /** Attributes keyed by canonical (camelCase) name. */
  readonly attrs: Readonly<Record<string, AttrSpec>>;
  /** The result `type` written to annotations: set for controls, and for the Enterprise tags whose
   *  results name themselves (`Chat` → `chatmessage`). */
  readonly resultType?: string;
  /** For controls: the key inside `value` that holds the control's payload (ls-spec §5.2). */
  readonly valueKey?: string;
  /** For option tags: the parents they may sit under (canonical names). */
  readonly parents?: readonly string[];
  /** For controls: object tags `toName` may point at; absent = any object. */
  readonly objectTypes?: readonly string[];
  /** Inner text becomes `value` (`<Label>cat</Label>`). As in Label Studio's code, non-blank text
   *  wins over a `value` attribute. */
  readonly textAsValue?: boolean;
  /** The element's inner markup, child elements included, is its value and its children are not
   *  config tags (`HyperText`, ls-spec §2.1). */
  readonly markupAsValue?: boolean;
  /** Whether this library draws the tag yet. Recognised-but-not-rendered tags get a warning and a
   *  placeholder, and their results are kept untouched. */
  readonly rendered: boolean;
  /** Alias names that map to this spec (e.g. `AudioPlus` for `Audio`). */
  readonly aliases?: readonly string[];
  /** For controls whose `value="$field"` loads options from task data (ls-spec §2.6): the option tag
   *  each array item becomes (`Label` for the Labels family, `Choice` for `Choices`/`Taxonomy`). */
  readonly dynamicChildren?: string;
  /** At least one of these attributes must be present (`Image` needs `value` or `valueList`). */
  readonly requiresOneOf?: readonly string[];
}

/** One element of the parsed config. Immutable once built. */
export interface ConfigNode {
  /** Canonical tag name; for a tag we do not know, the source spelling. */
  readonly tag: string;
  readonly spec: TagSpec | undefined;
  /** Attributes by canonical name: typed (`"true"`/`"false"` → boolean except `value`, numbers for
   *  numeric attributes), defaults applied. Unknown attributes are kept, lower-cased, as strings. */
  readonly attrs: Readonly<Record<string, AttrValue>>;
  /** `$variable`-resolved values of the attributes that honour variables (`value`, `valueList`, ...),
   *  by canonical name. A whole-value `$x` gives the raw data (arrays and objects included). */
  readonly bound: Readonly<Record<string, unknown>>;
  readonly children: readonly ConfigNode[];
  /** Raw inner text (or inner markup for HyperText), when the element has any. */
  readonly text?: string;
  /** 1-based source position of the element's `<`. Nodes made from task data (dynamic choices)
   *  carry their parent's position. */
  readonly line: number;
  readonly column: number;
  /** Unique, stable key within one parse, e.g. `0.3.1` (child indexes from the root). Options
   *  shared through a Taxonomy `sharedStore` are one node under several parents; their key is the
   *  path under the first. */
  readonly key: string;
  /** True for children created from task data (dynamic `Choices`/`Labels`/`Taxonomy`). */
  readonly dynamic?: boolean;
}

/** The result of parsing and binding a config against a task's data. */
export interface ParsedConfig {
  /** The root (normally `View`); null when the config could not be parsed at all. */
  readonly root: ConfigNode | null;
  /** Errors and warnings, in source order. */
  readonly errors: readonly ConfigError[];
  /** Object and control tags by `name`. */
  readonly byName: ReadonlyMap<string, ConfigNode>;
  /** Parent of every node (the root has none); for options shared through a `sharedStore`, the
   *  first control of that store. */
  readonly parentOf: ReadonlyMap<ConfigNode, ConfigNode>;
  /** Object tags in document order. */
  readonly objects: readonly ConfigNode[];
  /** Control tags in document order. */
  readonly controls: readonly ConfigNode[];
  /** For each control name, the object names it points at (`toName` split on commas, or the single
   *  object when `toName` is omitted). */
  readonly targets: ReadonlyMap<string, readonly string[]>;
}

/** Limits applied before parsing (bad-inputs S10, S11). */
export const MAX_CONFIG_BYTES = 1_000_000;
