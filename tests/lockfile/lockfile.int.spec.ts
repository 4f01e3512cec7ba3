import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('package-lock.json', () => {
  it('lists every optional platform package its parents name, so `npm ci` accepts it', () => {
    const check = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'complete-lockfile.js'), '--check'], { encoding: 'utf8' });
    // If this fails after an `npm install`: run `node bin/complete-lockfile.js` (see its header).
    expect(check.stdout).toBe('');
    expect(check.status).toBe(0);
  });
});
