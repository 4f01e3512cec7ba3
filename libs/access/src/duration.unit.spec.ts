import { parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['15m', 900],
    ['8h', 28800],
    ['7d', 604800],
    ['1w', 604800],
    [' 2H ', 7200],
  ])('%s → %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', '0h', '8', 'h', '1.5h', '-1h', '1 year'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});
