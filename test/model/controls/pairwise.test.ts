import { expect } from '@open-wc/testing';
import {
  otherSide,
  pairwiseObjects,
  pickSide,
  readSelectedSide,
} from '../../../src/model/controls/pairwise.js';

describe('pairwise model', () => {
  it('compares exactly two different objects', () => {
    expect(pairwiseObjects(['txt-1', 'txt-2'])).to.deep.equal({ left: 'txt-1', right: 'txt-2' });
    expect(pairwiseObjects(['txt-1'])).to.equal(undefined);
    expect(pairwiseObjects(['a', 'a'])).to.equal(undefined);
    expect(pairwiseObjects(['a', 'b', 'c'])).to.equal(undefined);
  });

  it('reads only "left" and "right" as a selection', () => {
    expect(readSelectedSide('left')).to.equal('left');
    expect(readSelectedSide('right')).to.equal('right');
    expect(readSelectedSide('none')).to.equal(undefined);
    expect(readSelectedSide(['left'])).to.equal(undefined);
  });

  it('picks a side, and clears it when picked again', () => {
    expect(pickSide(undefined, 'left')).to.equal('left');
    expect(pickSide('left', 'right')).to.equal('right');
    expect(pickSide('right', 'right')).to.equal(undefined);
    expect(otherSide('left')).to.equal('right');
  });
});
