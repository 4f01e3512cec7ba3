import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain-JS maintenance script
const { missingOptional } = require('../../bin/complete-lockfile.js') as {
  missingOptional(lock: unknown): Map<string, string>;
};

describe('package-lock.json', () => {
  it('lists every optional platform package its parents name, so `npm ci` accepts it', () => {
    const lock: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package-lock.json'), 'utf8'));
    const missing = [...missingOptional(lock).keys()];
    // If this fails after an `npm install`: run `node bin/complete-lockfile.js` (see its header).
    expect(missing).toEqual([]);
  });
});
