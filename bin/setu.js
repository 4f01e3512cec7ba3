#!/usr/bin/env node
'use strict';
// The `setu` command. Runs the compiled CLI (infra/cli), building dist/ first when it is
// missing or older than the sources.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const entry = path.join(root, 'dist', 'infra', 'cli', 'main.js');
const stamp = path.join(root, 'dist', '.setu-build-stamp');
const SOURCES = ['libs', 'services', 'contracts', 'infra', 'tests'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json'];

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')) newest = Math.max(newest, mtime(full));
  }
  return newest;
}

function isStale() {
  const builtAt = Math.max(mtime(stamp), mtime(path.join(root, 'dist', '.tsbuildinfo')));
  if (!fs.existsSync(entry) || builtAt === 0) return true;
  const sources = Math.max(...SOURCES.map((d) => newestSource(path.join(root, d))), ...CONFIGS.map((c) => mtime(path.join(root, c))));
  return sources > builtAt;
}

function build() {
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  } catch {
    process.stderr.write('setu: dist/ is missing or out of date and TypeScript is not installed: run `npm ci && npm run build`\n');
    process.exit(1);
  }
  process.stderr.write('setu: building (dist/ is missing or out of date)...\n');
  // tsc's report goes to stderr so that stdout carries only the command's output (e.g. a token).
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status === 0) {
    fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
  } else if (fs.existsSync(entry)) {
    // tsc still emits on type errors; they may well be in code this command never runs.
    process.stderr.write('setu: the build reported errors (above); running what it emitted\n');
  } else {
    process.stderr.write('setu: the build failed (see above); fix it and run `npm run build`\n');
    process.exit(1);
  }
}

if (isStale()) build();
require('./register-paths');
require(entry).main();
