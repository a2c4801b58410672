/**
 * `Repeater` expansion (ls-spec §2.7). For each item of the task array, the Repeater's children are
 * copied with every occurrence of `indexFlag` in every attribute of every descendant replaced by the
 * item's index, and the copies are wrapped in one `View` per item, as Label Studio does. (Label
 * Studio replaces only the first occurrence per attribute in nested elements; we replace all, which
 * is what the format promises and what configs with two `{{idx}}` in one value need.) Text content
 * is not touched, as in Label Studio.
 */
import type { XmlElement } from '../xml/xml-tree.js';

export function repeatedViews(repeater: XmlElement, count: number, indexFlag: string): XmlElement[] {
  const flagged = indexFlag ? elementsWithFlag(repeater, indexFlag) : new Set<XmlElement>();
  const views: XmlElement[] = [];
  for (let index = 0; index < count; index++) {
    views.push({
      name: 'View',
      offset: repeater.offset,
      attrs: [],
      children: repeater.children.map((child) => withIndex(child, indexFlag, String(index), flagged)),
    });
  }
  return views;
}

/**
 * The descendants whose subtree holds the flag somewhere, found once per Repeater: the copies
 * share every other subtree (elements are immutable), so 446 pages of a 300-option taxonomy do
 * not copy the taxonomy 446 times.
 */
function elementsWithFlag(repeater: XmlElement, flag: string): Set<XmlElement> {
  const flagged = new Set<XmlElement>();
  const visit = (element: XmlElement): boolean => {
    let found = element.attrs.some((attr) => attr.value.includes(flag));
    for (const child of element.children) found = visit(child) || found;
    if (found) flagged.add(element);
    return found;
  };
  repeater.children.forEach(visit);
  return flagged;
}

function withIndex(
  element: XmlElement,
  flag: string,
  index: string,
  flagged: ReadonlySet<XmlElement>,
): XmlElement {
  if (!flagged.has(element)) return element;
  return {
    ...element,
    attrs: element.attrs.map((attr) => ({ name: attr.name, value: attr.value.replaceAll(flag, index) })),
    children: element.children.map((child) => withIndex(child, flag, index, flagged)),
  };
}
