/**
 * `parseConfig`: Label Studio XML text (plus, optionally, a task's data) to a checked, typed tree.
 * Stages, each refusing what the next must not see:
 * 1. size and DOCTYPE/ENTITY refusal, linear and before any parser (bad-inputs S10, S11, S13);
 * 2. well-formedness by fast-xml-parser's validator (Label Studio parses strictly, so a fault is fatal);
 * 3. the element tree with source positions, comments dropped, forbidden names refused (S1, S12);
 * 4. the typed tree: canonical names, defaults, `$variables`, `Repeater`s, dynamic options;
 * 5. Label Studio's validation rules, and the indexes other layers use.
 * It never throws: whatever is wrong is in `errors`.
 */
import { BuildContext } from './build/context.js';
import { buildTree } from './build/build-tree.js';
import { ProblemLog } from './problems.js';
import { getTagSpec } from './tags/index.js';
import type { ConfigNode, ParsedConfig } from './types.js';
import { validateAndIndex } from './validate/index.js';
import { parseIfJson } from './values/resolve-value.js';
import { LineIndex } from './xml/line-index.js';
import { refuseBeforeParsing } from './xml/precheck.js';
import { findXmlFault } from './xml/well-formed.js';
import { readXmlTree } from './xml/xml-tree.js';

const START = { line: 1, column: 1 };

export function parseConfig(xml: string, data?: Record<string, unknown>): ParsedConfig {
  const log = new ProblemLog();
  try {
    return parse(xml, data, log);
  } catch (thrown) {
    // A bug of ours must not take the host page down with it; report it like any other problem.
    log.error(
      'internal',
      `The config could not be parsed (internal error: ${describeThrown(thrown)}).`,
      START,
    );
    return unusable(log);
  }
}

function parse(xml: unknown, data: unknown, log: ProblemLog): ParsedConfig {
  if (typeof xml !== 'string') {
    log.error('xml', `The config must be XML text, not ${xml === null ? 'null' : typeof xml}.`, START);
    return unusable(log);
  }
  const refusal = refuseBeforeParsing(xml);
  if (refusal) {
    log.error(refusal.code, refusal.message, refusal.position);
    return unusable(log);
  }
  const fault = findXmlFault(xml);
  if (fault) {
    log.error('xml', fault.message, fault.position);
    return unusable(log);
  }
  const lines = new LineIndex(xml);
  const element = readXmlTree(xml, keepsMarkup, (code, message, offset) =>
    log.error(code, message, lines.positionOf(offset)),
  );
  if (!element || log.hasErrors) return unusable(log);

  const context = new BuildContext(parseIfJson(data), data !== undefined, lines, log);
  const root = buildTree(element, context);
  if (!root) return unusable(log);
  const index = validateAndIndex(root, log);
  return { root, errors: log.toErrors(), ...index };
}

function keepsMarkup(tagName: string): boolean {
  return getTagSpec(tagName)?.markupAsValue === true;
}

function unusable(log: ProblemLog): ParsedConfig {
  return {
    root: null,
    errors: log.toErrors(),
    byName: new Map<string, ConfigNode>(),
    parentOf: new Map<ConfigNode, ConfigNode>(),
    objects: [],
    controls: [],
    targets: new Map<string, readonly string[]>(),
  };
}

function describeThrown(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : typeof thrown;
}
