// `prestart`: on a fresh clone, install the locked dependencies before the demo is built, so
// `npm start` is the only command a newcomer needs. Does nothing when node_modules is in place.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`label-elements needs Node 20.19 or newer (this is ${process.version}).`);
  process.exit(1);
}

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('node_modules is missing: running npm ci (once)...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(result.status ?? 1);
}
