import { LitElement } from 'lit';
import { ControlElement } from './control-element.js';
import { controlLabel } from '../../model/controls/control-label.js';

/**
 * The form-like controls (Choices, TextArea, Rating, Number, DateTime): what they share beyond
 * reading and writing results. `el.focus()` lands on the first input (`delegatesFocus`), which is how
 * the workspace takes the annotator to the first control a refused submit flagged.
 */
export abstract class LabeledControl extends ControlElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** The accessible name: the control's label, the Header before it, or its name. */
  protected get label(): string {
    const ws = this.workspace;
    if (!ws || !this.node) return this.controlName;
    return controlLabel(this.node, ws.config);
  }

  /** Input is refused: the workspace is read-only, or a per-region control has no region to answer for. */
  protected get locked(): boolean {
    return this.disabled || (this.perRegion && this.regionId === undefined);
  }

  /** The control must be filled before submit: `aria-required`. */
  protected get required(): boolean {
    return this.node?.attrs.required === true;
  }
}
