/**
 * The image renderer, loaded on demand: `<label-image-view>` imports this module with a dynamic
 * `import()` the first time an image is shown, so a config without images never downloads PixiJS
 * (budgets.md: a classification page loads ≤ 60 KB of our code).
 *
 * `pixi.js/unsafe-eval` swaps Pixi's generated-code paths (`new Function`) for plain functions, so
 * the stage works under a strict Content-Security-Policy without `unsafe-eval` (bad-inputs S17).
 */
import 'pixi.js/unsafe-eval';

export { mountStage as mount } from './stage.js';
export { ImageLoadError } from './load-image.js';
export type * from './types.js';
