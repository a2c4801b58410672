import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountWorkspace, recordChanges, settle } from '../workspace-fixture.js';
import {
  chord,
  clickOn,
  control,
  deepActiveElement,
  press,
  resultsWithoutIds,
} from '../controls/real-input.js';
import { announced, clickChar, drag, drawnSpans, shiftPress, textView } from './text-input.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';

const TEXT = 'Alice met Bob in Paris on Monday.';
const at = (word: string) => TEXT.indexOf(word);

const config = (textAttrs = '', labelsAttrs = '') => `<View>
  <Labels name="ner" toName="text" ${labelsAttrs}>
    <Label value="Person" background="red"/>
    <Label value="Location" background="#0000ff"/>
    <Label value="Date" alias="DATE" background="green"/>
  </Labels>
  <Text name="text" value="$text" ${textAttrs}/>
</View>`;

async function open(textAttrs = '', labelsAttrs = '', text = TEXT): Promise<LabelWorkspace> {
  return mountWorkspace(config(textAttrs, labelsAttrs), { data: { text } });
}

async function choose(ws: LabelWorkspace, label: string): Promise<void> {
  const palette = control(ws, 'label-labels', 'ner');
  const button = [...palette.shadowRoot!.querySelectorAll('button')].find((b) =>
    b.textContent?.includes(label),
  );
  if (!button) throw new Error(`no ${label} button`);
  await clickOn(ws, button);
}

function span(start: number, end: number, labels: string[], text = TEXT) {
  return {
    value: { start, end, text: text.slice(start, end), labels },
    from_name: 'ner',
    to_name: 'text',
    type: 'labels',
    origin: 'manual',
  };
}

describe('<Text> spans: creating', () => {
  it('a mouse drag with a chosen label makes a span written exactly as Label Studio writes it', async () => {
    const ws = await open();
    const changes = recordChanges(ws);
    await choose(ws, 'Person');
    await drag(ws, textView(ws), at('Alice'), at('Alice') + 5);
    expect(resultsWithoutIds(ws)).to.deep.equal([span(0, 5, ['Person'])]);
    const [item] = ws.getAnnotation().result;
    // key order of the editor's serializer (ls-spec §6.8): value keys start, end, text, labels
    expect(Object.keys(item!)).to.deep.equal(['value', 'id', 'from_name', 'to_name', 'type', 'origin']);
    expect(Object.keys(item!.value!)).to.deep.equal(['start', 'end', 'text', 'labels']);
    expect(item!.id).to.match(/^[A-Za-z0-9_-]{10}$/);
    expect(changes).to.have.length(1);
    // the native selection is gone and the span is drawn over the same characters
    expect(document.getSelection()!.toString()).to.equal('');
    expect(drawnSpans(textView(ws)).map((s) => s.painted)).to.deep.equal(['Alice']);
    expect(announced(textView(ws))).to.equal('Created span ‘Alice’ labelled Person');
  });

  it('makes nothing without a chosen label, and keeps the selection for Enter once one is chosen', async () => {
    const ws = await open();
    const view = textView(ws);
    await drag(ws, view, at('Bob'), at('Bob') + 3);
    expect(ws.getAnnotation().result).to.deep.equal([]);
    expect(document.getSelection()!.toString()).to.equal('Bob');
    await press(ws, '1'); // Person's automatic hotkey (ls-spec §2.6)
    focusText(ws);
    await press(ws, 'Enter');
    expect(resultsWithoutIds(ws)).to.deep.equal([span(at('Bob'), at('Bob') + 3, ['Person'])]);
  });

  it('writes the alias of a label with one, and no text with saveTextResult="no"', async () => {
    const ws = await open('saveTextResult="no"');
    await choose(ws, 'Date');
    await drag(ws, textView(ws), at('Monday'), at('Monday') + 6);
    expect(resultsWithoutIds(ws)).to.deep.equal([
      {
        value: { start: at('Monday'), end: at('Monday') + 6, labels: ['DATE'] },
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        origin: 'manual',
      },
    ]);
  });

  it('is made from the keyboard: Shift+arrows select, Enter labels', async () => {
    const ws = await open();
    const view = textView(ws);
    const container = focusText(ws);
    expect(deepActiveElement()).to.equal(container);
    await press(ws, '2'); // Location (hotkeys work while focus is in the workspace)
    // caret starts at the beginning; move to "Paris" by words, then select it by characters
    await sendKeys({ down: 'Control' });
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Control' });
    await settle(ws);
    const caret = view.shadowRoot!.querySelector<HTMLElement>('.span-layer .caret');
    expect(caret, 'a caret is drawn while the text has focus').to.exist;
    await press(ws, 'ArrowRight'); // past the space after "in"
    await shiftPress(ws, 'ArrowRight', 5);
    expect(document.getSelection()!.toString()).to.equal('Paris');
    await press(ws, 'Enter');
    expect(resultsWithoutIds(ws)).to.deep.equal([span(at('Paris'), at('Paris') + 5, ['Location'])]);
    expect(announced(view)).to.equal('Created span ‘Paris’ labelled Location');
  });

  it('snaps to whole words with granularity="word" (trimming white space first, as Label Studio)', async () => {
    const ws = await open('granularity="word"');
    await choose(ws, 'Person');
    // from inside "Alice" to inside "Bob", with the drag starting and ending mid-word
    await drag(ws, textView(ws), at('Alice') + 2, at('Bob') + 2);
    expect(resultsWithoutIds(ws)).to.deep.equal([span(0, at('Bob') + 3, ['Person'])]);
  });

  it('takes granularity from the chosen Label too', async () => {
    const xml = `<View><Labels name="ner" toName="text"><Label value="Person" granularity="word"/></Labels><Text name="text" value="$text"/></View>`;
    const ws = await mountWorkspace(xml, { data: { text: TEXT } });
    focusText(ws);
    await press(ws, '1');
    await drag(ws, textView(ws), at('Paris') + 1, at('Paris') + 3);
    expect(resultsWithoutIds(ws)).to.deep.equal([span(at('Paris'), at('Paris') + 5, ['Person'])]);
  });

  it('ignores a selection of white space only', async () => {
    const ws = await open();
    await choose(ws, 'Person');
    await drag(ws, textView(ws), at('met') + 3, at('met') + 4);
    expect(ws.getAnnotation().result).to.deep.equal([]);
  });

  it('allows overlapping and nested spans and paints them on separate levels', async () => {
    const ws = await open();
    const view = textView(ws);
    await choose(ws, 'Location');
    await drag(ws, view, at('Bob'), at('Paris') + 5); // "Bob in Paris"
    await drag(ws, view, at('Paris'), at('Paris') + 5); // "Paris", nested
    await choose(ws, 'Person');
    await drag(ws, view, at('met'), at('Bob') + 3); // "met Bob", overlapping the first
    const drawn = drawnSpans(view);
    expect(drawn.map((s) => s.painted)).to.deep.equal(['met Bob', 'Bob in Paris', 'Paris']);
    const levels = new Map(drawn.map((s) => [s.painted, s.level]));
    expect(levels.get('Bob in Paris')).to.not.equal(levels.get('met Bob'));
    expect(levels.get('Bob in Paris')).to.not.equal(levels.get('Paris'));
    // each (colour, level) is its own registered highlight, styled in the view's shadow root
    const names = drawn.map((s) => view.spanLayer.painter!.highlightOf(s.id)!);
    expect(new Set(names).size).to.equal(3);
    for (const name of names) expect(CSS.highlights.has(name)).to.equal(true);
    const rules = [...view.shadowRoot!.adoptedStyleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
      .join('\n');
    expect(rules).to.contain(`::highlight(${names[0]})`);
    expect(rules).to.match(/color-mix\(in srgb, red 30%, transparent( 70%)?\)/);
    expect(rules).to.match(/color-mix\(in srgb, (#0000ff|rgb\(0, 0, 255\)) 30%, transparent( 70%)?\)/);
  });
});

describe('<Text> spans: selecting and editing', () => {
  async function withSpans(): Promise<LabelWorkspace> {
    const ws = await open();
    ws.addResults([
      {
        id: 'outer',
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        value: { start: at('Bob'), end: at('Paris') + 5, text: 'Bob in Paris', labels: ['Location'] },
      },
      {
        id: 'inner',
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        value: { start: at('Paris'), end: at('Paris') + 5, text: 'Paris', labels: ['Location'] },
      },
      {
        id: 'alice',
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        value: { start: 0, end: 5, text: 'Alice', labels: ['Person'] },
      },
    ]);
    await settle(ws);
    return ws;
  }

  it('a click selects the innermost span under the pointer; a click on plain text clears it', async () => {
    const ws = await withSpans();
    const view = textView(ws);
    await clickChar(ws, view, at('Paris') + 2);
    expect(await selection(ws)).to.deep.equal(['inner']);
    await clickChar(ws, view, at('Bob') + 1);
    expect(await selection(ws)).to.deep.equal(['outer']);
    const outline = view.shadowRoot!.querySelector('.span-layer .outline');
    expect(outline?.getAttribute('data-span')).to.equal('outer');
    expect(announced(view)).to.equal('Selected span ‘Bob in Paris’ labelled Location (2 of 3)');
    await clickChar(ws, view, at('Monday'));
    expect(await selection(ws)).to.deep.equal([]);
    expect(view.shadowRoot!.querySelector('.span-layer .outline')).to.equal(null);
  });

  it('] and [ move between spans in reading order and announce each', async () => {
    const ws = await withSpans();
    const view = textView(ws);
    focusText(ws);
    await press(ws, ']');
    expect(await selection(ws)).to.deep.equal(['alice']);
    expect(announced(view)).to.equal('Selected span ‘Alice’ labelled Person (1 of 3)');
    await press(ws, ']');
    await press(ws, ']');
    expect(await selection(ws)).to.deep.equal(['inner']);
    expect(announced(view)).to.equal('Selected span ‘Paris’ labelled Location (3 of 3)');
    await press(ws, '[');
    expect(await selection(ws)).to.deep.equal(['outer']);
    await press(ws, 'Escape');
    expect(await selection(ws)).to.deep.equal([]);
    expect(announced(view)).to.equal('No span selected');
  });

  it('choosing a label while a span is selected relabels it, and undo takes it back', async () => {
    const ws = await withSpans();
    const view = textView(ws);
    await clickChar(ws, view, 1);
    const palette = control(ws, 'label-labels', 'ner');
    const pressed = () =>
      [...palette.shadowRoot!.querySelectorAll('button[aria-pressed="true"]')].map((b) =>
        b.textContent!.trim(),
      );
    expect(pressed()).to.deep.equal(['Person1']); // the palette shows the selected span's label (and its hotkey)
    await choose(ws, 'Date');
    const alice = () => ws.getAnnotation().result.find((r) => r.id === 'alice')!.value;
    expect(alice()).to.deep.equal({ start: 0, end: 5, text: 'Alice', labels: ['DATE'] });
    await press(ws, '2'); // a label hotkey relabels too
    expect(alice()!.labels).to.deep.equal(['Location']);
    await chord(ws, ['Control', 'z']);
    await chord(ws, ['Control', 'z']);
    expect(alice()!.labels).to.deep.equal(['Person']);
    // nothing was chosen for drawing: after deselecting, a drag makes no span
    await press(ws, 'Escape');
    await drag(ws, view, at('Monday'), at('Monday') + 6);
    expect(ws.getAnnotation().result).to.have.length(3);
  });

  it('Delete removes the selected span; undo brings it back, drawn again', async () => {
    const ws = await withSpans();
    const view = textView(ws);
    await clickChar(ws, view, at('Paris') + 1);
    await press(ws, 'Delete');
    expect(ws.getAnnotation().result.map((r) => r.id)).to.deep.equal(['outer', 'alice']);
    expect(drawnSpans(view).map((s) => s.id)).to.deep.equal(['alice', 'outer']);
    expect(announced(view)).to.equal('Deleted span ‘Paris’');
    await chord(ws, ['Control', 'z']);
    expect(ws.getAnnotation().result.map((r) => r.id)).to.deep.equal(['outer', 'inner', 'alice']);
    expect(drawnSpans(view).map((s) => s.painted)).to.deep.equal(['Alice', 'Bob in Paris', 'Paris']);
  });

  it('readonly: spans can be selected but not made or deleted', async () => {
    const ws = await mountWorkspace(config(), { data: { text: TEXT } }, { readonly: true });
    ws.readonly = false;
    ws.addResults([
      {
        id: 'alice',
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        value: { start: 0, end: 5, text: 'Alice', labels: ['Person'] },
      },
    ]);
    ws.readonly = true;
    await settle(ws);
    const view = textView(ws);
    focusText(ws);
    await press(ws, '1');
    await drag(ws, view, at('Bob'), at('Bob') + 3);
    await clickChar(ws, view, 2);
    expect(await selection(ws)).to.deep.equal(['alice']);
    await press(ws, 'Delete');
    expect(ws.getAnnotation().result.map((r) => r.id)).to.deep.equal(['alice']);
  });

  it('shows label tags over spans with showLabels', async () => {
    const ws = await open('showLabels="true"');
    ws.addResults([
      {
        id: 'alice',
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        value: { start: 0, end: 5, text: 'Alice', labels: ['Person'] },
      },
    ]);
    await settle(ws);
    const tag = textView(ws).shadowRoot!.querySelector<HTMLElement>('.span-layer .tag');
    expect(tag?.textContent).to.equal('Person');
    expect(tag?.dataset.span).to.equal('alice');
  });

  it('removes its highlights from the document registry when it leaves the page', async () => {
    const ws = await withSpans();
    const view = textView(ws);
    const names = drawnSpans(view).map((s) => view.spanLayer.painter!.highlightOf(s.id)!);
    ws.remove();
    for (const name of names) expect(CSS.highlights.has(name)).to.equal(false);
  });
});

function focusText(ws: LabelWorkspace): HTMLElement {
  const container = textView(ws).shadowRoot!.querySelector<HTMLElement>('.htx-text')!;
  container.focus();
  return container;
}

/** The store's selected region ids, after the workspace has rendered. */
async function selection(ws: LabelWorkspace): Promise<readonly string[]> {
  await settle(ws);
  return textView(ws).workspace?.store.selection ?? [];
}
