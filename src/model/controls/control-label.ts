import type { ConfigNode, ParsedConfig } from '../../config/types.js';
import { stringAttr } from './attrs.js';

/**
 * The accessible name of a control. Configs rarely label controls; they put a `Header` before them
 * (`<Header value="Rate last answer:"/><Choices …/>`). So: the control's own `label` (TextArea), else
 * the nearest `Header` before it among its siblings with no other control or `View` in between, else
 * its `name`.
 */
export function controlLabel(control: ConfigNode, config: ParsedConfig): string {
  const own = stringAttr(control, 'label');
  if (own !== undefined) return own;
  const siblings = config.parentOf.get(control)?.children ?? [];
  for (let i = siblings.indexOf(control) - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    if (sibling.tag === 'Header') {
      const text = headerText(sibling).trim();
      if (text !== '') return text;
      continue;
    }
    if (sibling.tag === 'View' || sibling.spec?.kind === 'control') break;
  }
  return stringAttr(control, 'name') ?? control.tag;
}

function headerText(header: ConfigNode): string {
  const bound = header.bound.value;
  if (typeof bound === 'string' || typeof bound === 'number') return String(bound);
  return stringAttr(header, 'value') ?? header.text ?? '';
}
