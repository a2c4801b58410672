import { expect } from '@open-wc/testing';
import { HotkeyRegistry, comboOf, normalizeCombo } from '../../src/model/hotkeys.js';

describe('hotkeys', () => {
  it('normalises combos whatever their case and modifier order', () => {
    expect(normalizeCombo('Shift+Ctrl+A')).to.equal('ctrl+shift+a');
    expect(normalizeCombo(' 1 ')).to.equal('1');
    expect(normalizeCombo('shift+space')).to.equal('shift+space');
    expect(normalizeCombo('ctrl+')).to.equal('');
    expect(normalizeCombo('a+b')).to.equal('');
  });

  it('reads events the way combos are written', () => {
    expect(comboOf({ key: '1' })).to.equal('1');
    expect(comboOf({ key: 'A', shiftKey: true })).to.equal('shift+a');
    expect(comboOf({ key: '!', shiftKey: true })).to.equal('!');
    expect(comboOf({ key: ' ', shiftKey: true })).to.equal('shift+space');
    expect(comboOf({ key: 'z', ctrlKey: true })).to.equal('ctrl+z');
  });

  it('refuses a collision, keeps the first owner and says who holds the key', () => {
    const registry = new HotkeyRegistry<string>();
    expect(registry.register('1', 'Choice “Positive”', 'pos')).to.equal(true);
    expect(registry.register('1', 'Choice “Negative”', 'neg')).to.equal(false);
    expect(registry.lookup({ key: '1' })).to.equal('pos');
    expect(registry.warnings).to.have.length(1);
    expect(registry.warnings[0]!.message).to.contain('Choice “Positive”').and.contain('Choice “Negative”');
  });

  it('refuses reserved keys and nonsense combos', () => {
    const registry = new HotkeyRegistry<string>();
    registry.reserve('ctrl+z', 'undo');
    expect(registry.register('Ctrl+Z', 'Label “A”', 'a')).to.equal(false);
    expect(registry.register('</script><script>', 'Label “B”', 'b')).to.equal(true); // a key name, never markup
    expect(registry.register('ctrl+', 'Label “C”', 'c')).to.equal(false);
    expect(registry.warnings.map((w) => w.owner)).to.deep.equal(['Label “A”', 'Label “C”']);
  });

  it('hands out free keys in Label Studio order', () => {
    const registry = new HotkeyRegistry<string>();
    registry.register('1', 'x', 'x');
    expect(registry.nextFree()).to.equal('2');
  });
});
