import { expect } from '@open-wc/testing';
import type { ConfigNode, ParsedConfig } from '../../../src/config/types.js';
import { getTagSpec } from '../../../src/config/tags/index.js';
import { controlLabel } from '../../../src/model/controls/control-label.js';
import { node } from './config-nodes.js';

const withSpec = (n: ConfigNode): ConfigNode => ({ ...n, spec: getTagSpec(n.tag) });

/** Just the part of a parsed config that naming looks at. */
function configOf(root: ConfigNode): ParsedConfig {
  const parentOf = new Map<ConfigNode, ConfigNode>();
  const walk = (n: ConfigNode) => n.children.forEach((c) => (parentOf.set(c, n), walk(c)));
  walk(root);
  return { root, errors: [], byName: new Map(), parentOf, objects: [], controls: [], targets: new Map() };
}

describe('controlLabel', () => {
  it('takes the Header before the control, across object tags (sentiment_analysis)', () => {
    const choices = withSpec(node('Choices', { name: 'sentiment' }));
    const root = node('View', {}, [
      node('Header', { value: 'Choose text sentiment:' }),
      withSpec(node('Text', { name: 't' })),
      choices,
    ]);
    expect(controlLabel(choices, configOf(root))).to.equal('Choose text sentiment:');
  });

  it('does not take a Header that belongs to an earlier control or View', () => {
    const rating = withSpec(node('Rating', { name: 'stars' }));
    const root = node('View', {}, [
      node('Header', { value: 'Pick one' }),
      withSpec(node('Choices', { name: 'c' })),
      rating,
    ]);
    expect(controlLabel(rating, configOf(root))).to.equal('stars');
    const number = withSpec(node('Number', { name: 'n' }));
    const other = node('View', {}, [node('Header', { value: 'Elsewhere' }), node('View'), number]);
    expect(controlLabel(number, configOf(other))).to.equal('n');
  });

  it('prefers the control’s own label, and reads Header text content and $variables', () => {
    const area = withSpec(node('TextArea', { name: 'answer', label: 'Your answer' }));
    expect(controlLabel(area, configOf(node('View', {}, [area])))).to.equal('Your answer');
    const dt = withSpec(node('DateTime', { name: 'dt' }));
    const header = { ...node('Header', { value: '$q' }, [], { value: 'When?' }) };
    expect(controlLabel(dt, configOf(node('View', {}, [header, dt])))).to.equal('When?');
    const n = withSpec(node('Number', { name: 'n' }));
    const textHeader = { ...node('Header'), text: 'How many?' };
    expect(controlLabel(n, configOf(node('View', {}, [textHeader, n])))).to.equal('How many?');
  });
});
