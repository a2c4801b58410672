/** label-elements: Label Studio-compatible annotation as framework-agnostic custom elements.
 *  Importing this module defines nothing; import `label-elements/define.js` to register the elements. */
export { LabelWorkspace } from './elements/workspace/label-workspace.js';
export { LabelLabels } from './elements/controls/label-labels.js';
export { LabelChoices } from './elements/controls/label-choices.js';
export { LabelTextArea } from './elements/controls/label-textarea.js';
export { LabelRating } from './elements/controls/label-rating.js';
export { LabelNumber } from './elements/controls/label-number.js';
export { LabelDateTime } from './elements/controls/label-datetime.js';
export { LabelTaxonomy } from './elements/controls/label-taxonomy.js';
export { LabelPairwise } from './elements/controls/label-pairwise.js';
export { LabelRanker } from './elements/controls/label-ranker.js';
export { LabelTextView } from './elements/objects/label-text-view.js';
export { LabelAudioView } from './elements/objects/label-audio-view.js';
export { LabelImageView } from './elements/objects/label-image-view.js';
export { LabelHypertextView } from './elements/objects/label-hypertext-view.js';
export { LabelTableView } from './elements/objects/label-table-view.js';
export { LabelListView } from './elements/objects/label-list-view.js';
export { LabelFilter } from './elements/layout/label-filter.js';
export * from './events/index.js';
export type * from './format/types.js';
export type { ConfigError, ConfigNode, ParsedConfig } from './config/types.js';
export { VERSION } from './version.js';
