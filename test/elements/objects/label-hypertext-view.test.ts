import { expect } from '@open-wc/testing';
import { deepQuery, loadFixture, mountWorkspace } from '../workspace-fixture.js';
import type { LabelHypertextView } from '../../../src/elements/objects/label-hypertext-view.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';

const config = (attrs = '') => `<View><HyperText name="h" value="$html" ${attrs}/></View>`;

function content(ws: LabelWorkspace): ShadowRoot {
  return deepQuery<LabelHypertextView>(ws, 'label-hypertext-view')!.shadowRoot!;
}

/** bad-inputs S4: every payload that has run script or loaded something in another tool. */
const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<iframe srcdoc="<script>parent.__pwned = 2</script>"></iframe>',
  '<svg onload="window.__pwned = 3"><circle r="5"/></svg>',
  '<a href="javascript:window.__pwned = 4">click me</a>',
  '<form action="javascript:window.__pwned = 5"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=https://attacker.example/">',
  '<base href="https://attacker.example/">',
  '<object data="https://attacker.example/x.swf"></object><embed src="https://attacker.example/y">',
  '<style>@import url(https://attacker.example/s.css); * { display: none }</style>',
  '<img src="https://attacker.example/beacon.gif" alt="beacon">',
  '<img src=x onerror="window.__pwned = 7">',
  '<div style="background: url(https://attacker.example/bg.png); color: red">styled</div>',
  '<p onclick="window.__pwned = 8" onmouseover="window.__pwned = 9">handlers</p>',
  '<table background="https://attacker.example/t.png"><tr><td>cell</td></tr></table>',
  '<img srcset="https://attacker.example/1x.png 1x">',
  '<video poster="https://attacker.example/p.png"><source src="https://attacker.example/v.mp4"></video>',
  // last: its unclosed <style> swallows everything after it
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = 6">',
].join('\n');

describe('<label-hypertext-view>', () => {
  it('renders the dialogue_analysis dialogue with its inline styles', async () => {
    const { config: xml, tasks } = await loadFixture('dialogue_analysis');
    const ws = await mountWorkspace(xml, tasks[0]!);
    const root = content(ws);
    const speakers = [...root.querySelectorAll('b')].map((b) => b.textContent);
    expect(speakers).to.deep.equal(['Jules', 'Vincent', 'The Wolf']);
    const bubble = root.querySelector<HTMLElement>('div[style*="float"]')!;
    expect(getComputedStyle(bubble).float).to.equal('right');
    expect(root.textContent).to.contain('So pretty please, with sugar on top, clean the car.');
  });

  it('lets no hostile payload run, load or leave a handler (bad-inputs S4)', async () => {
    const w = window as unknown as { __pwned?: number };
    delete w.__pwned;
    const alerts: unknown[] = [];
    const original = window.alert;
    window.alert = (message?: unknown) => alerts.push(message);
    try {
      const ws = await mountWorkspace(config(), { data: { html: HOSTILE } });
      const root = content(ws);
      for (const link of root.querySelectorAll('a')) link.click();
      for (const p of root.querySelectorAll('p')) p.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(w.__pwned).to.equal(undefined);
      expect(alerts).to.deep.equal([]);
      expect(
        root.querySelectorAll(
          'script, iframe, svg, math, form, meta, base, object, embed, style, video, source',
        ),
      ).to.have.length(0);
      const all = [...root.querySelectorAll('*')];
      expect(
        all.flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => name.startsWith('on')),
      ).to.deep.equal([]);
      expect(
        all.filter(
          (el) => el.hasAttribute('srcset') || el.hasAttribute('background') || el.hasAttribute('poster'),
        ),
      ).to.deep.equal([]);
      for (const img of root.querySelectorAll('img'))
        expect(img.getAttribute('src') ?? '').not.to.contain('attacker');
      for (const el of root.querySelectorAll<HTMLElement>('[style]'))
        expect(el.getAttribute('style')).not.to.contain('url(');
      expect(
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => n.includes('attacker')),
      ).to.deep.equal([]);
      expect(root.textContent).to.contain('click me').and.contain('styled').and.contain('cell');
    } finally {
      window.alert = original;
    }
  });

  it('keeps links inert by default, showing where they lead', async () => {
    const ws = await mountWorkspace(config(), {
      data: { html: '<a href="https://example.com/doc">doc</a>' },
    });
    const link = content(ws).querySelector('a')!;
    expect(link.hasAttribute('href')).to.equal(false);
    expect(link.title).to.equal('https://example.com/doc');
  });

  it('makes http(s) links open in a new tab with clickableLinks, and drops other schemes', async () => {
    const html =
      '<a href="https://example.com/doc">doc</a><a href="javascript:alert(1)">bad</a><a href="ftp://x/y">ftp</a>';
    const ws = await mountWorkspace(config('clickableLinks="true"'), { data: { html } });
    const [doc, bad, ftp] = [...content(ws).querySelectorAll('a')];
    expect(doc!.getAttribute('href')).to.equal('https://example.com/doc');
    expect(doc!.target).to.equal('_blank');
    expect(doc!.rel).to.contain('noopener').and.contain('noreferrer');
    expect(bad!.hasAttribute('href')).to.equal(false);
    expect(ftp!.hasAttribute('href')).to.equal(false);
  });

  it('keeps inline raster images and same-origin images', async () => {
    const pixel = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const html = `<img src="${pixel}" alt="dot"><img src="/__shared/README.md" alt="local">`;
    const ws = await mountWorkspace(config(), { data: { html } });
    const [dot, local] = [...content(ws).querySelectorAll('img')];
    expect(dot!.getAttribute('src')).to.equal(pixel);
    expect(local!.getAttribute('src')).to.equal('/__shared/README.md');
  });

  it('keeps position: fixed content inside its own box', async () => {
    const html = '<div style="position: fixed; inset: 0; background: red">overlay</div>';
    const ws = await mountWorkspace(config(), { data: { html } });
    const box = content(ws).querySelector<HTMLElement>('.content')!;
    const overlay = content(ws).querySelector<HTMLElement>('[style*="fixed"]')!;
    const boxRect = box.getBoundingClientRect();
    const rect = overlay.getBoundingClientRect();
    expect(rect.width).to.be.at.most(boxRect.width + 1);
    expect(rect.top).to.be.at.least(boxRect.top - 1);
  });

  it('renders inner markup of <HyperText> when it has no value', async () => {
    const ws = await mountWorkspace(
      '<View><HyperText name="h"><p>Static <b>note</b></p></HyperText></View>',
      { data: {} },
    );
    expect(content(ws).querySelector('b')?.textContent).to.equal('note');
  });
});
