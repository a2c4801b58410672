// Smoke test of the static Storybook: every story (and docs page) in index.json is shown in
// headless Chromium; a story passes when it rendered (the root has an element, custom elements in
// it finished their first update, Storybook shows no error) with no page error, no console error
// and no failed request. One screenshot per story goes to <dir>/__smoke/.
// Usage: node scripts/smoke-storybook.mjs [storybook-static] [id-substring...]
// Ends with one line "N passed, N failed" (read by .ci/run); exit 1 on any failure.
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from './chromium.mjs';
import { createStaticServer } from './serve.mjs';

const [dirArg = 'storybook-static', ...filters] = process.argv.slice(2);
const root = resolve(dirArg);
const shotsDir = join(root, '__smoke');
const concurrency = Number(process.env.SMOKE_CONCURRENCY ?? 2);
const storyTimeoutMs = Number(process.env.SMOKE_TIMEOUT_MS ?? 15000);

function serve(dir) {
  // Cached: every story page loads the same fingerprinted bundles; compiling them once saves most
  // of the run.
  const server = createStaticServer(dir, { cacheSeconds: 600 });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * One worker's browser page. The first story loads iframe.html; the next ones switch story the
 * way Storybook's own manager does (`setCurrentStory` on the preview's channel), which skips
 * re-parsing the preview bundle for every story. After a failing story the page is reloaded, so
 * one story's leftovers are not blamed on the next.
 */
class StoryPage {
  problems = [];
  loaded = false;

  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.location()?.url?.endsWith('/favicon.ico')) return;
      if (message.type() === 'error') this.problems.push(`console error: ${message.text()}`);
      // Lit dev mode: a class field hiding a reactive property means the property never updates.
      else if (message.type() === 'warning' && /class field/i.test(message.text()))
        this.problems.push(`console warning: ${message.text()}`);
    });
    page.on('response', (response) => {
      const url = response.url();
      if (response.status() >= 400 && !url.endsWith('/favicon.ico'))
        this.problems.push(`HTTP ${response.status()}: ${url}`);
    });
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'failed';
      if (reason !== 'net::ERR_ABORTED' && !request.url().endsWith('/favicon.ico'))
        this.problems.push(`request ${reason}: ${request.url()}`);
    });
  }

  /** Shows `entry`; returns the list of problems (empty when it passed). */
  async check(entry) {
    this.problems = [];
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    try {
      if (this.loaded) await this.#switchTo(entry.id, viewMode);
      else await this.#load(entry.id, viewMode);
      const state = await this.page.evaluate(
        inspectStory,
        viewMode === 'docs',
        Math.round(storyTimeoutMs / 2),
      );
      if (state.error) this.problems.push(state.error);
      await this.page.screenshot({ path: join(shotsDir, `${entry.id}.png`) });
    } catch (error) {
      this.problems.push(`did not render: ${error.message.split('\n')[0]}`);
    }
    const problems = [...new Set(this.problems)];
    this.loaded = problems.length === 0;
    return problems;
  }

  async #load(id, viewMode) {
    const url = `${this.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}`;
    await this.page.goto(url, { waitUntil: 'load', timeout: storyTimeoutMs });
    await this.page.waitForFunction(
      () => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className),
      { timeout: storyTimeoutMs },
    );
  }

  async #switchTo(id, viewMode) {
    const outcome = await this.page.evaluate(
      (storyId, mode, waitMs) =>
        new Promise((done) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          const finish = (result) => {
            for (const [event, handler] of handlers) channel.off(event, handler);
            clearTimeout(timer);
            done(result);
          };
          const handlers = [
            ['storyRendered', (renderedId) => (renderedId ?? storyId) === storyId && finish('rendered')],
            ['docsRendered', (renderedId) => (renderedId ?? storyId) === storyId && finish('rendered')],
            ['storyErrored', () => finish('errored')],
            ['storyThrewException', () => finish('threw')],
            ['storyMissing', () => finish('missing')],
          ];
          for (const [event, handler] of handlers) channel.on(event, handler);
          const timer = setTimeout(() => finish('timeout'), waitMs);
          channel.emit('setCurrentStory', { storyId, viewMode: mode });
        }),
      id,
      viewMode,
      storyTimeoutMs,
    );
    if (outcome === 'timeout') throw new Error(`no storyRendered within ${storyTimeoutMs} ms`);
  }
}

/** Runs in the page: has the story rendered, with our elements defined and updated? */
async function inspectStory(isDocs, waitMs) {
  const body = document.body;
  if (body.classList.contains('sb-show-errordisplay')) {
    const message = document.getElementById('error-message')?.textContent ?? '';
    return { error: `Storybook error display: ${message.trim().slice(0, 300)}` };
  }
  if (body.classList.contains('sb-show-nopreview')) return { error: 'Storybook shows "no preview"' };
  const rootEl = document.getElementById(isDocs ? 'storybook-docs' : 'storybook-root');
  if (!rootEl?.firstElementChild) return { error: 'the story root is empty' };
  // Our elements render asynchronously: wait (bounded) for their definition and first update.
  const customEls = [...rootEl.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
  const settled = Promise.all(
    customEls.map(async (el) => {
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
    }),
  );
  await Promise.race([settled, new Promise((done) => setTimeout(done, waitMs))]);
  const undefinedEls = customEls.filter((el) => !customElements.get(el.localName));
  if (undefinedEls.length) return { error: `custom element never defined: <${undefinedEls[0].localName}>` };
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return { error: null, elements: customEls.length };
}

async function main() {
  const indexPath = join(root, 'index.json');
  if (!existsSync(indexPath)) {
    console.error(`${indexPath} is missing: run npm run build-storybook first`);
    return { passed: 0, failed: 1 };
  }
  const entries = Object.values(JSON.parse(readFileSync(indexPath, 'utf8')).entries)
    .filter((entry) => entry.type === 'story' || entry.type === 'docs')
    .filter((entry) => filters.length === 0 || filters.some((f) => entry.id.includes(f)));
  if (entries.length === 0) {
    console.error('no stories found in index.json');
    return { passed: 0, failed: 1 };
  }
  mkdirSync(shotsDir, { recursive: true });

  const server = await serve(root);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: chromeArgs,
    protocolTimeout: storyTimeoutMs * 2,
  });
  let passed = 0;
  let failed = 0;
  try {
    const queue = [...entries];
    const worker = async () => {
      // One context (its own window) per worker: a tab hidden behind another gets no animation
      // frames.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      const storyPage = new StoryPage(page, origin);
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const started = performance.now();
        const problems = await storyPage.check(entry);
        const ms = Math.round(performance.now() - started);
        if (problems.length === 0) {
          passed += 1;
          console.log(`  ✓ ${entry.id} (${ms} ms)`);
        } else {
          failed += 1;
          console.log(`  ✗ ${entry.id} (${ms} ms)`);
          for (const problem of problems) console.log(`      ${problem}`);
        }
      }
      await context.close();
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
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
