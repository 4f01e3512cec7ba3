import { TEST_PRINCIPAL } from '@setu/access/testing';
import { actorOf, jurisdictionOf } from './principal';

describe('principal → event metadata', () => {
  it('gives the actor', () => {
    expect(actorOf(TEST_PRINCIPAL)).toEqual({ userId: 'user-1', orgId: 'org-1', role: 'fieldworker' });
  });

  it("takes the token's only state as the jurisdiction", () => {
    expect(jurisdictionOf({ ...TEST_PRINCIPAL, states: ['BR'] })).toBe('BR');
  });

  it('takes a requested state the token covers', () => {
    expect(jurisdictionOf({ ...TEST_PRINCIPAL, states: ['RJ', 'BR'] }, 'BR')).toBe('BR');
  });

  it('forbids a state the token does not cover', () => {
    expect(() => jurisdictionOf({ ...TEST_PRINCIPAL, states: ['RJ'] }, 'BR')).toThrow(
      expect.objectContaining({ code: 'JURISDICTION_FORBIDDEN', category: 'forbidden' }),
    );
  });

  it('asks which state when the token covers several', () => {
    expect(() => jurisdictionOf({ ...TEST_PRINCIPAL, states: ['RJ', 'BR'] })).toThrow(
      expect.objectContaining({ code: 'JURISDICTION_REQUIRED' }),
    );
  });
});
