#!/usr/bin/env node
// The npm registry this project is built against serves only the platform packages of its own
// machines, so `npm install` leaves the other platforms' optional binaries (@swc/core-darwin-arm64,
// ...) out of package-lock.json while their parents still list them, and `npm ci` then refuses the
// lockfile as out of sync. This adds the missing entries as optional, as npm would on the public
// registry; npm ci skips them where they cannot be fetched or do not fit the platform.
// Run after every `npm install`: `node bin/complete-lockfile.js`; `--check` only reports
// (tests/lockfile runs that).
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'package-lock.json');

function missingOptional(lock) {
  const packages = lock.packages;
  const missing = new Map();
  for (const [location, meta] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
      // Node resolution: the nearest node_modules up from the parent's location.
      let found = false;
      for (let dir = location; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
        if (packages[dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`]) {
          found = true;
          break;
        }
        if (dir === '') break;
      }
      if (!found) missing.set(`node_modules/${name}`, version);
    }
  }
  return missing;
}

if (require.main === module) {
  const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
  const missing = missingOptional(lock);
  if (process.argv.includes('--check')) {
    for (const location of missing.keys()) process.stdout.write(`missing: ${location}\n`);
    process.exit(missing.size === 0 ? 0 : 1);
  }
  for (const [location, version] of missing) lock.packages[location] = { version, dev: undefined, optional: true };
  if (missing.size > 0) fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  process.stdout.write(`complete-lockfile: added ${missing.size} optional platform entries\n`);
}
