/** What the text view's `aria-live` region says about spans. Span text is quoted and shortened so a
 *  long span is announced in a breath. */
const MAX_QUOTED = 60;

export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `‘${flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED - 1)}…` : flat}’`;
}

function labelled(labels: readonly string[]): string {
  return labels.length === 0 ? 'without a label' : `labelled ${labels.join(', ')}`;
}

export const spanMessages = {
  selected: (text: string, labels: readonly string[], position: number, count: number) =>
    `Selected span ${quote(text)} ${labelled(labels)} (${position} of ${count})`,
  created: (text: string, labels: readonly string[]) => `Created span ${quote(text)} ${labelled(labels)}`,
  deleted: (text: string) => `Deleted span ${quote(text)}`,
  cleared: () => 'No span selected',
  noLabel: () => 'Choose a label first, then press Enter to label the selection',
  noSpans: () => 'No spans in this text',
} as const;
