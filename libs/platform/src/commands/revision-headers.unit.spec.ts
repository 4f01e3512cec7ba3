import { parseIfMatch } from './revision-headers';

describe('parseIfMatch', () => {
  it.each([
    ['"7"', 7],
    ['7', 7],
    ['W/"12"', 12],
    ['"-1"', -1],
    [undefined, undefined],
    ['  ', undefined],
  ])('reads %p as %p', (header, revision) => {
    expect(parseIfMatch(header)).toBe(revision);
  });

  it.each(['"abc"', '"-2"', '*', '"1.5"'])('refuses %p naming the header', (header) => {
    expect(() => parseIfMatch(header)).toThrow(expect.objectContaining({ code: 'IF_MATCH_INVALID', errors: [expect.objectContaining({ field: 'If-Match' })] }) as Error);
  });
});
