// npm run bench: the scenarios of ../shared/budgets.md that exist so far, in headless Debian Chromium
// (1280x800, a fresh browser context per run, files from 127.0.0.1), on the drop-in bundle. Prints one
// table of medians (and min/max) over RUNS runs. Builds the bundle first when it is missing.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../scripts/chromium.mjs';
import { createStaticServer } from '../scripts/serve.mjs';
import { scenarios } from './scenarios.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const only = process.argv.slice(2);
const bundle = 'dist/label-elements.bundle.js';

if (!existsSync(bundle)) execSync('npm run build:bundle', { stdio: 'inherit' });

const server = createStaticServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: [...chromeArgs, '--js-flags=--expose-gc'],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const rows = [];
try {
  for (const scenario of scenarios.filter((s) => only.length === 0 || only.includes(s.id))) {
    const figures = new Map();
    const data = scenario.data();
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/bench/page.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('label-workspace') !== undefined);
      const result = await page.evaluate(`(${scenario.run.toString()})(${JSON.stringify(data)})`);
      // `run` is a function or, when it embeds shared page helpers, the source text of one
      const cdp = await page.createCDPSession();
      await page.evaluate(() => globalThis.gc?.());
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      result.heapMB = usedSize / 1e6;
      if (errors.length) throw new Error(`${scenario.id}: ${errors.join('; ')}`);
      for (const [key, value] of Object.entries(result))
        figures.set(key, [...(figures.get(key) ?? []), value]);
      await context.close();
    }
    for (const [figure, values] of figures) {
      rows.push({
        scenario: scenario.id,
        figure,
        median: median(values),
        min: Math.min(...values),
        max: Math.max(...values),
      });
    }
  }
} finally {
  await browser.close();
  server.close();
}

const gzipKB = gzipSync(readFileSync(bundle), { level: 9 }).length / 1000;
rows.push({ scenario: 'bundle', figure: 'gzip KB', median: gzipKB, min: gzipKB, max: gzipKB });
rows.push({ scenario: 'bundle', figure: 'raw KB', median: statSync(bundle).size / 1000, min: NaN, max: NaN });

const fmt = (n) => (Number.isNaN(n) ? '' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const header = ['scenario', 'figure', `median (${RUNS} runs)`, 'min', 'max'];
const table = [header, ...rows.map((r) => [r.scenario, r.figure, fmt(r.median), fmt(r.min), fmt(r.max)])];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
console.log(
  '\nms unless stated; heapMB = JS heap after a forced GC. Chromium headless, SwiftShader, this machine.',
);
