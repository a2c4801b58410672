import type { ConfigNode } from '../../config/types.js';

/**
 * Readers of a control's attributes. The parser already types and defaults them (`config/tags/`);
 * these only refuse values of the wrong type (a number attribute given as `"abc"`), so a bad config
 * degrades to the default instead of reaching the DOM as `NaN`.
 */

export function numberAttr(node: ConfigNode, name: string): number | undefined {
  const raw = node.attrs[name];
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const parsed = Number(raw);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** A non-empty string attribute (numbers and booleans are given back as their text). */
export function stringAttr(node: ConfigNode, name: string): string | undefined {
  const raw = node.attrs[name];
  if (raw === undefined) return undefined;
  const text = String(raw);
  return text === '' ? undefined : text;
}

export function booleanAttr(node: ConfigNode, name: string): boolean | undefined {
  const raw = node.attrs[name];
  if (typeof raw === 'boolean') return raw;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return undefined;
}
