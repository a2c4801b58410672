import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { deepQuery, loadFixture, mountWorkspace, settle, withAnnotationIds } from '../workspace-fixture.js';
import { press, resultsWithoutIds } from '../controls/real-input.js';
import { drag, drawnSpans, textNode, textView } from './text-input.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';
import type { LSResult, LSTask } from '../../../src/format/types.js';

/** Spans on real and hostile data: Label Studio fixtures, Unicode (bad-inputs S18), markup in the
 *  text (S3), a megabyte text. */

const config = `<View>
  <Labels name="ner" toName="text"><Label value="Person" background="red"/><Label value="Thing"/></Labels>
  <Text name="text" value="$text"/>
</View>`;

const codePoints = (s: string) => [...s].length;

async function chooseByHotkey(ws: LabelWorkspace, key: string): Promise<void> {
  textView(ws).shadowRoot!.querySelector<HTMLElement>('.htx-text')!.focus();
  await press(ws, key);
}

describe('<Text> spans on fixtures', () => {
  it('named_entity: the annotation is drawn where Label Studio puts it, and exports unchanged', async () => {
    const { annotation } = await loadFixture('named_entity');
    const task = withAnnotationIds(annotation!);
    const annotationId = task.annotations![0]!.id!;
    const ws = await mountWorkspace((await loadFixture('named_entity')).config, task, { annotationId });
    const [item] = task.annotations![0]!.result as LSResult[];
    const drawn = drawnSpans(textView(ws));
    expect(drawn.map((s) => [s.id, s.start, s.end, s.painted])).to.deep.equal([
      [item!.id, 343, 354, item!.value!.text],
    ]);
    expect(ws.exportTask()).to.deep.equal(task);
  });

  it('rich_text_plain: drawn at its offsets (its stored text is from another document), exported unchanged', async () => {
    const { config: xml, annotation } = await loadFixture('rich_text_plain');
    const task = withAnnotationIds(annotation!);
    const ws = await mountWorkspace(xml, task, { annotationId: task.annotations![0]!.id! });
    const text = task.data.ner as string;
    const drawn = drawnSpans(textView(ws));
    // Label Studio places a Text span by start/end, never by searching for value.text
    expect(drawn.map((s) => s.painted)).to.deep.equal([text.slice(343, 354)]);
    expect(drawn[0]!.labels).to.deep.equal(['Date']); // not a label of this config: kept, default colour
    expect(ws.exportTask()).to.deep.equal(task);
  });

  it('label-ready fires once the spans are drawn', async () => {
    const { config: xml, annotation } = await loadFixture('named_entity');
    const task = withAnnotationIds(annotation!);
    const ws = await fixture<LabelWorkspace>(html`<label-workspace></label-workspace>`);
    const ready = oneEvent(ws, 'label-ready');
    ws.annotationId = task.annotations![0]!.id!;
    ws.config = xml;
    ws.task = task;
    await ready;
    expect(drawnSpans(textView(ws)).map((s) => s.painted)).to.deep.equal(['February 22']);
  });
});

describe('<Text> spans on hostile text', () => {
  it('counts offsets in code points after emoji, combining marks, CRLF and RTL (bad-inputs S18)', async () => {
    const text = 'Emoji 👩‍👩‍👧 and e\u0301\r\nBob met \u202Eevil\u202C שלום.';
    const ws = await mountWorkspace(config, { data: { text } });
    const view = textView(ws);
    await chooseByHotkey(ws, '1');
    const bob = text.indexOf('Bob');
    await drag(ws, view, bob, bob + 3);
    // across the combining mark and the CRLF: every code point counts, `\r` included
    const e = text.indexOf('e\u0301');
    await drag(ws, view, e, bob + 3);
    expect(resultsWithoutIds(ws).map((r) => r.value)).to.deep.equal([
      {
        start: codePoints(text.slice(0, bob)),
        end: codePoints(text.slice(0, bob)) + 3,
        text: 'Bob',
        labels: ['Person'],
      },
      {
        start: codePoints(text.slice(0, e)),
        end: codePoints(text.slice(0, bob)) + 3,
        text: 'e\u0301\r\nBob',
        labels: ['Person'],
      },
    ]);
    expect(codePoints(text.slice(0, bob))).to.equal(bob - 3); // the family emoji: 5 code points, 8 units
    // an imported span given in code points lands on the right characters, RTL ones too
    const hebrew = text.indexOf('שלום');
    ws.addResults([
      {
        id: 'rtl',
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        value: {
          start: codePoints(text.slice(0, hebrew)),
          end: codePoints(text.slice(0, hebrew)) + 4,
          text: 'שלום',
          labels: ['Thing'],
        },
      },
    ]);
    await settle(ws);
    expect(drawnSpans(view).find((s) => s.id === 'rtl')?.painted).to.equal('שלום');
    // the text shown is the raw string: no CRLF normalisation that would shift offsets
    expect(textNode(view).data).to.equal(text);
  });

  it('shows markup in the text as text and labels it at unchanged offsets (bad-inputs S3)', async () => {
    const calls: unknown[] = [];
    const original = window.alert;
    window.alert = (message?: unknown) => calls.push(message);
    try {
      const text = '<img src=x onerror=alert(1)>\n<script>alert(2)</script>';
      const ws = await mountWorkspace(config, { data: { text } });
      const view = textView(ws);
      await chooseByHotkey(ws, '2');
      const at = text.indexOf('onerror');
      await drag(ws, view, at, at + 7);
      expect(resultsWithoutIds(ws).map((r) => r.value)).to.deep.equal([
        { start: at, end: at + 7, text: 'onerror', labels: ['Thing'] },
      ]);
      expect(view.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
      expect(calls).to.deep.equal([]);
    } finally {
      window.alert = original;
    }
  });

  it('a label whose value is markup is shown as text in the palette and in span tags (bad-inputs S5, S9)', async () => {
    const xml = `<View><Labels name="ner" toName="text"><Label value="&lt;img src=x onerror=alert(1)&gt;" background="red;}body{display:none"/></Labels>
      <Text name="text" value="$text" showLabels="true"/></View>`;
    const ws = await mountWorkspace(xml, { data: { text: 'one two' } });
    ws.addResults([
      {
        id: 'x',
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        value: { start: 0, end: 3, text: 'one', labels: ['<img src=x onerror=alert(1)>'] },
      },
    ]);
    await settle(ws);
    const view = textView(ws);
    const button = deepQuery(ws, 'label-labels')!.shadowRoot!.querySelector('button')!;
    expect(button.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(button.querySelector('img')).to.equal(null);
    const tag = view.shadowRoot!.querySelector('.span-layer .tag')!;
    expect(tag.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(tag.children).to.have.length(0);
    // the unsafe colour never reaches the style sheet: the span gets the default colour
    const rules = [...view.shadowRoot!.adoptedStyleSheets].flatMap((s) =>
      [...s.cssRules].map((r) => r.cssText),
    );
    const highlights = rules.filter((r) => r.startsWith('::highlight'));
    expect(highlights.join('\n')).to.not.match(/body|display/);
    expect(highlights.join('\n')).to.contain('rgb(54, 179, 126)');
    expect(rules.some((r) => r.startsWith('body'))).to.equal(false);
  });
});

describe('<Text> spans on a megabyte', () => {
  it('draws 5,000 spans over one text node with no element per span, and takes a new one', async () => {
    const line =
      'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma.\n';
    const text = line.repeat(Math.ceil(1_000_000 / line.length));
    const step = Math.floor(text.length / 5000);
    const result: LSResult[] = [];
    for (let i = 0; i < 5000; i++) {
      const start = i * step;
      result.push({
        id: `s${i}`,
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        value: {
          start,
          end: start + 5,
          text: text.slice(start, start + 5),
          labels: [i % 2 ? 'Person' : 'Thing'],
        },
      });
    }
    const task: LSTask = { data: { text }, annotations: [{ id: 'big', result }] };
    const ws = await mountWorkspace(config, task, { annotationId: 'big' });
    const view = textView(ws);
    const container = view.shadowRoot!.querySelector('.htx-text')!;
    expect(container.children).to.have.length(0);
    expect([...container.childNodes].filter((n) => n instanceof Text)).to.have.length(1);
    const drawn = drawnSpans(view);
    expect(drawn).to.have.length(5000);
    expect(drawn.every((s) => s.painted === text.slice(s.from, s.to))).to.equal(true);
    expect(view.shadowRoot!.querySelector('.span-layer')!.children.length).to.be.below(10);
    // a new span in the middle of the document, by mouse
    await chooseByHotkey(ws, '1');
    const at = text.indexOf('Omicron', text.length / 2);
    await drag(ws, view, at, at + 7);
    const added = ws.getAnnotation().result.at(-1)!;
    expect(added.value).to.deep.equal({ start: at, end: at + 7, text: 'Omicron', labels: ['Person'] });
    expect(drawnSpans(view).find((s) => s.id === added.id)?.painted).to.equal('Omicron');
  });
});
