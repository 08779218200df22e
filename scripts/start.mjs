// `npm start`: build what is missing, then serve the web app and the API on one port, with demo data by default.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const missing = [
  ['api', 'dist/apps/api/main.js'],
  ['web', 'dist/apps/web/browser/index.html'],
].filter(([, file]) => !existsSync(file));

if (missing.length > 0) {
  const projects = missing.map(([name]) => name).join(',');
  console.log(`Building ${projects} (first start only)…`);
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', projects], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['dist/apps/api/main.js'], {
  stdio: 'inherit',
  env: { DEMO_DATA: 'true', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
