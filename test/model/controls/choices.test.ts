import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  choiceMode,
  choiceOptions,
  choicesLayout,
  choicesPayload,
  flattenOptions,
  isChosen,
  isPartlyChosen,
  preselectedPayload,
  selectionFromOptions,
  selectionOf,
  toggleChoice,
  toggledPayload,
  type ChoiceOption,
} from '../../../src/model/controls/choices.js';
import { choice, node } from './config-nodes.js';

const sentiment = () =>
  node('Choices', { name: 'sentiment', choice: 'single' }, [
    choice('Positive'),
    choice('Negative'),
    choice('Neutral'),
  ]);

function byLabel(options: readonly ChoiceOption[], label: string): ChoiceOption {
  const found = flattenOptions(options).find((o) => o.label === label);
  if (!found) throw new Error(`no option ${label}`);
  return found;
}

/** Clicks the options named, one after the other, and gives the payload Label Studio would write. */
function click(control: ReturnType<typeof node>, labels: string[], start: unknown = undefined): unknown {
  const options = choiceOptions(control);
  let selection = selectionOf(options, start);
  for (const label of labels)
    selection = toggleChoice(selection, byLabel(options, label), choiceMode(control));
  return choicesPayload(options, selection);
}

describe('choices model', () => {
  it('reads mode and layout, showInline overriding layout as Label Studio does', () => {
    expect(choiceMode(node('Choices', {}))).to.equal('single');
    expect(choiceMode(node('Choices', { choice: 'single-radio' }))).to.equal('single-radio');
    expect(choiceMode(node('Choices', { choice: 'bogus' }))).to.equal('single');
    expect(choicesLayout(node('Choices', {}))).to.equal('vertical');
    expect(choicesLayout(node('Choices', { layout: 'select' }))).to.equal('select');
    expect(choicesLayout(node('Choices', { layout: 'select', showInline: true }))).to.equal('inline');
    expect(choicesLayout(node('Choices', { layout: 'inline', showInline: false }))).to.equal('vertical');
  });

  it('single: one at a time, and a click on the chosen one clears it', () => {
    const control = sentiment();
    expect(click(control, ['Positive'])).to.deep.equal(['Positive']);
    expect(click(control, ['Positive', 'Negative'])).to.deep.equal(['Negative']);
    expect(click(control, ['Positive', 'Positive'])).to.equal(undefined);
  });

  it('multiple: toggles each and writes document order, not click order', () => {
    const control = node('Choices', { choice: 'multiple' }, [choice('A'), choice('B'), choice('C')]);
    expect(click(control, ['C', 'A'])).to.deep.equal(['A', 'C']);
    expect(click(control, ['C', 'A', 'C'])).to.deep.equal(['A']);
    expect(click(control, ['B'], ['A', 'C'])).to.deep.equal(['A', 'B', 'C']);
  });

  it('writes aliases and reads them back', () => {
    const control = node('Choices', { choice: 'single-radio' }, [
      choice('Missing words', [], { alias: 'missing-words' }),
      choice('Valid', [], { alias: 'valid' }),
    ]);
    const options = choiceOptions(control);
    expect(options.map((o) => o.label)).to.deep.equal(['Missing words', 'Valid']);
    expect(click(control, ['Valid'])).to.deep.equal(['valid']);
    expect(isChosen(byLabel(options, 'Valid'), selectionOf(options, ['valid']))).to.equal(true);
    expect(isChosen(byLabel(options, 'Valid'), selectionOf(options, ['Valid']))).to.equal(false);
  });

  it('accepts a bare string payload and ignores values the config does not offer', () => {
    const options = choiceOptions(sentiment());
    expect([...selectionOf(options, 'Neutral')]).to.have.length(1);
    expect(choicesPayload(options, selectionOf(options, ['Gone', 'Neutral']))).to.deep.equal(['Neutral']);
  });

  it('finds choices wrapped in Views and skips nested ones without allowNested', () => {
    const control = node('Choices', {}, [
      node('View', {}, [choice('A', [choice('A1')])]),
      node('Header', { value: 'x' }),
      choice('B'),
    ]);
    const options = choiceOptions(control);
    expect(flattenOptions(options).map((o) => o.label)).to.deep.equal(['A', 'B']);
    expect(options[0]!.value).to.equal('A');
  });

  describe('allowNested', () => {
    const nested = (mode = 'multiple') =>
      node('Choices', { choice: mode, allowNested: true }, [
        choice('P', [choice('A'), choice('B', [], { alias: 'b' })]),
        choice('Q'),
      ]);

    it('writes root-to-node paths, aliases included', () => {
      expect(click(nested(), ['A'])).to.deep.equal([['P', 'A']]);
      expect(click(nested(), ['B', 'Q'])).to.deep.equal([['P', 'b'], ['Q']]);
    });

    it('a parent picks its subtree, and is listed once all its children are chosen', () => {
      expect(click(nested(), ['P'])).to.deep.equal([['P'], ['P', 'A'], ['P', 'b']]);
      expect(click(nested(), ['A', 'B'])).to.deep.equal([['P'], ['P', 'A'], ['P', 'b']]);
      expect(click(nested(), ['P', 'A'])).to.deep.equal([['P', 'b']]);
    });

    it('shows a parent with some children chosen as mixed', () => {
      const options = choiceOptions(nested());
      const selection = selectionOf(options, [['P', 'A']]);
      expect(isPartlyChosen(byLabel(options, 'P'), selection)).to.equal(true);
      expect(isChosen(byLabel(options, 'P'), selection)).to.equal(false);
    });

    it('reads a parent path alone as nothing chosen, as Label Studio does', () => {
      const options = choiceOptions(nested());
      expect([...selectionOf(options, [['P']])]).to.deep.equal([]);
    });

    it('indents by depth', () => {
      expect(flattenOptions(choiceOptions(nested())).map((o) => o.depth)).to.deep.equal([0, 1, 1, 0]);
    });
  });

  it('a select picks exactly the options it reports', () => {
    const control = node('Choices', { choice: 'multiple', allowNested: true }, [
      choice('P', [choice('A'), choice('B')]),
      choice('Q'),
    ]);
    const options = choiceOptions(control);
    const selection = selectionFromOptions([byLabel(options, 'P'), byLabel(options, 'Q')]);
    expect(choicesPayload(options, selection)).to.deep.equal([['P'], ['P', 'A'], ['P', 'B'], ['Q']]);
  });

  it('toggledPayload gives hotkeys the same result as a click', () => {
    const control = sentiment();
    const negative = control.children[1]!;
    expect(toggledPayload(control, ['Positive'], negative)).to.deep.equal(['Negative']);
    expect(toggledPayload(control, ['Negative'], negative)).to.equal(undefined);
  });

  it('preselectedPayload lists the selected="true" choices', () => {
    const control = node('Choices', {}, [choice('No Action', [], { selected: true }), choice('Training')]);
    expect(preselectedPayload(control)).to.deep.equal(['No Action']);
    expect(preselectedPayload(sentiment())).to.equal(undefined);
  });

  it('property: the payload of any click sequence reads back as the same selection', () => {
    const control = node('Choices', { choice: 'multiple', allowNested: true }, [
      choice('P', [choice('A'), choice('B', [choice('B1'), choice('B2')])]),
      choice('Q'),
    ]);
    const options = choiceOptions(control);
    const all = flattenOptions(options);
    fc.assert(
      fc.property(
        fc.array(fc.nat(all.length - 1), { maxLength: 12 }),
        fc.constantFrom('single', 'multiple') as fc.Arbitrary<'single' | 'multiple'>,
        (clicks, mode) => {
          let selection = selectionOf(options, undefined);
          for (const i of clicks) selection = toggleChoice(selection, all[i]!, mode);
          const payload = choicesPayload(options, selection);
          expect([...selectionOf(options, payload)].sort()).to.deep.equal([...selection].sort());
        },
      ),
    );
  });
});
