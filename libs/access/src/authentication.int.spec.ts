import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { AccessModule, CurrentPrincipal, type Principal } from '@setu/access';
import { forgeToken, localIssuerOf, tokenFor, unsignedToken, ephemeralIssuer } from '@setu/access/testing';
import type { LocalIssuer } from '@setu/access';
import { createLogger, createSetuApp, loadConfig, PROBLEM_CONTENT_TYPE, type SetuConfig } from '@setu/platform';
import { useTestDatabase } from '@setu/postgres/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';

@Controller('whoami')
class WhoAmIController {
  @Get()
  whoami(@CurrentPrincipal() principal: Principal) {
    return principal;
  }
}

@Module({ controllers: [WhoAmIController] })
class WhoAmIModule {}

describe('authentication', () => {
  const db = useTestDatabase();
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'setu-auth-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const appFor = (config: SetuConfig): Promise<INestApplication> =>
    createSetuApp({
      config,
      pool: db.pool,
      auth: AccessModule.forRoot(config),
      modules: [WhoAmIModule],
      logger: createLogger({ logLevel: 'silent' }),
    });

  describe('with the local issuer of the data folder', () => {
    let app: INestApplication;
    let issuer: LocalIssuer;

    beforeAll(async () => {
      app = await appFor(loadConfig({ SETU_DATA_DIR: dataDir }));
      issuer = await localIssuerOf(dataDir);
    });
    afterAll(() => app?.close());

    const get = (token?: string) => {
      const req = request(app.getHttpServer()).get('/whoami');
      return token === undefined ? req : req.set('Authorization', `Bearer ${token}`);
    };

    const expectUnauthenticated = async (res: request.Response, code: string) => {
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="setu"');
      expect(res.body).toMatchObject({ status: 401, code });
    };

    it('lets a token of the local issuer through, as the principal', async () => {
      const token = await tokenFor(issuer, { userId: 'u-42', states: ['BR'], districts: ['GAYA'] });
      const res = await get(token).expect(200);
      expect(res.body).toEqual({ userId: 'u-42', orgId: 'org-1', role: 'fieldworker', states: ['BR'], districts: ['GAYA'] });
    });

    it('refuses a request without a token', async () => {
      await expectUnauthenticated(await get(), 'AUTH_TOKEN_MISSING');
    });

    it('refuses a non-bearer Authorization header', async () => {
      await expectUnauthenticated(await request(app.getHttpServer()).get('/whoami').set('Authorization', 'Basic dTpw'), 'AUTH_TOKEN_MISSING');
    });

    it('refuses an expired token', async () => {
      const past = Math.floor(Date.now() / 1000) - 600;
      await expectUnauthenticated(await get(await forgeToken(issuer, { iat: past - 60, exp: past })), 'AUTH_TOKEN_EXPIRED');
    });

    it('refuses a token from another issuer', async () => {
      await expectUnauthenticated(await get(await forgeToken(issuer, { iss: 'https://idp.elsewhere' })), 'AUTH_TOKEN_INVALID');
    });

    it('refuses a token signed by a key it does not trust', async () => {
      await expectUnauthenticated(await get(await tokenFor(await ephemeralIssuer())), 'AUTH_TOKEN_INVALID');
    });

    it('refuses a token for another audience', async () => {
      await expectUnauthenticated(await get(await forgeToken(issuer, { aud: 'other-api' })), 'AUTH_TOKEN_INVALID');
    });

    it('refuses alg none', async () => {
      await expectUnauthenticated(await get(unsignedToken(issuer)), 'AUTH_TOKEN_INVALID');
    });

    it('refuses a tampered token', async () => {
      const [header, payload, signature] = (await tokenFor(issuer, { role: 'fieldworker' })).split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const raised = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
      const res = await get(`${header}.${raised}.${signature}`);
      await expectUnauthenticated(res, 'AUTH_TOKEN_INVALID');
      expect(res.body.detail).toContain('signature is invalid');
    });

    it('serves health, metrics, docs and the JWKS without a token', async () => {
      const http = request(app.getHttpServer());
      await http.get('/health').expect(200);
      await http.get('/metrics').expect(200);
      await http.get('/docs/openapi.json').expect(200);
      await http.get('/docs/').expect(200);
      const jwks = await http.get('/.well-known/jwks.json').expect(200);
      expect(jwks.body).toEqual(issuer.jwks);
    });

    it('documents the claims with the bearer scheme', async () => {
      const doc = (await request(app.getHttpServer()).get('/docs/openapi.json')).body;
      expect(doc.components.securitySchemes.bearer.description).toMatch(/`sub`.*`org`.*`role`.*`states`.*`districts`/s);
      expect(doc.paths['/whoami'].get.security).toBeUndefined();
      expect(doc.paths['/.well-known/jwks.json'].get.security).toEqual([]);
    });
  });

  describe('with a remote identity provider (AUTH_JWKS_URL)', () => {
    let idp: LocalIssuer;
    let jwksServer: Server;
    let app: INestApplication;

    beforeAll(async () => {
      idp = await ephemeralIssuer();
      jwksServer = createServer((_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(idp.jwks));
      });
      await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
      const { port } = jwksServer.address() as AddressInfo;
      app = await appFor(
        loadConfig({
          SETU_DATA_DIR: dataDir,
          AUTH_ISSUER: idp.issuer,
          AUTH_AUDIENCE: idp.audience,
          AUTH_JWKS_URL: `http://127.0.0.1:${port}/certs`,
        }),
      );
    });
    afterAll(async () => {
      await app?.close();
      jwksServer.closeAllConnections();
      await new Promise((resolve) => jwksServer.close(resolve));
    });

    it("accepts the provider's token and refuses the local issuer's", async () => {
      const http = request(app.getHttpServer());
      await http.get('/whoami').set('Authorization', `Bearer ${await tokenFor(idp)}`).expect(200);
      const local = await localIssuerOf(dataDir);
      const res = await http.get('/whoami').set('Authorization', `Bearer ${await tokenFor(local)}`).expect(401);
      expect(res.body.code).toBe('AUTH_TOKEN_INVALID');
      await http.get('/.well-known/jwks.json').expect(404);
    });

    it('answers 503, not 401, when the provider cannot be reached', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const { port } = closed.address() as AddressInfo;
      await new Promise((resolve) => closed.close(resolve));
      const cut = await appFor(
        loadConfig({
          SETU_DATA_DIR: dataDir,
          AUTH_ISSUER: idp.issuer,
          AUTH_AUDIENCE: idp.audience,
          AUTH_JWKS_URL: `http://127.0.0.1:${port}/certs`,
        }),
      );
      try {
        const res = await request(cut.getHttpServer()).get('/whoami').set('Authorization', `Bearer ${await tokenFor(idp)}`);
        expect(res.status).toBe(503);
        expect(res.body).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
      } finally {
        await cut.close();
      }
    });
  });
});
