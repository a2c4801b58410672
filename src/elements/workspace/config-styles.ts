import type { ConfigNode } from '../../config/types.js';

/** The CSS of every `<Style>` of the config, in document order. */
export function configStyleText(root: ConfigNode | null): string {
  if (!root) return '';
  const parts: string[] = [];
  const walk = (node: ConfigNode) => {
    if (node.tag === 'Style') {
      const value = node.attrs.value ?? node.text;
      if (value !== undefined) parts.push(String(value));
    }
    node.children.forEach(walk);
  };
  walk(root);
  return parts.join('\n');
}
