import { expect } from '@open-wc/testing';
import {
  numberOf,
  numberProblem,
  numberSettings,
  readNumberInput,
} from '../../../src/model/controls/number.js';
import { node } from './config-nodes.js';

describe('number model', () => {
  it('reads settings; a non-positive step is no step', () => {
    expect(numberSettings(node('Number', { min: 1, max: 10, slider: true }))).to.deep.equal({
      min: 1,
      max: 10,
      step: undefined,
      defaultValue: undefined,
      slider: true,
    });
    expect(numberSettings(node('Number', { step: 0 })).step).to.equal(undefined);
  });

  it('reads typed text: empty clears, garbage is refused, numbers are numbers', () => {
    expect(readNumberInput('', false)).to.deep.equal({ kind: 'empty' });
    expect(readNumberInput('', true).kind).to.equal('invalid');
    expect(readNumberInput('2.5', false)).to.deep.equal({ kind: 'value', value: 2.5 });
    expect(readNumberInput('1e400', false).kind).to.equal('invalid');
    expect(numberOf('2')).to.equal(undefined);
    expect(numberOf(2)).to.equal(2);
  });

  it('reports min, max and step in Label Studio words, without float noise', () => {
    const settings = numberSettings(node('Number', { min: 1, max: 10, step: 0.1 }));
    expect(numberProblem(0, settings)).to.equal('Value must be greater than or equal to 1');
    expect(numberProblem(11, settings)).to.equal('Value must be less than or equal to 10');
    expect(numberProblem(1.3, settings)).to.equal(undefined);
    expect(numberProblem(1.25, settings)).to.equal('The two nearest valid values are 1.2 and 1.3');
  });
});
