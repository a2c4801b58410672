import type { ResultIndex } from './result-index.js';

/**
 * How a region is named to a person (relations panel, announcements): its text when it has one
 * (`value.text` of a text span), else its kind, followed by its labels: `‘Alice’ Person`,
 * `rectangle Planet`. Plain text, meant for text nodes only.
 */
export function regionName(index: ResultIndex, id: string): string {
  const items = index.itemsOf(id);
  if (items.length === 0) return `missing region ${id}`;
  const text = items.map((item) => item.value?.text).find((t): t is string => typeof t === 'string');
  const kind = items[0]!.type.replace(/labels$/, '') || 'region';
  const head = text !== undefined ? `‘${shorten(text)}’` : kind;
  const labels = index.labelsOf(id);
  return labels.length > 0 ? `${head} ${labels.join(', ')}` : head;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
