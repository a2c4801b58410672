import type { ConfigNode, ParsedConfig } from '../config/types.js';
import type { VisibilityTest } from './conditions.js';
import type { ResultIndex } from './result-index.js';
import { optionResultValue, optionValue } from './options.js';
import { dateTimeSettings, storedRangeProblem } from './controls/datetime.js';

/**
 * Checks an annotation before submit (ls-spec §2.5, §2.6): `required` controls (per region when
 * `perRegion`), `maxUsages` of labels, `min`/`max` of numbers and dates. Only visible controls are required, as in
 * Label Studio: a control hidden by its condition cannot be filled in.
 */
export interface Problem {
  readonly code: 'required' | 'max-usages' | 'min' | 'max';
  readonly message: string;
  readonly control: string;
  readonly regionId?: string;
}

export function validateAnnotation(
  config: ParsedConfig,
  index: ResultIndex,
  visible: VisibilityTest,
): Problem[] {
  const problems: Problem[] = [];
  for (const control of config.controls) {
    const name = String(control.attrs.name ?? '');
    // `required` is an attribute of the classification controls only; their spec names the value key
    const valueKey = control.spec?.attrs.required !== undefined ? control.spec.valueKey : undefined;
    if (valueKey && control.attrs.required === true)
      problems.push(...requiredProblems(control, name, valueKey, config, index, visible));
    if (control.tag === 'Number') problems.push(...rangeProblems(control, name, index));
    if (control.tag === 'DateTime') problems.push(...dateRangeProblems(control, name, index));
    if (control.tag === 'Labels' || control.tag.endsWith('Labels'))
      problems.push(...usageProblems(control, name, index));
  }
  return problems;
}

function requiredMessage(control: ConfigNode, name: string): string {
  const custom = control.attrs.requiredMessage;
  return typeof custom === 'string' && custom !== '' ? custom : `“${name}” is required`;
}

function hasValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.some(hasValue);
  if (typeof value === 'object') return Object.values(value).some(hasValue);
  return true;
}

function requiredProblems(
  control: ConfigNode,
  name: string,
  valueKey: string,
  config: ParsedConfig,
  index: ResultIndex,
  visible: VisibilityTest,
): Problem[] {
  const targets = config.targets.get(name) ?? [];
  if (control.attrs.perRegion === true) {
    // every region on the control's object (with the asked-for label, if any) needs an answer
    const wanted = String(control.attrs.whenLabelValue ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const problems: Problem[] = [];
    for (const id of index.ids()) {
      if (!index.isRegion(id, name)) continue;
      const items = index.itemsOf(id);
      if (!items.some((item) => item.to_name !== undefined && targets.includes(item.to_name))) continue;
      if (wanted.length > 0 && !index.labelsOf(id).some((label) => wanted.includes(label))) continue;
      const answer = items.find((item) => item.from_name === name);
      if (!hasValue(answer?.value?.[valueKey])) {
        problems.push({
          code: 'required',
          message: requiredMessage(control, name),
          control: name,
          regionId: id,
        });
      }
    }
    return problems;
  }
  if (!visible(control)) return [];
  const toName = control.tag === 'Pairwise' ? name : (targets[0] ?? '');
  const item = index.classification(name, toName);
  return hasValue(item?.value?.[valueKey])
    ? []
    : [{ code: 'required', message: requiredMessage(control, name), control: name }];
}

function rangeProblems(control: ConfigNode, name: string, index: ResultIndex): Problem[] {
  const min = Number(control.attrs.min);
  const max = Number(control.attrs.max);
  const problems: Problem[] = [];
  for (const item of index.itemsFrom(name)) {
    const n = item.value?.number;
    if (typeof n !== 'number') continue;
    const regionId = index.isRegion(String(item.id), name) ? String(item.id) : undefined;
    const at = regionId ? { regionId } : {};
    if (control.attrs.min !== undefined && Number.isFinite(min) && n < min) {
      problems.push({ code: 'min', message: `“${name}” must be at least ${min}`, control: name, ...at });
    }
    if (control.attrs.max !== undefined && Number.isFinite(max) && n > max) {
      problems.push({ code: 'max', message: `“${name}” must be at most ${max}`, control: name, ...at });
    }
  }
  return problems;
}

/** Dates outside `min`/`max`, compared as Label Studio compares them (see `controls/datetime.ts`). */
function dateRangeProblems(control: ConfigNode, name: string, index: ResultIndex): Problem[] {
  const settings = dateTimeSettings(control);
  if (settings.min === undefined && settings.max === undefined) return [];
  const problems: Problem[] = [];
  for (const item of index.itemsFrom(name)) {
    const problem = storedRangeProblem(item.value?.datetime, settings);
    if (!problem) continue;
    const regionId = index.isRegion(String(item.id), name) ? String(item.id) : undefined;
    problems.push({
      code: problem.bound,
      message: `“${name}”: ${problem.message}`,
      control: name,
      ...(regionId ? { regionId } : {}),
    });
  }
  return problems;
}

function usageProblems(control: ConfigNode, name: string, index: ResultIndex): Problem[] {
  const counts = new Map<string, number>();
  const key = control.spec?.valueKey ?? 'labels';
  for (const item of index.itemsFrom(name)) {
    const labels = item.value?.[key];
    if (!Array.isArray(labels)) continue;
    for (const label of labels)
      if (typeof label === 'string') counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const problems: Problem[] = [];
  const parentLimit = Number(control.attrs.maxUsages);
  for (const label of control.children) {
    if (label.tag !== 'Label') continue;
    const own = Number(label.attrs.maxUsages);
    const limit = Number.isFinite(own) && own > 0 ? own : parentLimit;
    if (!Number.isFinite(limit) || limit <= 0) continue;
    const value = optionResultValue(label);
    const used = counts.get(value) ?? 0;
    if (used > limit) {
      problems.push({
        code: 'max-usages',
        message: `Label “${optionValue(label)}” is used ${used} times; at most ${limit} allowed`,
        control: name,
      });
    }
  }
  return problems;
}
