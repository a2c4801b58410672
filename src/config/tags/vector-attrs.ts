/**
 * Shape options shared by `Vector`, `VectorLabels`, `VideoVector` and `VideoVectorLabels`
 * (Label Studio 1.22+ / upstream HEAD). `minPoints`/`maxPoints` are a number or `none`.
 */
import { bool, num, text } from './attr-builders.js';

export const vectorShapeAttrs = {
  closable: bool(false),
  curves: bool(false),
  skeleton: bool(false),
  minPoints: text('none'),
  maxPoints: text('none'),
  pointSizeEnabled: num(5),
  pointSizeDisabled: num(3),
};
