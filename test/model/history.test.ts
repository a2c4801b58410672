import { expect } from '@open-wc/testing';
import { History } from '../../src/model/history.js';

describe('History', () => {
  it('undoes and redoes whole states', () => {
    const h = new History('a');
    h.push('b');
    h.push('c');
    expect(h.undo()).to.equal('b');
    expect(h.undo()).to.equal('a');
    expect(h.undo()).to.equal(undefined);
    expect(h.state).to.equal('a');
    expect(h.redo()).to.equal('b');
    expect(h.state).to.equal('b');
  });

  it('merges a burst with one merge key inside the window into one step', () => {
    let now = 0;
    const h = new History('', { now: () => now, mergeWindowMs: 1000 });
    h.push('first');
    for (const text of ['h', 'he', 'hel', 'hell', 'hello']) {
      now += 100;
      h.push(text, 'typing');
    }
    expect(h.state).to.equal('hello');
    expect(h.undo()).to.equal('first');
  });

  it('does not merge across the window, across keys, or after seal()', () => {
    let now = 0;
    const h = new History(0, { now: () => now, mergeWindowMs: 1000 });
    h.push(1, 'k');
    now += 5000;
    h.push(2, 'k'); // outside the window
    h.push(3, 'other');
    h.seal();
    h.push(4, 'other');
    expect([h.undo(), h.undo(), h.undo(), h.undo()]).to.deep.equal([3, 2, 1, 0]);
  });

  it('drops the redo branch on a new push', () => {
    const h = new History('a');
    h.push('b');
    h.undo();
    h.push('c');
    expect(h.canRedo).to.equal(false);
    expect(h.undo()).to.equal('a');
  });

  it('keeps the initial state reachable past the limit', () => {
    const h = new History(0, { limit: 3 });
    for (let i = 1; i <= 10; i++) h.push(i);
    let last: number | undefined;
    while (h.canUndo) last = h.undo();
    expect(last).to.equal(0);
  });
});
