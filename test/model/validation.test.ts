import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/config/index.js';
import { ResultIndex } from '../../src/model/result-index.js';
import { createVisibility } from '../../src/model/conditions.js';
import { validateAnnotation } from '../../src/model/validation.js';
import type { LSResult } from '../../src/format/types.js';

const CONFIG = `<View>
  <Text name="t" value="$text"/>
  <Labels name="ner" toName="t" maxUsages="2"><Label value="Person" maxUsages="1"/><Label value="Place" alias="LOC"/></Labels>
  <Choices name="mood" toName="t" required="true" requiredMessage="Pick a mood"><Choice value="A"/></Choices>
  <Number name="n" toName="t" min="1" max="5"/>
  <TextArea name="note" toName="t" perRegion="true" required="true" whenLabelValue="Person"/>
  <View visibleWhen="choice-selected" whenTagName="mood"><Rating name="r" toName="t" required="true"/></View>
</View>`;
const config = parseConfig(CONFIG, { text: 'Ann went to Paris and Rome' });

const span = (id: string, label: string, start: number): LSResult => ({
  value: { start, end: start + 3, labels: [label] },
  id,
  from_name: 'ner',
  to_name: 't',
  type: 'labels',
});
const classification = (from: string, value: Record<string, unknown>, id = `${from}1`): LSResult => ({
  value,
  id,
  from_name: from,
  to_name: 't',
  type: from === 'mood' ? 'choices' : from === 'n' ? 'number' : from === 'r' ? 'rating' : 'textarea',
});

function problems(items: LSResult[]) {
  const index = new ResultIndex(items, () => true);
  return validateAnnotation(config, index, createVisibility(config, { index, selection: [] })).map(
    (p) => `${p.code}:${p.control}${p.regionId ? `@${p.regionId}` : ''}`,
  );
}

describe('validateAnnotation', () => {
  it('requires visible required controls, with their own message', () => {
    expect(problems([])).to.deep.equal(['required:mood']);
    const index = new ResultIndex([], () => true);
    const [problem] = validateAnnotation(config, index, createVisibility(config, { index, selection: [] }));
    expect(problem!.message).to.equal('Pick a mood');
  });

  it('requires a control once its choice condition shows it', () => {
    expect(problems([classification('mood', { choices: ['A'] })])).to.deep.equal(['required:r']);
    expect(
      problems([classification('mood', { choices: ['A'] }), classification('r', { rating: 3 })]),
    ).to.deep.equal([]);
  });

  it('requires a per-region answer only for regions with the asked-for label', () => {
    const base = [classification('mood', { choices: ['A'] }), classification('r', { rating: 3 })];
    expect(problems([...base, span('p1', 'Person', 0), span('l1', 'LOC', 12)])).to.deep.equal([
      'required:note@p1',
    ]);
    const answered: LSResult = { ...classification('note', { start: 0, end: 3, text: ['x'] }), id: 'p1' };
    expect(problems([...base, span('p1', 'Person', 0), answered])).to.deep.equal([]);
  });

  it('counts label usages per Label (alias as written) against its own or the parent limit', () => {
    const base = [classification('mood', { choices: ['A'] }), classification('r', { rating: 1 })];
    const answer = (id: string): LSResult => ({ ...classification('note', { text: ['x'] }), id });
    const people = [span('p1', 'Person', 0), answer('p1'), span('p2', 'Person', 4), answer('p2')];
    expect(problems([...base, ...people])).to.deep.equal(['max-usages:ner']);
    const places = [span('l1', 'LOC', 12), span('l2', 'LOC', 18), span('l3', 'LOC', 22)];
    expect(problems([...base, ...places])).to.deep.equal(['max-usages:ner']);
    expect(problems([...base, ...places.slice(0, 2)])).to.deep.equal([]);
  });

  it('checks Number min and max', () => {
    const base = [classification('mood', { choices: ['A'] }), classification('r', { rating: 1 })];
    expect(problems([...base, classification('n', { number: 0 })])).to.deep.equal(['min:n']);
    expect(problems([...base, classification('n', { number: 9 })])).to.deep.equal(['max:n']);
    expect(problems([...base, classification('n', { number: 3 })])).to.deep.equal([]);
  });
});
