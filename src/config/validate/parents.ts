/**
 * Option tags must sit inside one of their parent tags, at any depth, as Label Studio checks it
 * (ls-spec §2.9): `<Choices><View><Choice/></View></Choices>` is fine, a `Label` under `Choices`
 * is not. Options made from task data are placed by us and not checked.
 */
import type { ProblemLog } from '../problems.js';
import { tagSpecs } from '../tags/index.js';
import type { ConfigNode } from '../types.js';

/** Tags that some option tag needs above it; only these are counted on the way down. */
const PARENT_TAGS = new Set(tagSpecs.flatMap((spec) => spec.parents ?? []));

/**
 * One walk down the tree, counting the tags on the path from the root: each option is checked
 * against those counts instead of climbing its ancestors (taxonomies nest hundreds of options).
 */
export function checkParents(root: ConfigNode, log: ProblemLog): void {
  const openTags = new Map<string, number>();
  const visit = (node: ConfigNode, parent: ConfigNode | undefined) => {
    const parents = node.spec?.parents;
    if (parents && !parents.some((tag) => (openTags.get(tag) ?? 0) > 0)) {
      log.error(
        'parent',
        `<${node.tag}> must be inside ${parents.map((tag) => `<${tag}>`).join(', ')}` +
          (parent ? `; here it is inside <${parent.tag}>.` : '; here it is the root.'),
        node,
        node.tag,
      );
    }
    const counted = PARENT_TAGS.has(node.tag);
    if (counted) openTags.set(node.tag, (openTags.get(node.tag) ?? 0) + 1);
    for (const child of node.children) if (!child.dynamic) visit(child, node);
    if (counted) openTags.set(node.tag, (openTags.get(node.tag) ?? 1) - 1);
  };
  visit(root, undefined);
}
