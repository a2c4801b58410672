/**
 * Fetches and decodes an image off the main thread: `fetch` then `createImageBitmap`. A WebGL texture
 * can only be made from CORS-clean pixels, so an `<img>` without CORS would not help anyway. The bytes
 * never reach the DOM: an SVG or HTML body is refused by its type, and the decoder itself only knows
 * raster formats.
 */
import { isRasterType } from './media-url.js';

export class ImageLoadError extends Error {
  override readonly name = 'ImageLoadError';
}

export interface LoadedImage {
  readonly bitmap: ImageBitmap;
  /** Natural size: region percentages are of this, even when the texture is scaled down. */
  readonly width: number;
  readonly height: number;
}

export interface LoadOptions {
  readonly crossOrigin?: 'none' | 'anonymous' | 'use-credentials';
  readonly signal?: AbortSignal;
  /** Largest texture side the GPU takes; bigger images are scaled down for display only. */
  readonly maxTextureSize?: number;
}

export async function loadImage(url: string, options: LoadOptions = {}): Promise<LoadedImage> {
  let response: Response;
  try {
    response = await fetch(url, {
      mode: 'cors',
      credentials: options.crossOrigin === 'use-credentials' ? 'include' : 'same-origin',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ImageLoadError(
      'The image could not be fetched (network error, or the server does not allow cross-origin use).',
    );
  }
  if (!response.ok)
    throw new ImageLoadError(`The image could not be loaded: the server answered ${response.status}.`);
  const type = response.headers.get('content-type') ?? '';
  if (!isRasterType(type))
    throw new ImageLoadError(
      `The address does not hold a raster image (its type is “${type.slice(0, 60)}”).`,
    );
  const blob = await response.blob();
  if (blob.type.startsWith('image/svg'))
    throw new ImageLoadError('SVG images are not loaded (they can carry script).');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new ImageLoadError(
      'The image could not be decoded: it is not a PNG, JPEG, GIF, WebP, AVIF or BMP file.',
    );
  }
  const { width, height } = bitmap;
  const max = options.maxTextureSize ?? Infinity;
  if (width <= max && height <= max) return { bitmap, width, height };
  const ratio = max / Math.max(width, height);
  const scaled = await createImageBitmap(bitmap, {
    resizeWidth: Math.max(1, Math.floor(width * ratio)),
    resizeHeight: Math.max(1, Math.floor(height * ratio)),
    resizeQuality: 'high',
  });
  bitmap.close();
  return { bitmap: scaled, width, height };
}
