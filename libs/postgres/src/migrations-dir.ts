import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

// The same code runs from libs/postgres/src (jest) and from dist/libs/postgres/src (tsc output),
// so the repository root is found rather than counted.
export function findMigrationsDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'infra', 'migrations');
    if (existsSync(path.join(dir, 'package.json')) && existsSync(candidate) && statSync(candidate).isDirectory()) {
      return candidate;
    }
    if (path.dirname(dir) === dir) return path.resolve(start, '..', '..', '..', 'infra', 'migrations');
  }
}

/** Absolute path of `<repo>/infra/migrations`. */
export const MIGRATIONS_DIR: string = findMigrationsDir(__dirname);
