import { css } from 'lit';

/**
 * Look of the span layer over a `<Text>`: the overlay boxes (selected-span outline, keyboard caret,
 * label tags) sit over the text without taking pointer input, so clicks and drags reach the text.
 * The span fills themselves are `::highlight()` rules made at run time (`HighlightPainter`).
 */
export const textSpanStyles = css`
  .frame {
    position: relative;
  }
  .htx-text:focus {
    outline: none;
  }
  .htx-text:focus-visible {
    outline: 2px solid var(--label-accent, #0b65d8);
    outline-offset: 2px;
  }
  .span-layer {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .span-layer > div {
    position: absolute;
    box-sizing: border-box;
  }
  .outline {
    outline: 2px solid var(--label-accent, #0b65d8);
    outline-offset: 1px;
    border-radius: 2px;
  }
  .caret {
    width: 2px !important;
    margin-left: -1px;
    background: var(--label-accent, #0b65d8);
  }
  .tag {
    transform: translateY(-100%);
    width: auto !important;
    height: auto !important;
    padding: 0 0.25em;
    border-radius: 3px;
    background: var(--span-colour, #36b37e);
    color: #fff;
    font:
      600 0.6em/1.2 system-ui,
      sans-serif;
    white-space: nowrap;
    opacity: 0.9;
  }
  .relations {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .relations path {
    fill: none;
    stroke: var(--label-accent, #0b65d8);
    stroke-width: 1.5;
  }
  .relations marker path {
    fill: var(--label-accent, #0b65d8);
    stroke: none;
  }
  .relations text {
    fill: var(--label-accent, #0b65d8);
    font:
      600 0.65em system-ui,
      sans-serif;
    text-anchor: middle;
  }
  /* room above each line for the tags */
  :host([show-labels]) .htx-text {
    line-height: 2.4;
  }
`;
