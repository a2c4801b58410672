import { css } from 'lit';

/**
 * Looks shared by the form-like controls: native inputs themed through the library's custom
 * properties, a visible focus ring, and the invalid state. Each control adds its own layout.
 */
export const formControlStyles = css`
  input:not([type='checkbox']):not([type='radio']):not([type='range']),
  textarea,
  select {
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    background: var(--label-input-background, Field);
    border: 1px solid var(--label-border, #c4c9d4);
    border-radius: var(--label-radius, 6px);
    padding: 0.3em 0.5em;
  }
  textarea {
    width: 100%;
    resize: vertical;
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--label-accent, #0b65d8);
    outline-offset: 1px;
  }
  input[type='checkbox'],
  input[type='radio'],
  input[type='range'] {
    accent-color: var(--label-accent, #0b65d8);
  }
  [aria-invalid='true'],
  .invalid {
    border-color: var(--label-danger, #b42318);
    outline: 1px solid var(--label-danger, #b42318);
  }
  :disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  button {
    cursor: pointer;
    color: inherit;
    background: var(--label-button-background, ButtonFace);
    border: 1px solid var(--label-border, #c4c9d4);
    border-radius: var(--label-radius, 6px);
    padding: 0.25em 0.75em;
  }
  .hotkey {
    font:
      0.75em ui-monospace,
      monospace;
    padding: 0 0.3em;
    border: 1px solid var(--label-border, #c4c9d4);
    border-radius: 3px;
    opacity: 0.75;
  }
  .hint {
    margin: 0.25em 0 0;
    font-size: 0.8em;
    opacity: 0.7;
  }
`;
