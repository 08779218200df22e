// Runs the API from its TypeScript sources in a process of its own (test/process/server-process.ts), as the build
// would: ts-node without type checks (jest and typecheck do those), the workspace's own libraries by their paths, and
// `.sql` files as their text (webpack's asset/source).
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');

const root = join(__dirname, '../../../..');
require('ts-node').register({ project: join(root, 'apps/api/tsconfig.app.json'), transpileOnly: true });

const libraries = {
  '@keino/contracts': join(root, 'libs/contracts/src/index.ts'),
  '@keino/testing': join(root, 'libs/testing/src/index.ts'),
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, libraries[request] ?? request, ...rest);
};

require.extensions['.sql'] = (module, filename) => {
  module.exports = readFileSync(filename, 'utf8');
};
