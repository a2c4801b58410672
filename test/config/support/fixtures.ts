/**
 * The Label Studio example fixtures, as the test server serves them from ../shared/ls-fixtures.
 */
export interface FixtureIndexEntry {
  readonly example: string;
  readonly files: readonly string[];
}

export interface Fixture {
  readonly example: string;
  /** Config file name → XML text (`nested_choices` has two configs). */
  readonly configs: ReadonlyMap<string, string>;
  /** `data` of the first task, when the example has tasks. */
  readonly data: Record<string, unknown> | undefined;
}

const BASE = '/__shared/ls-fixtures';

export async function fixtureIndex(): Promise<readonly FixtureIndexEntry[]> {
  const index = (await fetchJson(`${BASE}/index.json`)) as { examples: FixtureIndexEntry[] };
  return index.examples;
}

export async function loadFixture(entry: FixtureIndexEntry): Promise<Fixture> {
  const configs = new Map<string, string>();
  for (const file of entry.files.filter((name) => /^config.*\.xml$/.test(name))) {
    configs.set(file, await fetchText(`${BASE}/${entry.example}/${file}`));
  }
  // `timeseries` has no tasks.json: its sample-sin.json is the task list (see the fixtures' index.md).
  const tasksFile = ['tasks.json', 'sample-sin.json'].find((name) => entry.files.includes(name));
  const tasks = tasksFile ? await fetchJson(`${BASE}/${entry.example}/${tasksFile}`) : undefined;
  const first = (Array.isArray(tasks) ? tasks[0] : tasks) as { data?: Record<string, unknown> } | undefined;
  return { example: entry.example, configs, data: first?.data };
}

export async function loadFixtureByName(example: string): Promise<Fixture> {
  const entry = (await fixtureIndex()).find((candidate) => candidate.example === example);
  if (!entry) throw new Error(`no fixture ${example}`);
  return loadFixture(entry);
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

async function fetchJson(url: string): Promise<unknown> {
  return JSON.parse(await fetchText(url)) as unknown;
}
