// A burst of sign-ins at once (argon2id each) and how long a health check waits meanwhile: hashing runs in worker
// threads (accounts/password-hasher.ts), so the event loop stays free for every other request.
import { percentile } from './http.mjs';

const BURST = 20;
const ROUNDS = 5;

async function timedFetch(url, init) {
  const started = performance.now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - started;
}

export async function measureSignInBurst(base, admin) {
  const signIn = () =>
    timedFetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
  const health = () => timedFetch(`${base}/health`);
  await signIn(); // warm-up: the hashing threads start
  const idle = [];
  for (let i = 0; i < 10; i++) idle.push(await health());
  const bursts = [];
  const worst = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    let done = false;
    const all = Promise.all(Array.from({ length: BURST }, signIn)).finally(() => (done = true));
    const waits = [];
    while (!done) waits.push(await health());
    await all;
    bursts.push(performance.now() - started);
    worst.push(Math.max(...waits));
  }
  const p50 = (values) => percentile(values, 50).toFixed(0);
  console.log(
    `${BURST} sign-ins at once: burst p50 ${p50(bursts)} ms; health check idle p50 ${percentile(idle, 50).toFixed(1)} ms, ` +
      `worst during a burst p50 ${p50(worst)} ms (${((percentile(worst, 50) / percentile(bursts, 50)) * 100).toFixed(1)} % of the burst)`,
  );
}
