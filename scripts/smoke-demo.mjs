// Smoke test of the demo page (examples/) on the drop-in bundle, i.e. what `npm start` serves:
// every sample listed in examples/samples/index.json must reach `label-ready` with no config
// error, page error, console error or failed request. One sample also goes through the public
// contract end to end: addResults() -> label-annotation-change shown in the panel -> the Undo
// button -> a change with source "undo".
// Needs dist/label-elements.bundle.js (npm run build or build:bundle).
// Ends with one line "N passed, N failed" (one test per sample); exit 1 on any failure.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from './chromium.mjs';
import { createStaticServer } from './serve.mjs';

const timeoutMs = Number(process.env.SMOKE_TIMEOUT_MS ?? 15000);
const shotsDir = join(tmpdir(), 'label-elements-smoke-demo');

/** The contract walk-through, for the sample whose config it fits. */
const contractCheck = {
  sample: 'text-sentiment',
  results: [
    {
      id: 'smoke-1',
      from_name: 'sentiment',
      to_name: 'review',
      type: 'choices',
      value: { choices: ['Positive'] },
    },
  ],
};

async function checkSample(browser, origin, sample) {
  const problems = [];
  // A context (window) of its own: a tab hidden behind another gets no animation frames.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    if (reason !== 'net::ERR_ABORTED') problems.push(`request ${reason}: ${request.url()}`);
  });
  // Record the public events (they bubble and are composed) before the page's scripts run; only
  // those fired once the demo has set a config count (the element is empty until then).
  await page.evaluateOnNewDocument(() => {
    window.__labelEvents = [];
    // An uncaught error ends the waits below at once (puppeteer reports the error itself).
    window.__crashed = false;
    window.addEventListener('error', () => (window.__crashed = true));
    window.addEventListener('unhandledrejection', () => (window.__crashed = true));
    for (const type of ['label-ready', 'label-config-error', 'label-annotation-change']) {
      document.addEventListener(type, (event) => {
        if (event.target.config) window.__labelEvents.push({ type, detail: event.detail });
      });
    }
  });

  try {
    await page.goto(`${origin}/examples/?sample=${encodeURIComponent(sample.id)}`, {
      waitUntil: 'load',
      timeout: timeoutMs,
    });
    await page.waitForFunction(
      () =>
        window.__crashed ||
        window.__labelEvents.some((e) => e.type === 'label-ready' || e.type === 'label-config-error'),
      { timeout: timeoutMs },
    );
    const configErrors = await page.evaluate(() =>
      window.__labelEvents
        .filter((e) => e.type === 'label-config-error')
        .flatMap((e) => e.detail.errors)
        .filter((e) => e.severity !== 'warning'),
    );
    for (const e of configErrors) problems.push(`config error ${e.line}:${e.column}: ${e.message}`);
    if (configErrors.length === 0)
      await page.waitForFunction(
        () => window.__crashed || window.__labelEvents.some((e) => e.type === 'label-ready'),
        { timeout: timeoutMs },
      );
    if (await page.evaluate(() => window.__crashed)) throw new Error('uncaught error in the page');

    if (sample.id === contractCheck.sample && problems.length === 0) {
      await page.evaluate(
        (results) => document.querySelector('label-workspace').addResults(results),
        contractCheck.results,
      );
      await page.waitForFunction(
        () => document.getElementById('annotation').textContent.includes('"Positive"'),
        {
          timeout: timeoutMs,
        },
      );
      await page.waitForFunction(() => !document.getElementById('undo').disabled, { timeout: timeoutMs });
      await page.click('#undo');
      await page.waitForFunction(
        () =>
          window.__labelEvents.some(
            (e) => e.type === 'label-annotation-change' && e.detail.source === 'undo',
          ),
        { timeout: timeoutMs },
      );
      const panel = await page.$eval('#annotation', (el) => el.textContent);
      if (panel.includes('"Positive"')) problems.push('after Undo the panel still shows the added result');
    }
    await page.screenshot({ path: join(shotsDir, `${sample.id}.png`) });
  } catch (error) {
    problems.push(`failed: ${error.message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }
  return problems;
}

async function main() {
  if (!existsSync('dist/label-elements.bundle.js')) {
    console.error('dist/label-elements.bundle.js is missing: run npm run build:bundle first');
    return { passed: 0, failed: 1 };
  }
  const samples = JSON.parse(readFileSync('examples/samples/index.json', 'utf8'));
  mkdirSync(shotsDir, { recursive: true });
  const server = createStaticServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: chromeArgs,
    protocolTimeout: timeoutMs * 2,
  });
  let passed = 0;
  let failed = 0;
  try {
    for (const sample of samples) {
      const started = performance.now();
      const problems = await checkSample(browser, origin, sample);
      const ms = Math.round(performance.now() - started);
      if (problems.length === 0) {
        passed += 1;
        console.log(`  ✓ demo: ${sample.id} (${ms} ms)`);
      } else {
        failed += 1;
        console.log(`  ✗ demo: ${sample.id} (${ms} ms)`);
        for (const problem of [...new Set(problems)]) console.log(`      ${problem}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`screenshots: ${shotsDir}`);
  return { passed, failed };
}

let result;
try {
  result = await main();
} catch (error) {
  console.error(error);
  result = { passed: 0, failed: 1 };
}
console.log(`${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed > 0 || result.passed === 0 ? 1 : 0);
