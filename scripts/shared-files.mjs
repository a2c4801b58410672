// Serves ../shared (the Label Studio fixtures and specs that sit beside the repository) under
// /__shared/ to tests and the demo, read-only, without letting a path climb out of that folder.
import { readFile } from 'node:fs/promises';
import { resolve, sep, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const sharedRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'shared');
const types = {
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.md': 'text/markdown',
  '.csv': 'text/csv',
};

export function resolveShared(urlPath) {
  const rel = decodeURIComponent(urlPath.replace(/^\/__shared\//, ''));
  const file = resolve(sharedRoot, rel);
  return file.startsWith(sharedRoot + sep) ? file : null;
}

export function sharedFilesMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__shared/')) return next();
    const file = resolveShared(ctx.path);
    if (!file) {
      ctx.status = 403;
      return;
    }
    try {
      ctx.body = await readFile(file);
      ctx.type = types[extname(file)] ?? 'application/octet-stream';
    } catch {
      ctx.status = 404;
    }
  };
}
