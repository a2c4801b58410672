// Bundle budget (budgets.md): the self-contained dist/label-elements.bundle.js stays within
// 230 KB gzip (-9; KB = 1000 bytes). Counts as one test: ends with "N passed, N failed".
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = process.argv[2] ?? 'dist/label-elements.bundle.js';
const budget = 230_000;

let passed = 0;
let failed = 0;
if (!existsSync(file)) {
  console.error(`${file} is missing: run npm run build first`);
  failed += 1;
} else {
  const raw = readFileSync(file);
  const gzip = gzipSync(raw, { level: 9 }).length;
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  const ok = gzip <= budget;
  console.log(
    `${ok ? '✓' : '✗'} ${file}: ${kb(raw.length)} raw, ${kb(gzip)} gzip -9 (budget ${kb(budget)}, ${ok ? `${kb(budget - gzip)} left` : `${kb(gzip - budget)} over`})`,
  );
  if (ok) passed += 1;
  else failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
