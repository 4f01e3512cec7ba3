import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findMigrationsDir, MIGRATIONS_DIR } from './migrations-dir';

describe('MIGRATIONS_DIR', () => {
  it('is infra/migrations of this repository', () => {
    expect(MIGRATIONS_DIR).toBe(path.resolve(__dirname, '..', '..', '..', 'infra', 'migrations'));
  });

  it('is found from the compiled output as well as from the sources', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'setu-repo-'));
    try {
      writeFileSync(path.join(repo, 'package.json'), '{}');
      mkdirSync(path.join(repo, 'infra', 'migrations'), { recursive: true });
      const expected = path.join(repo, 'infra', 'migrations');

      expect(findMigrationsDir(path.join(repo, 'libs', 'postgres', 'src'))).toBe(expected);
      expect(findMigrationsDir(path.join(repo, 'dist', 'libs', 'postgres', 'src'))).toBe(expected);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
