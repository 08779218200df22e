import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export interface ServerProcess {
  /** `http://127.0.0.1:PORT` */
  base: string;
  child: ChildProcess;
  /** What the process wrote, stdout and stderr together (for failure messages). */
  output(): string;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** SIGKILL if still running, and remove its DATA_DIR. */
  kill(): Promise<void>;
}

/**
 * The API's own main.ts as a real server process (from the sources, test/process/register-source.cjs), on a port of
 * its own, production settings unless `env` says otherwise; `args` go to main.ts (`['migrate']`: the migrate command).
 */
export async function startServerProcess(
  env: Record<string, string>,
  args: string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'keino-process-'));
  const child = spawn(
    process.execPath,
    ['-r', './apps/api/test/process/register-source.cjs', 'apps/api/src/main.ts', ...args],
    {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'production',
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        JWT_SECRET: 'a-test-secret-that-is-long-enough-for-the-check',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        REMINDERS_SCHEDULE: 'false',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls `path` until it answers 200; fails with the process's output when it exits or `timeoutMs` passes. */
export async function waitForOk(
  server: ServerProcess,
  path = '/api/health',
  timeoutMs = 90_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.child.exitCode !== null) throw new Error(`the server exited:\n${server.output()}`);
    try {
      if ((await fetch(`${server.base}${path}`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${path} never answered 200:\n${server.output()}`);
}
