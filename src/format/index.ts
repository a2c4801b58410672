/**
 * label-elements/format.js: the Label Studio task and result codec. Pure functions, no DOM: import a
 * task, check its results, read and write regions, export it back losslessly, convert text offsets,
 * decode and encode brush masks, build enrichment payloads.
 */
export type * from './types.js';
export { importTask, TaskFormatError } from './import-task.js';
export type { ImportedTask, ImportedResultSet, TaskShape, TaskSource } from './import-task.js';
export { exportTask } from './export-task.js';
export type { CurrentAnnotation, ExportedTask } from './export-task.js';
export { validateResult } from './validate-result.js';
export { validateResultSet } from './validate-result-set.js';
export type { ResultSetCheck } from './validate-result-set.js';
export { RESULT_LIMITS } from './result-limits.js';
export { payloadKey, carriesLabels, geometryOf } from './result-types.js';
export { readRegions } from './read-regions.js';
export type { Region, RegionKind, RegionLabels, Relation, ReadRegionsOptions } from './read-regions.js';
export { writeRegionItems, classificationItem } from './write-items.js';
export type {
  AudioMedia,
  ClassificationWrite,
  ImageMedia,
  ItemEnvelope,
  LabelPick,
  RegionWrite,
} from './write-items.js';
export { newRegionId, REGION_ID_LENGTH } from './region-id.js';
export { TextOffsets, toCodePointOffset, toUtf16Offset, spanText } from './text-offsets.js';
export { decodeRle, encodeRle, RleError, RLE_MAX_WORDS } from './brush-rle.js';
export { toEnrichment, annotationLabels, LABEL_PATH_SEPARATOR } from './enrichment.js';
export type { EnrichmentPayload } from './enrichment.js';
