import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';

// argon2id in WebAssembly (hash-wasm): no native build, so it installs and runs alike on every platform.
// Parameters: OWASP's recommendation for argon2id (19 MiB, 2 passes, 1 lane); they travel in the encoded hash.
const PARAMS = { memorySize: 19_456, iterations: 2, parallelism: 1, hashLength: 32 } as const;

// The worker file is plain JavaScript: next to this file under jest, next to main.js in the build (copied there by
// webpack.config.js), where __dirname is the bundle's folder.
const WORKER_FILE = join(__dirname, 'password-hasher.worker.js');

/*
 * A check costs tens of milliseconds of CPU; on the event loop, twenty sign-ins at once held up every other request
 * for most of a second. In worker threads the loop stays free. One thread per core: argon2id with one lane keeps a
 * core busy, more threads would only queue inside the OS. Started at the first hash; idle threads end after a minute
 * and do not keep the process alive.
 */
let pool: Piscina | undefined;

function threads(): Piscina {
  pool ??= new Piscina({
    filename: WORKER_FILE,
    minThreads: 1,
    maxThreads: Math.max(1, availableParallelism()),
    idleTimeout: 60_000,
  });
  return pool;
}

export function hashPassword(password: string): Promise<string> {
  return threads().run({ ...PARAMS, password, salt: randomBytes(16) }, { name: 'hash' }) as Promise<string>;
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  // hash-wasm refuses an empty password by throwing; an empty password simply does not match.
  if (password.length === 0) return false;
  return threads().run({ hash, password }, { name: 'verify' }) as Promise<boolean>;
}

/** Ends the worker threads once the checks under way are done; the next hash starts new ones. */
export async function closePasswordHasher(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.close();
}

/** Closes the hashing threads when the app shuts down (after the HTTP server has stopped taking requests). */
@Injectable()
export class PasswordHasherShutdown implements OnApplicationShutdown {
  onApplicationShutdown(): Promise<void> {
    return closePasswordHasher();
  }
}
