// `npm test`: every jest project of the root jest.config.ts. The API's run needs --experimental-vm-modules (PGlite
// loads its WebAssembly through a dynamic import), which breaks the Angular preset's module loading, so the projects
// run in two jest processes. Extra arguments go to both; TEST_REPORT_DIR=dir writes a JSON report per run (CI counts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const runs = [
  { name: 'web', nodeOptions: '' },
  { name: 'api', nodeOptions: '--experimental-vm-modules' },
];
const args = process.argv.slice(2);
let failed = false;
for (const run of runs) {
  const report = process.env.TEST_REPORT_DIR
    ? ['--json', `--outputFile=${join(process.env.TEST_REPORT_DIR, `${run.name}.json`)}`]
    : [];
  const result = spawnSync(
    process.execPath,
    ['node_modules/jest/bin/jest.js', '--selectProjects', run.name, ...report, ...args],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_OPTIONS: [process.env.NODE_OPTIONS, run.nodeOptions].filter(Boolean).join(' '),
      },
    },
  );
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
