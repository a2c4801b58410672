import { css } from 'lit';

export const audioViewStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    margin-bottom: 0.25rem;
  }
  .toolbar button,
  .toolbar select {
    font: inherit;
    min-width: 2em;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--label-border, #d0d5dd);
    border-radius: var(--label-radius, 4px);
    background: #fff;
    color: inherit;
    cursor: pointer;
  }
  .toolbar label {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .time {
    font-variant-numeric: tabular-nums;
    min-width: 11ch;
  }
  .wave {
    position: relative;
    width: 100%;
    border: 1px solid var(--label-border, #d0d5dd);
    border-radius: var(--label-radius, 4px);
    overflow: hidden;
    touch-action: none;
    user-select: none;
  }
  .wave:focus-visible {
    outline: 2px solid var(--label-accent, #0b65d8);
    outline-offset: 2px;
  }
  .wave .status {
    position: absolute;
    inset: 0;
    border: 0;
    display: flex;
    align-items: center;
  }
  .scroll {
    display: block;
    width: 100%;
    margin: 0.25rem 0 0;
  }
  .hint {
    margin: 0.25rem 0 0;
    min-height: 1.25em;
    font-size: 0.875em;
    opacity: 0.8;
  }
`;
