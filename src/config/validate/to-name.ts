/**
 * `toName` wiring (ls-spec §2.2, §2.9): every part of a comma-separated `toName` must name an
 * object tag, some controls accept only some object types, and a control without `toName` binds to
 * the config's only object tag when there is exactly one. Returns each named control's targets.
 */
import { splitList } from '../helpers.js';
import type { ProblemLog } from '../problems.js';
import type { ConfigNode } from '../types.js';

export function bindTargets(
  controls: readonly ConfigNode[],
  objects: readonly ConfigNode[],
  firstByName: ReadonlyMap<string, ConfigNode>,
  log: ProblemLog,
): Map<string, readonly string[]> {
  const objectNames = objects.flatMap((object) =>
    typeof object.attrs.name === 'string' ? [object.attrs.name] : [],
  );
  const targets = new Map<string, readonly string[]>();
  for (const control of controls) {
    if (!control.spec || !Object.hasOwn(control.spec.attrs, 'toName')) continue;
    const found = resolveTargets(control, objectNames, firstByName, log);
    const name = control.attrs.name;
    if (typeof name === 'string' && !targets.has(name)) targets.set(name, found);
  }
  return targets;
}

function resolveTargets(
  control: ConfigNode,
  objectNames: readonly string[],
  firstByName: ReadonlyMap<string, ConfigNode>,
  log: ProblemLog,
): string[] {
  const toName = control.attrs.toName;
  const parts = typeof toName === 'string' ? splitList(toName) : [];
  if (parts.length === 0) return bindToOnlyObject(control, objectNames, log);
  const found: string[] = [];
  for (const part of parts) {
    const target = firstByName.get(part);
    if (!target) {
      log.error(
        'to-name',
        `<${control.tag}> toName="${part}" names no tag. ${listObjects(objectNames)}`,
        control,
        control.tag,
      );
    } else if (target.spec?.kind !== 'object') {
      log.warning(
        'to-name',
        `<${control.tag}> toName="${part}" names a <${target.tag}>, not an object tag. ${listObjects(objectNames)}`,
        control,
        control.tag,
      );
    } else if (control.spec?.objectTypes && !control.spec.objectTypes.includes(target.tag)) {
      log.error(
        'to-name',
        `<${control.tag}> works only on ${control.spec.objectTypes.map((type) => `<${type}>`).join(' or ')}, ` +
          `but toName="${part}" is a <${target.tag}>.`,
        control,
        control.tag,
      );
    } else found.push(part);
  }
  return found;
}

function bindToOnlyObject(control: ConfigNode, objectNames: readonly string[], log: ProblemLog): string[] {
  if (objectNames.length === 1) return [objectNames[0]];
  if (objectNames.length > 1 && control.spec?.attrs.toName?.required) {
    log.error(
      'to-name',
      `<${control.tag}> needs toName: the config has ${objectNames.length} object tags (${objectNames.join(', ')}), ` +
        'so it cannot pick one.',
      control,
      control.tag,
    );
  }
  return [];
}

function listObjects(objectNames: readonly string[]): string {
  return objectNames.length > 0
    ? `Object tags in this config: ${objectNames.join(', ')}.`
    : 'This config has no named object tags.';
}
