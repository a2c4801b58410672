import { expect, oneEvent } from '@open-wc/testing';
import { deepQuery, loadFixture, mountWorkspace } from '../workspace-fixture.js';
import type { LabelTextView } from '../../../src/elements/objects/label-text-view.js';
import type { LoadErrorDetail } from '../../../src/events/index.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';

const config = (attrs = '') => `<View><Text name="t" value="$text" ${attrs}/></View>`;

function textView(ws: LabelWorkspace): LabelTextView {
  return deepQuery<LabelTextView>(ws, 'label-text-view')!;
}

function shownText(ws: LabelWorkspace): string | null | undefined {
  return textView(ws).shadowRoot!.querySelector('.htx-text')?.textContent;
}

async function settled(ws: LabelWorkspace): Promise<LabelTextView> {
  const view = textView(ws);
  await view.ready;
  return view;
}

describe('<label-text-view>', () => {
  it('shows the sentiment_analysis review exactly', async () => {
    const { config: xml, tasks } = await loadFixture('sentiment_analysis');
    const ws = await mountWorkspace(xml, tasks[0]!);
    expect(shownText(ws)).to.equal(tasks[0]!.data.reviewText);
  });

  it('shows markup in the data as text and runs nothing (bad-inputs S3)', async () => {
    const calls: unknown[] = [];
    const original = window.alert;
    window.alert = (message?: unknown) => calls.push(message);
    try {
      const text = '<img src=x onerror=alert(1)>\n<script>alert(2)</script><b>bold?</b>';
      const ws = await mountWorkspace(config(), { data: { text } });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const root = textView(ws).shadowRoot!;
      expect(shownText(ws)).to.equal(text);
      expect(root.querySelectorAll('img, script, b')).to.have.length(0);
      expect(calls).to.deep.equal([]);
    } finally {
      window.alert = original;
    }
  });

  it('keeps CRLF, emoji, combining marks and right-to-left text as they are (bad-inputs S18)', async () => {
    const text = 'line one\r\nline two 👩‍👩‍👧 e\u0301\n\u202Eevil\u202C שלום עולם';
    const ws = await mountWorkspace(config(), { data: { text } });
    const container = textView(ws).shadowRoot!.querySelector('.htx-text')!;
    expect(container.textContent).to.equal(text);
    expect(container.children).to.have.length(0);
    expect(getComputedStyle(container).whiteSpace).to.equal('pre-wrap');
  });

  it('keeps a 1 MB text as one real text node', async () => {
    const text = 'A fairly ordinary sentence of text.\n'.repeat(30_000);
    const ws = await mountWorkspace(config(), { data: { text } });
    const container = textView(ws).shadowRoot!.querySelector('.htx-text')!;
    const texts = [...container.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
    expect(texts).to.have.length(1);
    expect(container.children).to.have.length(0);
    expect(container.textContent!.length).to.equal(text.length);
  });

  it('lets a config <Style> target .htx-text', async () => {
    const xml = `<View><Style>.htx-text { color: rgb(1, 2, 3); }</Style><Text name="t" value="$text"/></View>`;
    const ws = await mountWorkspace(xml, { data: { text: 'styled' } });
    const container = textView(ws).shadowRoot!.querySelector('.htx-text')!;
    expect(getComputedStyle(container).color).to.equal('rgb(1, 2, 3)');
  });

  it('decodes base64 and base64unicode', async () => {
    const ws = await mountWorkspace(config('encoding="base64"'), { data: { text: btoa('plain ascii') } });
    expect(shownText(ws)).to.equal('plain ascii');
    const utf8 = btoa(String.fromCharCode(...new TextEncoder().encode('café ✓ 日本')));
    const ws2 = await mountWorkspace(config('encoding="base64unicode"'), { data: { text: utf8 } });
    expect(shownText(ws2)).to.equal('café ✓ 日本');
  });

  it('says so when the value is not base64', async () => {
    const ws = await mountWorkspace(config('encoding="base64"'), { data: { text: '%%% not base64' } });
    const alert = textView(ws).shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('not valid base64');
  });

  it('loads valueType="url" text from an absolute http(s) URL', async () => {
    const url = `${location.origin}/__shared/ls-fixtures/pairwise/config.xml`;
    const expected = await (await fetch(url)).text();
    const ws = await mountWorkspace(config('valueType="url"'), { data: { text: url } });
    await settled(ws);
    expect(shownText(ws)).to.equal(expected);
  });

  it('refuses other URLs with a message and a label-load-error, fetching nothing (bad-inputs S7, S8)', async () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      '../../etc/passwd',
      'data:text/html,<b>x</b>',
    ]) {
      const fetched = performance.getEntriesByType('resource').length;
      const { fixture, html } = await import('@open-wc/testing');
      const ws = await fixture<LabelWorkspace>(html`<label-workspace></label-workspace>`);
      const error = oneEvent(ws, 'label-load-error');
      ws.config = config('valueType="url"');
      ws.task = { data: { text: url } };
      const detail = (await error).detail as LoadErrorDetail;
      expect(detail).to.include({ object: 't', url });
      await settled(ws);
      const alert = textView(ws).shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain(url);
      expect(alert.children).to.have.length(0);
      expect(performance.getEntriesByType('resource').length).to.equal(fetched);
    }
  });

  it('reports a URL that fails to load', async () => {
    const url = `${location.origin}/__shared/ls-fixtures/no-such-file.txt`;
    const { fixture, html } = await import('@open-wc/testing');
    const ws = await fixture<LabelWorkspace>(html`<label-workspace></label-workspace>`);
    const error = oneEvent(ws, 'label-load-error');
    ws.config = config('valueType="url"');
    ws.task = { data: { text: url } };
    expect(((await error).detail as LoadErrorDetail).message).to.contain('404');
    await settled(ws);
    expect(textView(ws).shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain(
      'Could not load',
    );
  });
});
