// Custom Elements Manifest (custom-elements.json): read by Storybook (argTypes, docs), IDEs and
// hosts. It is committed and checked fresh in CI (npm run check:manifest).
import { readFileSync } from 'node:fs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.d.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json's `customElements` field is ours to keep: an analyze run with another --outdir must
  // not rewrite it
  packagejson: false,
  // The analyzer lists modules in file-system order, which differs between clones; sorted paths
  // keep the committed manifest byte-identical wherever it is generated.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort()
      .map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true)),
  plugins: [dropUnnamedEvents()],
};

/**
 * Our events are classes (`new LabelSubmitEvent(…)`), whose names the analyzer cannot read from a
 * `dispatchEvent` call; each is declared by an `@fires` tag instead. This drops the nameless
 * duplicates the analyzer adds for those calls.
 */
function dropUnnamedEvents() {
  return {
    name: 'drop-unnamed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (Array.isArray(declaration.events))
            declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}
