/**
 * The time-series stack (ls-spec §6.12, §8.1): `TimeSeries` with its `Channel`/`MultiChannel`
 * children and `TimeSeriesLabels`. Recognised and validated, not drawn yet.
 */
import type { TagSpec } from '../types.js';
import { bool, color, num, oneOf, requiredText, text } from './attr-builders.js';
import { controlAttrs, labelsFamilyAttrs, objectAttrs, regionStyleAttrs } from './shared-attrs.js';

export const TimeSeries: TagSpec = {
  name: 'TimeSeries',
  kind: 'object',
  rendered: false,
  textAsValue: true,
  attrs: {
    ...objectAttrs,
    valueType: oneOf(['url', 'json'], 'url'),
    sync: text(),
    cursorColor: color(),
    timeColumn: text(),
    timeFormat: text(),
    timeDisplayFormat: text(),
    durationDisplayFormat: text('.0f'),
    sep: text(','),
    overviewChannels: text(),
    overviewWidth: text('25%'),
    fixedScale: bool(false),
    multiAxis: bool(),
    hotkey: text(),
  },
};

export const Channel: TagSpec = {
  name: 'Channel',
  kind: 'option',
  rendered: false,
  parents: ['TimeSeries'],
  attrs: {
    column: requiredText(),
    legend: text(),
    units: text(),
    displayFormat: text(),
    height: num(200),
    strokeColor: color('#f48a42'),
    strokeWidth: num(1),
    markerColor: color('#f48a42'),
    markerSize: num(0),
    markerSymbol: text('circle'),
    timeRange: text(),
    dataRange: text(),
    showAxis: bool(),
    fixedScale: bool(),
  },
};

export const MultiChannel: TagSpec = {
  name: 'MultiChannel',
  kind: 'option',
  rendered: false,
  parents: ['TimeSeries'],
  attrs: {
    height: num(200),
    showAxis: bool(true),
    showYAxis: bool(true),
    fixedScale: bool(),
  },
};

export const TimeSeriesLabels: TagSpec = {
  name: 'TimeSeriesLabels',
  kind: 'control',
  dynamicChildren: 'Label',
  rendered: false,
  resultType: 'timeserieslabels',
  valueKey: 'timeserieslabels',
  attrs: {
    ...controlAttrs,
    ...labelsFamilyAttrs,
    ...regionStyleAttrs({ opacity: 0.9, fillColor: 'transparent', strokeColor: '#f48a42', strokeWidth: 1 }),
  },
};
