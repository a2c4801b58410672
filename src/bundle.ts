/** The self-contained drop-in build: registers the elements and exposes the whole API. */
import './define.js';
export * from './index.js';
