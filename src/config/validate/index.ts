/**
 * Checks a built tree the way Label Studio's config validator does and indexes it for the other
 * layers: names, `toName` targets, object and control lists, parents.
 */
import type { ProblemLog } from '../problems.js';
import type { ConfigNode, ParsedConfig } from '../types.js';
import { checkAttributes } from './attributes.js';
import { checkNames, objectsAndControlsByName } from './names.js';
import { warnNotRendered } from './not-rendered.js';
import { checkParents } from './parents.js';
import { bindTargets } from './to-name.js';
import { indexTree } from './walk.js';

export type ConfigIndex = Omit<ParsedConfig, 'root' | 'errors'>;

export function validateAndIndex(root: ConfigNode, log: ProblemLog): ConfigIndex {
  const { nodes, parentOf, objects, controls } = indexTree(root);
  const firstByName = checkNames(nodes, log);
  const targets = bindTargets(controls, objects, firstByName, log);
  checkParents(root, log);
  checkAttributes(nodes, log);
  warnNotRendered(nodes, log);
  return { byName: objectsAndControlsByName(firstByName), parentOf, objects, controls, targets };
}
