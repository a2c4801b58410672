/**
 * The shared Label Studio fixtures, fetched from the test server (`/__shared/ls-fixtures/`, see
 * web-test-runner.config.mjs). Every `.json` file of an example holds one task or a list of tasks,
 * except `image_magic_wand/gcp_cors_config.json`, a bucket CORS setting shipped with that example.
 */
const ROOT = '/__shared/ls-fixtures';
const NOT_TASKS = new Set(['image_magic_wand/gcp_cors_config.json']);

interface IndexEntry {
  readonly example: string;
  readonly files: readonly string[];
}

export interface FixtureTask {
  /** `example/file`, with `#i` for the i-th task of a list. */
  readonly name: string;
  /** The task as parsed from the file. */
  readonly task: unknown;
}

export async function fixtureText(path: string): Promise<string> {
  const response = await fetch(`${ROOT}/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

export async function fixtureJson<T = unknown>(path: string): Promise<T> {
  return JSON.parse(await fixtureText(path)) as T;
}

/** Paths (`example/file`) of every fixture file that holds tasks. */
export async function taskFiles(): Promise<string[]> {
  const index = await fixtureJson<{ examples: IndexEntry[] }>('index.json');
  return index.examples.flatMap(({ example, files }) =>
    files
      .filter((file) => file.endsWith('.json'))
      .map((file) => `${example}/${file}`)
      .filter((path) => !NOT_TASKS.has(path)),
  );
}

/** Every task of every fixture file. */
export async function fixtureTasks(): Promise<FixtureTask[]> {
  const files = await taskFiles();
  const parsed = await Promise.all(files.map(async (path) => ({ path, json: await fixtureJson(path) })));
  return parsed.flatMap(({ path, json }) =>
    Array.isArray(json)
      ? json.map((task, i) => ({ name: `${path}#${i}`, task }))
      : [{ name: path, task: json }],
  );
}
