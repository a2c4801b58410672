import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { deepQuery, loadFixture, mountWorkspace, nextChange, recordChanges } from '../workspace-fixture.js';
import { click } from '../pointer.js';
import type { LabelPairwise } from '../../../src/elements/controls/label-pairwise.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';

const side = (ws: LabelWorkspace, which: 'left' | 'right') =>
  deepQuery<LabelPairwise>(ws, 'label-pairwise')!.shadowRoot!.querySelector<HTMLButtonElement>(
    `[data-side="${which}"]`,
  )!;
const object = (ws: LabelWorkspace, name: string) => deepQuery<HTMLElement>(ws, `[data-object="${name}"]`)!;
/** Whether an object carries the selection mark (the default one is an accent outline). */
const marked = (ws: LabelWorkspace, name: string) =>
  getComputedStyle(object(ws, name)).outlineStyle === 'solid';

async function fixtureWorkspace(options: { readonly?: boolean } = {}): Promise<LabelWorkspace> {
  const { config, annotation } = await loadFixture('pairwise');
  return mountWorkspace(config, annotation!, { annotationId: '1001', ...options });
}

describe('<label-pairwise>', () => {
  afterEach(() => resetMouse());

  it('shows the fixture annotation: right chosen, and the right text marked', async () => {
    const ws = await fixtureWorkspace();
    expect(side(ws, 'right').getAttribute('aria-checked')).to.equal('true');
    expect(side(ws, 'left').getAttribute('aria-checked')).to.equal('false');
    expect(side(ws, 'left').textContent).to.contain('txt-1');
    expect(marked(ws, 'txt-2')).to.equal(true);
    expect(marked(ws, 'txt-1')).to.equal(false);
  });

  it('writes {selected} with to_name = its own name, keeping the result id', async () => {
    const ws = await fixtureWorkspace();
    const change = nextChange(ws);
    await click(side(ws, 'left'));
    const item = (await change).annotation.result[0]!;
    expect(item).to.deep.include({ id: 'Dx_aB91ISN', from_name: 'pw', to_name: 'pw', type: 'pairwise' });
    expect(item.value).to.deep.equal({ selected: 'left' });
    await deepQuery<LabelPairwise>(ws, 'label-pairwise')!.updateComplete;
    expect(marked(ws, 'txt-1')).to.equal(true);
    expect(marked(ws, 'txt-2')).to.equal(false);
  });

  it('moves the choice with the arrow keys, like a radio group', async () => {
    const ws = await mountWorkspace(
      '<View><Pairwise name="pw" toName="a,b"/><Text name="a" value="$a"/><Text name="b" value="$b"/></View>',
      {
        data: { a: 'first', b: 'second' },
      },
    );
    const seen = recordChanges(ws);
    expect(side(ws, 'left').tabIndex).to.equal(0);
    expect(side(ws, 'right').tabIndex).to.equal(-1);
    side(ws, 'left').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(seen.at(-1)!.annotation.result[0]).to.deep.include({
      from_name: 'pw',
      to_name: 'pw',
      type: 'pairwise',
      value: { selected: 'right' },
    });
    await sendKeys({ press: 'ArrowLeft' });
    expect(seen.at(-1)!.annotation.result[0]!.value).to.deep.equal({ selected: 'left' });
    expect(deepQuery<LabelPairwise>(ws, 'label-pairwise')!.shadowRoot!.activeElement).to.equal(
      side(ws, 'left'),
    );
  });

  it('clears the choice when the chosen side is picked again', async () => {
    const ws = await fixtureWorkspace();
    const change = nextChange(ws);
    await click(side(ws, 'right'));
    expect((await change).annotation.result).to.deep.equal([]);
  });

  it('picks a side when its object is clicked, and adds leftClass/rightClass to the objects', async () => {
    const ws = await fixtureWorkspace();
    expect(object(ws, 'txt-1').classList.contains('yo1')).to.equal(true);
    expect(object(ws, 'txt-2').classList.contains('yo2')).to.equal(true);
    const change = nextChange(ws);
    await click(object(ws, 'txt-1'));
    expect((await change).annotation.result[0]!.value).to.deep.equal({ selected: 'left' });
  });

  it('applies selectionStyle, guarded, to the chosen object', async () => {
    const xml = `<View><Pairwise name="pw" toName="a,b" selectionStyle="background-color: rgb(1, 2, 3); background-image: url(https://attacker.example/x)"/>
      <Text name="a" value="$a"/><Text name="b" value="$b"/></View>`;
    const ws = await mountWorkspace(xml, { data: { a: 'first', b: 'second' } });
    await click(side(ws, 'left'));
    await deepQuery<LabelPairwise>(ws, 'label-pairwise')!.updateComplete;
    expect(object(ws, 'a').style.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(object(ws, 'a').getAttribute('style')).not.to.contain('attacker');
  });

  it('is read-only in a read-only workspace', async () => {
    const ws = await fixtureWorkspace({ readonly: true });
    const seen = recordChanges(ws);
    expect(side(ws, 'left').disabled).to.equal(true);
    await click(object(ws, 'txt-1'));
    expect(seen).to.have.length(0);
  });

  it('says what is wrong when toName does not name two objects', async () => {
    const ws = await mountWorkspace(
      '<View><Pairwise name="pw" toName="a"/><Text name="a" value="$a"/></View>',
      { data: { a: 'x' } },
    );
    const alert = deepQuery<LabelPairwise>(ws, 'label-pairwise')!.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('two different objects');
  });
});
