/**
 * Object tags this library draws: they show task data and are what controls' `toName` points at
 * (ls-spec §8.1). Defaults are Label Studio 1.22's model defaults.
 */
import type { TagSpec } from '../types.js';
import { bool, color, num, oneOf, requiredText, text, variableText } from './attr-builders.js';
import { objectAttrs, resolverAttr } from './shared-attrs.js';

const granularity = oneOf(['symbol', 'word', 'sentence', 'paragraph'], 'symbol');
const encoding = oneOf(['none', 'base64', 'base64unicode'], 'none');
/** `none` means "decide from valueType": yes for inline text, no for URLs (RichText model). */
const saveTextResult = oneOf(['none', 'no', 'yes']);

export const Image: TagSpec = {
  name: 'Image',
  kind: 'object',
  rendered: true,
  textAsValue: true,
  requiresOneOf: ['value', 'valueList'],
  attrs: {
    name: requiredText(),
    value: variableText(),
    valueList: variableText(),
    resize: num(),
    width: text('100%'),
    height: text(),
    maxWidth: text('100%'),
    maxHeight: text('calc(100vh - 194px)'),
    smoothing: bool(),
    grid: bool(false),
    gridSize: num(30),
    gridColor: color('#EEEEF4'),
    zoom: bool(true),
    negativeZoom: bool(false),
    zoomBy: num(1.1),
    showLabels: bool(false),
    zoomControl: bool(true),
    brightnessControl: bool(false),
    contrastControl: bool(false),
    rotateControl: bool(false),
    crosshair: bool(false),
    selectionControl: bool(true),
    lazyOff: bool(false),
    horizontalAlignment: oneOf(['left', 'center', 'right'], 'left'),
    verticalAlignment: oneOf(['top', 'center', 'bottom'], 'top'),
    defaultZoom: oneOf(['auto', 'original', 'fit'], 'fit'),
    crossOrigin: oneOf(['none', 'anonymous', 'use-credentials'], 'none'),
  },
};

const richTextAttrs = {
  ...objectAttrs,
  ...resolverAttr,
  valueType: oneOf(['text', 'url'], 'text'),
  saveTextResult,
  encoding,
  selectionEnabled: bool(true),
  highlightColor: color(),
  showLabels: bool(),
  granularity,
};

export const Text: TagSpec = {
  name: 'Text',
  kind: 'object',
  rendered: true,
  textAsValue: true,
  attrs: richTextAttrs,
};

/** HyperText may omit `name` when used as pure markup; its inner markup is its value (ls-spec §2.1). */
export const HyperText: TagSpec = {
  name: 'HyperText',
  kind: 'object',
  rendered: true,
  textAsValue: true,
  markupAsValue: true,
  attrs: {
    ...richTextAttrs,
    name: text(),
    inline: bool(false),
    clickableLinks: bool(false),
  },
};

export const Audio: TagSpec = {
  name: 'Audio',
  kind: 'object',
  rendered: true,
  textAsValue: true,
  aliases: ['AudioPlus'],
  attrs: {
    ...objectAttrs,
    muted: bool(false),
    zoom: bool(true),
    defaultZoom: num(1),
    volume: bool(true),
    defaultVolume: num(1),
    speed: bool(true),
    defaultSpeed: num(1),
    hotkey: text(),
    sync: text(),
    showLabels: bool(false),
    showScores: bool(false),
    height: num(96),
    waveHeight: num(32),
    cursorWidth: num(2),
    cursorColor: color('#333'),
    defaultScale: num(1),
    autoCenter: bool(true),
    scrollParent: bool(true),
    splitChannels: bool(false),
    decoder: oneOf(['webaudio', 'ffmpeg', 'none', 'wasm-stream'], 'webaudio'),
    player: oneOf(['html5', 'webaudio'], 'html5'),
    spectrogram: bool(false),
  },
};

/**
 * `audioUrl` is resolved by Label Studio only in its simple form (`$` + a top-level key); we run it
 * through the full `$variable` algorithm, which gives the same result for that form.
 */
export const Paragraphs: TagSpec = {
  name: 'Paragraphs',
  kind: 'object',
  rendered: true,
  textAsValue: true,
  attrs: {
    ...objectAttrs,
    valueType: oneOf(['json', 'url'], 'json'),
    audioUrl: variableText(),
    sync: text(),
    showPlayer: bool(false),
    highlightColor: color(),
    showLabels: bool(false),
    layout: oneOf(['none', 'dialogue'], 'none'),
    saveTextResult: oneOf(['none', 'no', 'yes'], 'yes'),
    nameKey: text('author'),
    textKey: text('text'),
    contextScroll: bool(false),
  },
};

/** `valueType` may be a resolver string such as `csv|url|separator=,` (fixture `table_csv`). */
export const Table: TagSpec = {
  name: 'Table',
  kind: 'object',
  rendered: true,
  textAsValue: true,
  attrs: {
    ...objectAttrs,
    valueType: text(),
  },
};

export const List: TagSpec = {
  name: 'List',
  kind: 'object',
  rendered: true,
  textAsValue: true,
  attrs: {
    ...objectAttrs,
    title: text(),
  },
};
