'use strict';
// Resolves the @setu/* aliases of tsconfig.json to the compiled files under dist/, for
// `node -r ./bin/register-paths.js dist/...` (npm start) and bin/setu.js.
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');

const root = path.resolve(__dirname, '..');
const loaded = tsConfigPaths.loadConfig(root);
if (loaded.resultType !== 'success') {
  process.stderr.write(`setu: cannot read ${path.join(root, 'tsconfig.json')}: ${loaded.message}\n`);
  process.exit(1);
}
const paths = Object.fromEntries(
  Object.entries(loaded.paths).map(([alias, targets]) => [alias, targets.map((t) => t.replace(/\.ts$/, ''))]),
);
tsConfigPaths.register({ baseUrl: path.join(root, 'dist'), paths, addMatchAll: false });
