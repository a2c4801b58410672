// After `npm run build`, two tests:
//  1. every file package.json points at (exports, main, module, types, customElements,
//     sideEffects) exists: catches an entry point that rollup or tsc stopped writing;
//  2. the DOM-free entry points (label-elements/config.js, label-elements/format.js) load in plain
//     Node: design.md says config/ and format/ never import Lit, PixiJS or the DOM.
// Ends with "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let passed = 0;
let failed = 0;

const targets = new Set();
const collect = (value) => {
  if (typeof value === 'string') targets.add(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(pkg.exports);
for (const field of ['main', 'module', 'types', 'customElements']) collect(pkg[field]);
for (const file of pkg.sideEffects ?? []) if (!file.includes('*')) targets.add(file);
const missing = [...targets].filter((file) => !existsSync(file));
for (const file of missing) console.error(`✗ package.json points at ${file}, which the build did not write`);
if (missing.length === 0) {
  console.log(`✓ all ${targets.size} files package.json points at exist`);
  passed += 1;
} else failed += 1;

const domFree = ['./config.js', './format.js'].filter((key) => pkg.exports?.[key]);
const loadErrors = [];
for (const key of domFree) {
  const file = pkg.exports[key].import ?? pkg.exports[key].default;
  try {
    await import(pathToFileURL(file).href);
  } catch (error) {
    loadErrors.push(`${key} (${file}): ${error.message.split('\n')[0]}`);
  }
}
for (const problem of loadErrors) console.error(`✗ does not load in Node without a DOM: ${problem}`);
if (loadErrors.length === 0) {
  console.log(`✓ ${domFree.join(', ')} load in Node without a DOM`);
  passed += 1;
} else failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
