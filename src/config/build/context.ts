/**
 * What building one tree needs to know and to share: the task data, where problems go, and the
 * node budget that keeps a huge `Repeater` or dynamic-children array from exhausting memory.
 */
import { MAX_NODES } from '../limits.js';
import type { Positioned, ProblemLog } from '../problems.js';
import type { ConfigNode } from '../types.js';
import type { LineIndex } from '../xml/line-index.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { ElementParts } from './element-parts.js';

export class BuildContext {
  /** Dynamic options built once per `sharedStore` name and reused by every control of that store. */
  readonly sharedOptions = new Map<string, readonly ConfigNode[]>();
  /** What each source element says, computed once however many `Repeater` copies it has. */
  readonly elementParts = new Map<XmlElement, ElementParts>();
  private nodeCount = 0;
  private budgetReported = false;

  constructor(
    /** Task data (already parsed if it came as a JSON string). */
    readonly data: unknown,
    /** Whether the caller gave task data at all; without it, data-driven content is not expected. */
    readonly hasData: boolean,
    readonly lines: LineIndex,
    readonly log: ProblemLog,
  ) {}

  /** Counts one more node; false (with a one-time error) once the budget is spent. */
  takeNode(at: Positioned): boolean {
    if (this.nodeCount < MAX_NODES) {
      this.nodeCount++;
      return true;
    }
    if (!this.budgetReported) {
      this.budgetReported = true;
      this.log.error(
        'too-many-nodes',
        `The config and its task data expand to more than ${MAX_NODES} elements; the rest were left out.`,
        at,
      );
    }
    return false;
  }
}
