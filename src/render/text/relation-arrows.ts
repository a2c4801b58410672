import type { TextSpan } from './text-spans.js';

/**
 * Relation arrows between spans of one text (ls-spec §6.20), as one SVG over the text: a curve from
 * the top of the first character of one span to the top of the other, arched above the line, with
 * arrowheads by direction (`right`: at the target, `left`: at the source, `bi`: both) and the
 * relation's labels at its apex. The SVG sits in the text's own coordinates, so the arrows scroll
 * with the text; the view redraws them when the text reflows or the relations change.
 */
export interface TextRelation {
  readonly from: TextSpan;
  readonly to: TextSpan;
  readonly direction: string;
  readonly labels: readonly string[];
}

const SVG = 'http://www.w3.org/2000/svg';

export function relationArrows(
  text: Text,
  relations: readonly TextRelation[],
  origin: DOMRect,
): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'relations');
  svg.append(arrowHead());
  for (const relation of relations) {
    const a = anchor(text, relation.from, origin);
    const b = anchor(text, relation.to, origin);
    if (!a || !b) continue;
    const lift = Math.min(60, 14 + Math.abs(b.x - a.x) * 0.08);
    const top = Math.min(a.y, b.y) - lift;
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', `M ${a.x} ${a.y} C ${a.x} ${top}, ${b.x} ${top}, ${b.x} ${b.y}`);
    path.setAttribute('data-from', relation.from.id);
    path.setAttribute('data-to', relation.to.id);
    path.setAttribute('data-direction', relation.direction);
    if (relation.direction === 'right' || relation.direction === 'bi')
      path.setAttribute('marker-end', 'url(#arrow)');
    if (relation.direction === 'left' || relation.direction === 'bi')
      path.setAttribute('marker-start', 'url(#arrow)');
    svg.append(path);
    if (relation.labels.length > 0) {
      const label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', String((a.x + b.x) / 2));
      label.setAttribute('y', String(top + lift * 0.25 - 2));
      label.textContent = relation.labels.join(', '); // text, never markup
      svg.append(label);
    }
  }
  return svg;
}

/** The top centre of a span's first character, in the overlay's coordinates. */
function anchor(text: Text, span: TextSpan, origin: DOMRect): { x: number; y: number } | undefined {
  const range = document.createRange();
  range.setStart(text, span.from);
  range.setEnd(text, Math.min(span.to, span.from + 1));
  const rect = range.getClientRects()[0];
  if (!rect) return undefined;
  return { x: rect.left + rect.width / 2 - origin.left, y: rect.top - origin.top };
}

function arrowHead(): SVGDefsElement {
  const defs = document.createElementNS(SVG, 'defs');
  const marker = document.createElementNS(SVG, 'marker');
  marker.setAttribute('id', 'arrow');
  marker.setAttribute('viewBox', '0 0 10 10');
  marker.setAttribute('refX', '9');
  marker.setAttribute('refY', '5');
  marker.setAttribute('markerWidth', '7');
  marker.setAttribute('markerHeight', '7');
  marker.setAttribute('orient', 'auto-start-reverse');
  const head = document.createElementNS(SVG, 'path');
  head.setAttribute('d', 'M 0 0 L 10 5 L 0 10 z');
  marker.append(head);
  defs.append(marker);
  return defs;
}
