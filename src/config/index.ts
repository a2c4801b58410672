/**
 * `label-elements/config.js`: Label Studio labeling configs as a typed tree. No DOM, no Lit.
 */
export { parseConfig } from './parse.js';
export { getTagSpec, tagSpecs, canonicalAttrName } from './tags/index.js';
export { resolveValue } from './values/resolve-value.js';
export { attr, childrenOf, descendantsOf, isControlTag, isObjectTag, splitList } from './helpers.js';
export { MAX_CONFIG_BYTES } from './types.js';
export type {
  AttrSpec,
  AttrType,
  AttrValue,
  ConfigError,
  ConfigNode,
  ParsedConfig,
  Severity,
  TagKind,
  TagSpec,
} from './types.js';
