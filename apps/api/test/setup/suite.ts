import type { Role } from '@keino/contracts';

import { Actor, createUser, signInAdmin } from '../factories';
import { APP_ENV, startTestApp, TestApp } from './test-app';

/** Who a suite needs signed in besides the admin: a role, some roles, or createUser's options. */
export type UserSpec = Role | Role[] | Parameters<typeof createUser>[2];

export type Suite<U extends string> = { t: TestApp; admin: Actor } & Record<U, Actor>;

/**
 * What (almost) every int-spec starts with: the app on a fresh database (APP_ENV, plus `env`), the admin signed in,
 * and one signed-in user per entry of `users`, created in the order given. Close with `t.close()`.
 *
 *   ({ t, admin, trainer } = await startSuite({ users: { trainer: 'trainer' } }));
 */
export async function startSuite<U extends string = never>(
  options: { env?: Record<string, string>; serverUrl?: string; users?: Record<U, UserSpec> } = {},
): Promise<Suite<U>> {
  const t = await startTestApp({ ...APP_ENV, ...options.env }, { serverUrl: options.serverUrl });
  const admin = await signInAdmin(t);
  const users = {} as Record<U, Actor>;
  for (const [name, spec] of Object.entries(options.users ?? {}) as [U, UserSpec][]) {
    const opts = typeof spec === 'string' ? { roles: [spec] } : Array.isArray(spec) ? { roles: spec } : spec;
    users[name] = await createUser(t, admin, opts);
  }
  return { t, admin, ...users } as Suite<U>;
}
