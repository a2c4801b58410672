import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Like Lit's `styleMap`, but never writes a `style` attribute: Lit's `styleMap` renders its first
 * value as an attribute string, which a page whose CSP has no `'unsafe-inline'` for styles refuses
 * and reports (`style-src-attr`, bad-inputs S17). This sets every property through the CSSOM
 * (`style.setProperty`), which such a CSP allows. Property names are CSS names (`font-size`,
 * `--swatch`); a value may end in `!important`. Use as `style=${cssProps({ '--swatch': colour })}`.
 */
class CssPropsDirective extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('cssProps() belongs in a style attribute: style=${cssProps({...})}');
    }
  }

  render(_props: Readonly<Record<string, string | undefined>>): typeof noChange {
    return noChange;
  }

  override update(
    part: AttributePart,
    [props]: [Readonly<Record<string, string | undefined>>],
  ): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (props[name] == null) style.removeProperty(name);
    this.#previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      const important = /\s*!important\s*$/i;
      style.setProperty(name, value.replace(important, ''), important.test(value) ? 'important' : '');
      this.#previous.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
