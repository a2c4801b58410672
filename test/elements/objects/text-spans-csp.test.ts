import { expect } from '@open-wc/testing';
import { mountWorkspace, settle } from '../workspace-fixture.js';
import { press } from '../controls/real-input.js';
import { clickChar, drag, drawnSpans, textView } from './text-input.js';

/**
 * bad-inputs S17: spans, their overlay (outline, caret, label tags) and relation arrows work on a page
 * whose CSP allows no inline style and enforces Trusted Types. Highlights are `::highlight()` rules in
 * a constructed style sheet and overlay boxes are placed through the CSSOM, both allowed. (A page
 * keeps a CSP once it has one, so this file runs alone in its own page.)
 */
describe('<Text> spans under a strict CSP', () => {
  it('draws, creates and selects spans with no violation', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content =
      "style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html label-workspace";
    document.head.append(meta);
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(
        `${e.violatedDirective}: ${e.sample} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${(e.target as Element)?.nodeName}`,
      ),
    );
    // the probe: an inline style element is now refused (and reported)
    const probe = document.createElement('style');
    probe.textContent = 'body { outline: 1px solid red }';
    document.head.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.length).to.be.greaterThan(0);
    probe.remove();
    violations.length = 0;

    const text = 'Alice met Bob in Paris.';
    const ws = await mountWorkspace(
      `<View><Labels name="ner" toName="text"><Label value="Person" background="red"/></Labels>
        <Text name="text" value="$text" showLabels="true"/><Relations/></View>`,
      {
        data: { text },
        annotations: [
          {
            id: 'a',
            result: [
              {
                id: 'p',
                from_name: 'ner',
                to_name: 'text',
                type: 'labels',
                value: { start: 17, end: 22, text: 'Paris', labels: ['Person'] },
              },
              {
                id: 'b',
                from_name: 'ner',
                to_name: 'text',
                type: 'labels',
                value: { start: 10, end: 13, text: 'Bob', labels: ['Person'] },
              },
              { from_id: 'b', to_id: 'p', type: 'relation', direction: 'right' },
            ],
          },
        ],
      },
      { annotationId: 'a' },
    );
    const view = textView(ws);
    view.shadowRoot!.querySelector<HTMLElement>('.htx-text')!.focus();
    await press(ws, '1');
    await drag(ws, view, 0, 5);
    await clickChar(ws, view, 18);
    await settle(ws);
    expect(drawnSpans(view).map((s) => s.painted)).to.deep.equal(['Alice', 'Bob', 'Paris']);
    const layer = view.shadowRoot!.querySelector('.span-layer')!;
    expect(layer.querySelector('.outline')).to.exist;
    expect(layer.querySelectorAll('.tag')).to.have.length(3);
    expect(layer.querySelectorAll('.relations > path')).to.have.length(1);
    expect(violations).to.deep.equal([]);
  });
});
