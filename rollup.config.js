// Two builds (see design.md "Build outputs"):
//  1. npm: ESM modules under dist/, one file per source module (preserveModules), every runtime
//     dependency left external so the host's bundler dedupes Lit and PixiJS. `tsc -p
//     tsconfig.build.json` writes the matching .d.ts files beside them.
//  2. drop-in: dist/label-elements.bundle.js, one self-contained ESM file for a plain
//     <script type="module">, with Lit's production build and everything inlined.
// BUNDLE_ONLY=1 (`rollup -c --environment BUNDLE_ONLY`) builds only the second one (npm start).
// TypeScript goes through esbuild (fast, reads tsconfig.json for legacy decorators); tsc only
// type-checks and writes declarations.
import { existsSync, readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});

/** `lit`, `lit/decorators.js`, `pixi.js/unsafe-eval`... are the host's to resolve in the npm build. */
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

/** Entry points of the npm build; optional ones appear as their layers land. */
const npmInputs = ['src/index.ts', 'src/define.ts', 'src/format/index.ts', 'src/config/index.ts'].filter(
  (file) => existsSync(file),
);

/** Pixi (and a few of its dependencies) have harmless circular imports; anything else is worth reading. */
function onwarn(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/node_modules/')))
    return;
  warn(warning);
}

const npmBuild = {
  input: npmInputs,
  external: isDependency,
  onwarn,
  plugins: [resolve({ extensions: ['.ts', '.js', '.mjs'] }), typescript()],
  output: {
    dir: 'dist',
    format: 'esm',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
    sourcemap: true,
  },
};

/**
 * Pixi modules the drop-in bundle never runs. The image stage starts its WebGLRenderer with
 * `skipExtensionImports: true` and draws with Graphics and Sprites only, so Pixi's environment
 * loaders (events, accessibility, filters, DOM: `browserAll`/`webworkerAll`, reached through a
 * dynamic import that `inlineDynamicImports` would otherwise inline) and the spritesheet asset
 * loader are dead code: about 21 KB gzip. The npm build leaves Pixi to the host's bundler.
 */
const unusedPixiModules = {
  name: 'unused-pixi-modules',
  resolveId(source, importer) {
    if (!importer?.includes('/node_modules/pixi.js/lib/')) return null;
    const dead = /\/(browserAll|webworkerAll)\.mjs$/.test(source) || /spritesheet\/init\.mjs$/.test(source);
    return dead ? '\0unused-pixi-module' : null;
  },
  load: (id) => (id === '\0unused-pixi-module' ? 'export {};' : null),
};

const dropInBundle = {
  input: 'src/bundle.ts',
  onwarn,
  plugins: [
    unusedPixiModules,
    // `production` picks Lit's production build (no dev-mode warning, smaller).
    resolve({ browser: true, exportConditions: ['production'], extensions: ['.ts', '.js', '.mjs'] }),
    commonjs(), // eventemitter3 and @xmldom/xmldom, pulled in by PixiJS, are CommonJS
    typescript(),
    terser({ ecma: 2020, module: true, format: { comments: false } }),
  ],
  output: {
    file: 'dist/label-elements.bundle.js',
    format: 'esm',
    inlineDynamicImports: true,
    sourcemap: true,
  },
};

export default process.env.BUNDLE_ONLY ? [dropInBundle] : [npmBuild, dropInBundle];
