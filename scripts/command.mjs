// `npm run migrate`, `npm run backup -- FOLDER`, `npm run restore -- FOLDER`: the built API's own commands
// (`node dist/apps/api/main.js migrate|backup|restore`, as a deployment runs them), building the API first when missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/apps/api/main.js')) {
  console.log('Building api (first run only)…');
  const build = spawnSync('npx', ['nx', 'build', 'api'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, ['dist/apps/api/main.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
