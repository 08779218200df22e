// @ts-check
// The argon2id work of password-hasher.ts, run in its worker threads (piscina) so that it never holds up the event
// loop. Plain CommonJS: the worker thread loads this file as it is, from src/ under jest and next to main.js in the
// build (webpack.config.js copies it), so it needs no compiler.
const { argon2id, argon2Verify } = require('hash-wasm');

/** @param {{ password: string; salt: Uint8Array; memorySize: number; iterations: number; parallelism: number; hashLength: number }} task */
exports.hash = (task) => argon2id({ ...task, outputType: 'encoded' });

/** @param {{ hash: string; password: string }} task */
exports.verify = ({ hash, password }) => argon2Verify({ hash, password });
