import { forgeToken, TEST_PRINCIPAL, tokenFor, unsignedToken, ephemeralIssuer } from '@setu/access/testing';
import type { LocalIssuer } from './local-issuer';

describe('TokenVerifier (local issuer)', () => {
  let issuer: LocalIssuer;
  let stranger: LocalIssuer;

  beforeAll(async () => {
    issuer = await ephemeralIssuer();
    stranger = await ephemeralIssuer();
  });

  const rejection = async (token: string) => {
    const error = await issuer.verifier().verify(token).then(
      () => undefined,
      (e: unknown) => e as { code?: string; message?: string },
    );
    if (error === undefined) throw new Error('token was accepted');
    return { code: error.code, message: error.message };
  };

  it('accepts its own token and returns the principal', async () => {
    const token = await tokenFor(issuer, { states: ['RJ', 'BR'], districts: ['JPR'] });
    await expect(issuer.verifier().verify(token)).resolves.toEqual({
      ...TEST_PRINCIPAL,
      states: ['RJ', 'BR'],
      districts: ['JPR'],
    });
  });

  it('refuses an expired token', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    expect(await rejection(await forgeToken(issuer, { iat: past - 60, exp: past }))).toEqual({
      code: 'AUTH_TOKEN_EXPIRED',
      message: 'The bearer token has expired.',
    });
  });

  it('refuses a token naming another issuer, even signed with the right key', async () => {
    expect((await rejection(await forgeToken(issuer, { iss: 'https://evil.example' }))).message).toContain(
      'issuer is not trusted',
    );
  });

  it('refuses a token for another audience', async () => {
    expect((await rejection(await forgeToken(issuer, { aud: 'other-api' }))).message).toContain('another audience');
  });

  it('refuses alg none', async () => {
    expect(await rejection(unsignedToken(issuer))).toMatchObject({ code: 'AUTH_TOKEN_INVALID' });
  });

  it('refuses a token signed by another key', async () => {
    expect(await rejection(await tokenFor(stranger))).toMatchObject({ code: 'AUTH_TOKEN_INVALID' });
  });

  it('refuses a tampered payload', async () => {
    const [header, payload, signature] = (await tokenFor(issuer)).split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const raised = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
    expect((await rejection(`${header}.${raised}.${signature}`)).message).toContain('signature is invalid');
  });

  it('refuses garbage', async () => {
    expect(await rejection('not-a-jwt')).toMatchObject({ code: 'AUTH_TOKEN_INVALID' });
  });

  it.each([
    [{ org: undefined }, 'claim `org`'],
    [{ role: '' }, 'claim `role`'],
    [{ states: [] }, 'claim `states`'],
    [{ states: ['UP'] }, 'claim `states`'],
    [{ districts: 'JPR' }, 'claim `districts`'],
    [{ exp: undefined }, 'claim `exp`'],
  ])('refuses a token whose claims describe no principal: %j', async (overrides, expected) => {
    expect((await rejection(await forgeToken(issuer, overrides))).message).toContain(expected);
  });
});
