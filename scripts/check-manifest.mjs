// CI check: custom-elements.json is generated from the sources and committed; fail when the
// committed file no longer matches what `npm run analyze` would write now.
// The analyzer runs in-process with `noWrite`, so the committed file is never touched; the fresh
// manifest goes to a temp dir for a diff.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const committedPath = 'custom-elements.json';
const fresh = await cli({ argv: ['analyze', '--litelement', '--quiet'], noWrite: true });
const freshText = `${JSON.stringify(fresh, null, 2)}\n`;
const freshPath = join(mkdtempSync(join(tmpdir(), 'cem-check-')), 'custom-elements.json');
writeFileSync(freshPath, freshText);

const committedText = existsSync(committedPath) ? readFileSync(committedPath, 'utf8') : null;
if (committedText === freshText) {
  console.log('custom-elements.json is up to date');
} else {
  const why = committedText === null ? 'it is missing' : firstDifference(committedText, freshText);
  console.error(`custom-elements.json is stale: run npm run analyze and commit it`);
  console.error(`  (${why}; fresh copy: ${freshPath})`);
  process.exit(1);
}

function firstDifference(a, b) {
  const left = a.split('\n');
  const right = b.split('\n');
  const line = left.findIndex((text, i) => text !== right[i]);
  const at = line === -1 ? left.length : line;
  return `first difference at line ${at + 1}: ${JSON.stringify((left[at] ?? '').trim())} vs ${JSON.stringify((right[at] ?? '').trim())}`;
}
