import { html, css, nothing, type TemplateResult } from 'lit';

/**
 * The message a control shows after a refused submit ("“tax” is required"): announced at once
 * (`role="alert"`), tied to the control's input by `aria-describedby` on the element that carries
 * `aria-invalid`.
 */
export const PROBLEM_ID = 'problem';

export function renderProblem(problem: string | undefined): TemplateResult | typeof nothing {
  return problem === undefined
    ? nothing
    : html`<p id=${PROBLEM_ID} class="problem" part="problem" role="alert">${problem}</p>`;
}

export const controlStyles = css`
  :host {
    display: block;
    margin: 0.25rem 0;
    font: var(--label-font, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  .problem {
    margin: 0.25rem 0 0;
    color: var(--label-danger, #b42318);
    font-size: 0.875em;
  }
  button {
    font: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--label-accent, #0b65d8);
    outline-offset: 2px;
  }
`;
