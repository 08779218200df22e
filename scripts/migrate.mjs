// `npm run migrate`: migrates the database of DATABASE_URL (or DATA_DIR's embedded one) and ends, with the built API
// (built first when missing), the same command a deployment's migration step runs: `node main.js migrate`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/apps/api/main.js')) {
  console.log('Building api (first run only)…');
  const build = spawnSync('npx', ['nx', 'build', 'api'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, ['dist/apps/api/main.js', 'migrate'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
