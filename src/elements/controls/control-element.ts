import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ConfigNode } from '../../config/types.js';
import type { LSResult } from '../../format/types.js';
import { setClassification, type ClassificationTarget } from '../../model/commands.js';
import { workspaceContext, type WorkspaceContextValue } from '../workspace/context.js';

/**
 * Base of every classification control element (`<label-choices>`, `<label-rating>`, ...): reads the
 * control's current result from the store and writes a new payload as one committed change. The
 * element itself only renders and translates input; semantics live in `model/`.
 */
export abstract class ControlElement extends LitElement {
  /** The control's node of the parsed config. */
  @property({ attribute: false }) node: ConfigNode | undefined;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace: WorkspaceContextValue | undefined;

  /** Result value key, e.g. `choices`. */
  protected abstract readonly valueKey: string;

  protected get controlName(): string {
    return String(this.node?.attrs.name ?? '');
  }

  /** Object the result points at (`to_name`). */
  protected get toName(): string {
    const targets = this.workspace?.config.targets.get(this.controlName) ?? [];
    return targets[0] ?? '';
  }

  protected get perRegion(): boolean {
    return this.node?.attrs.perRegion === true;
  }

  /** Region this control answers for, when per-region; undefined for whole-object controls. */
  protected get regionId(): string | undefined {
    return this.perRegion ? this.workspace?.selectedRegion : undefined;
  }

  protected get disabled(): boolean {
    return this.workspace?.readonly ?? true;
  }

  /** What is missing here after a refused submit, if anything. */
  protected get problem(): string | undefined {
    return this.workspace?.problems.get(this.controlName);
  }

  protected get target(): ClassificationTarget {
    const type = this.node?.spec?.resultType ?? this.valueKey;
    return { name: this.controlName, toName: this.toName, type, valueKey: this.valueKey };
  }

  /** The control's current result item, if any. */
  protected get result(): LSResult | undefined {
    return this.resultIn(this.regionId);
  }

  /** The control's result item for a given region (undefined: the whole object). */
  protected resultIn(regionId: string | undefined): LSResult | undefined {
    const ws = this.workspace;
    if (!ws || !this.node) return undefined;
    if (this.perRegion && regionId === undefined) return undefined;
    return ws.store.index.classification(
      this.target.name,
      this.target.toName,
      regionId !== undefined ? { regionId } : {},
    );
  }

  /** The current payload (`value[valueKey]`), if any. */
  protected get payload(): unknown {
    return this.result?.value?.[this.valueKey];
  }

  /**
   * Commits a new payload; `undefined` clears the result. `mergeKey` makes a burst (typing, dragging a
   * slider) one undo step.
   */
  protected commit(payload: unknown, mergeKey?: string): void {
    this.commitIn(this.regionId, payload, mergeKey);
  }

  /** Commits a payload for a given region: for input typed while another region was selected. */
  protected commitIn(regionId: string | undefined, payload: unknown, mergeKey?: string): void {
    const ws = this.workspace;
    if (!ws || !this.node || ws.readonly) return;
    if (this.perRegion && regionId === undefined) return;
    setClassification(ws.store, this.target, payload, regionId !== undefined ? { regionId } : {}, {
      createId: ws.createId,
      mergeKey: mergeKey === undefined ? undefined : `${this.controlName}:${mergeKey}`,
    });
  }
}
