import { expect } from '@open-wc/testing';
import { audioKeyAction } from '../../../src/elements/objects/audio/audio-keys.js';

const key = (k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
  audioKeyAction({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('audio waveform keys', () => {
  it('maps playback, seeking, zoom and in/out points', () => {
    expect(key(' ')).to.deep.equal({ kind: 'toggle-play' });
    expect(key(' ', { shiftKey: true })).to.deep.equal({ kind: 'loop-selected' });
    expect(key('ArrowLeft')).to.deep.equal({ kind: 'seek-by', seconds: -1 });
    expect(key('ArrowRight', { shiftKey: true })).to.deep.equal({ kind: 'seek-by', seconds: 5 });
    expect([key('+'), key('-')].map((a) => a && 'factor' in a && a.factor)).to.deep.equal([2, 0.5]);
    expect([key('[')?.kind, key(']')?.kind, key('Delete')?.kind, key('Escape')?.kind]).to.deep.equal([
      'in-point',
      'out-point',
      'delete',
      'escape',
    ]);
  });

  it('leaves label hotkeys and modified keys (undo, submit) to the workspace', () => {
    for (const k of ['1', 'q', 'a', 'z', 'Enter']) expect(key(k), k).to.equal(undefined);
    expect(key('z', { ctrlKey: true })).to.equal(undefined);
    expect(key(' ', { metaKey: true })).to.equal(undefined);
  });
});
