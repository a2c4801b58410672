import { css } from 'lit';

/** `.visually-hidden`: text for screen readers only (live announcements), out of sight but not out of
 *  the accessibility tree, as `display: none` would be. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
