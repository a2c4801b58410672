// @web/test-runner setup: Debian Chromium (never a downloaded browser), esbuild for TypeScript,
// pixi's single-file ESM build, the shared Label Studio fixtures under /__shared/, and a closing
// "N passed, N failed" line that .ci/run reads.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { sharedFilesMiddleware } from './scripts/shared-files.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { chromeArgs, chromePath } from './scripts/chromium.mjs';

// `pixi.js/unsafe-eval` patches pixi's lib/ classes; next to the prebundled build those would be a
// second, unused copy (whose CommonJS eventemitter3 does not even load here). Test pages have no CSP,
// so it is served as an empty module; the real module is used by the npm and drop-in builds.
const UNSAFE_EVAL_STUB = '/__pixi-unsafe-eval.js';
const pixiPrebundled = {
  name: 'pixi-prebundled',
  resolveImport: ({ source }) =>
    source === 'pixi.js'
      ? '/node_modules/pixi.js/dist/pixi.mjs'
      : source === 'pixi.js/unsafe-eval'
        ? UNSAFE_EVAL_STUB
        : undefined,
  serve: (context) => (context.path === UNSAFE_EVAL_STUB ? { body: 'export {};\n', type: 'js' } : undefined),
};

export default {
  files: process.env.WTR_FILES || 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 2,
  middleware: [sharedFilesMiddleware()],
  reporters: [defaultReporter(), countReporter()],
  plugins: [pixiPrebundled, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      // One browser context (its own window) per test page: with concurrency 2, a second tab in
      // the same window hides the first, whose requestAnimationFrame then never fires (label-ready
      // waits for a painted frame) and the test times out.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: chromeArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  coverageConfig: { include: ['src/**/*.ts'], reportDir: 'coverage', report: true },
};
