import { css } from 'lit';

/** Shared look of object views: the library's custom properties with fallbacks, and the status
 *  lines (loading, refused, failed) every view may show. */
export const objectViewStyles = css`
  :host {
    display: block;
    font: var(--label-font, inherit);
    color: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  .status {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--label-border, #d0d5dd);
    border-radius: var(--label-radius, 6px);
    color: inherit;
    opacity: 0.8;
  }
  .status.error {
    border-color: var(--label-danger, #b42318);
    color: var(--label-danger, #b42318);
    opacity: 1;
  }
`;
