import { css } from 'lit';

/** Styles of the workspace shell and its layout tags. Theming through the `--label-*` properties. */
export const workspaceStyles = css`
  :host {
    display: block;
    position: relative;
    font: var(--label-font, 14px/1.45 system-ui, sans-serif);
    color: var(--label-text, #1f2328);
  }
  :host([hidden]) {
    display: none;
  }
  .workspace {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .view {
    display: block;
  }
  .view.inline {
    display: inline-block;
  }
  .header {
    margin: 0.5rem 0 0.25rem;
  }
  .header.underline {
    text-decoration: underline;
  }
  .errors {
    border: 1px solid var(--label-danger, #c62828);
    border-radius: var(--label-radius, 4px);
    background: #fdecea;
    color: #7a1c1c;
    padding: 0.5rem 0.75rem;
  }
  .errors ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  .placeholder {
    border: 1px dashed var(--label-border, #8c959f);
    border-radius: var(--label-radius, 4px);
    padding: 0.75rem;
    color: #57606a;
    background: #f6f8fa;
  }
  .collapse details {
    border-bottom: 1px solid var(--label-border, #d0d7de);
  }
  .collapse.bordered details {
    border: 1px solid var(--label-border, #d0d7de);
    border-radius: var(--label-radius, 4px);
    margin-bottom: 0.25rem;
  }
  .collapse summary {
    cursor: pointer;
    padding: 0.375rem 0.5rem;
  }
  .collapse .panel {
    padding: 0.5rem;
  }
  .markdown {
    white-space: pre-wrap;
  }
  .pager {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--label-accent, #0b65d8);
    outline-offset: 2px;
  }
`;
