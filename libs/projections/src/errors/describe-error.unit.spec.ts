import { describeError, formatError, isTransient } from './describe-error';

class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'error'; // as pg names its errors
  }
}

describe('describeError', () => {
  it('keeps the class and a code-shaped code, never the message', () => {
    const error = new DatabaseError('Key (name)=(Sita Kumari) already exists', '23505');
    expect(describeError(error)).toEqual({ errorClass: 'DatabaseError', code: '23505' });
    expect(formatError(describeError(error))).toBe('DatabaseError (23505)');
    expect(JSON.stringify(describeError(error))).not.toContain('Sita');
  });

  it('takes the name of a plain Error that carries one, and drops names and codes that are not identifiers', () => {
    expect(describeError(Object.assign(new Error('x'), { name: 'AbortError' }))).toEqual({ errorClass: 'AbortError' });
    expect(describeError(new TypeError('Sita'))).toEqual({ errorClass: 'TypeError' });
    expect(describeError(Object.assign(new Error('x'), { name: 'Sita Kumari', code: 'lives in Rampur' }))).toEqual({ errorClass: 'Error' });
    expect(describeError('Sita')).toEqual({ errorClass: 'string' });
    expect(formatError({ errorClass: 'TypeError' })).toBe('TypeError');
  });
});

describe('isTransient', () => {
  it.each([
    ['40001', true], // serialization failure
    ['40P01', true], // deadlock
    ['55P03', true], // lock timeout
    ['57P01', true], // admin shutdown
    ['08006', true], // connection failure
    ['53300', true], // too many connections
    ['23505', false], // unique violation: the projection's own doing
    ['P0001', false],
    ['TALLY_REFUSED', false],
  ])('%s: %s', (code, transient) => {
    expect(isTransient(new DatabaseError('x', code))).toBe(transient);
  });

  it('is false for errors without a code', () => {
    expect(isTransient(new Error('x'))).toBe(false);
    expect(isTransient(null)).toBe(false);
  });
});
