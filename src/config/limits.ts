/**
 * Hard limits that keep hostile configs and task data from freezing the page (bad-inputs S10, S11,
 * S16). Real Label Studio configs stay far below each of them. The byte limit on the config text is
 * `MAX_CONFIG_BYTES`, part of the public types.
 */

/** Element nesting, in the XML and in dynamic children built from task data. Real configs: < 20. */
export const MAX_NESTING_DEPTH = 100;

/**
 * Nodes in one parsed tree after `Repeater` expansion and dynamic children. The largest fixture
 * (`taxonomy_large`: 446 pages, each with two taxonomies of ~470 items) needs about 216 000.
 */
export const MAX_NODES = 500_000;

/** Problems listed one by one; the rest are summed up in a last entry. */
export const MAX_LISTED_PROBLEMS = 200;

/**
 * Problems kept for sorting; past this, problems are only counted. A config with this many is
 * hopeless, and a megabyte of `&&&…` would otherwise make a million error objects.
 */
export const MAX_KEPT_PROBLEMS = 5_000;
