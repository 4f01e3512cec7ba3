import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

/** A command as the journey sent it and what came back, for the checks on the HTTP conventions. */
export interface CommandExchange {
  readonly request: string;
  readonly ifMatch: string | undefined;
  readonly status: number;
  readonly etag: string | undefined;
  readonly location: string | undefined;
}

/** One caller (one token) of the app. */
export interface Client {
  /** POST that must create (201); the answer's body. */
  create(path: string, body: object): Promise<any>;
  /** POST that must record on an existing resource (200); the answer's body. */
  command(path: string, body: object): Promise<any>;
  /** GET that must succeed; the body and its ETag. */
  read<T = any>(path: string): Promise<{ readonly body: T; readonly etag: string | undefined }>;
}

export interface JourneyHttp {
  as(token: string): Client;
  /** Every command sent, in order. */
  readonly commands: readonly CommandExchange[];
  /** The ETag last seen for the resource (stream) a path belongs to. */
  lastEtag(path: string): string | undefined;
}

// The resource a path acts on: `/firs/<id>/bail-hearings` records on `/firs/<id>`.
const RESOURCE = /^\/(?:rescue-operations|rescue\/cases|legal\/cases|firs)\/[^/]+/;
const resourceOf = (path: string): string | undefined => RESOURCE.exec(path)?.[0];

/**
 * supertest for a journey. Each command is sent with `If-Match` set to the ETag last seen for
 * its resource (when one was seen), so an ETag that is not the stream's revision shows as a 409.
 * A status other than the expected one fails at once with the problem+json it answered.
 */
export function journeyHttp(app: INestApplication): JourneyHttp {
  const commands: CommandExchange[] = [];
  const etags = new Map<string, string>();
  const remember = (path: string | undefined, etag: string | undefined) => {
    const resource = path === undefined ? undefined : resourceOf(path);
    if (resource !== undefined && etag !== undefined) etags.set(resource, etag);
  };

  const post = async (token: string, path: string, body: object, expected: 200 | 201) => {
    const ifMatch = etags.get(resourceOf(path) ?? '');
    const req = request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${token}`);
    const res = await (ifMatch === undefined ? req : req.set('If-Match', ifMatch)).send(body);
    if (res.status !== expected) {
      throw new Error(`POST ${path} answered ${res.status}, expected ${expected}:\n${JSON.stringify(res.body, null, 2)}`);
    }
    const etag = res.headers.etag as string | undefined;
    const location = res.headers.location as string | undefined;
    commands.push({ request: `POST ${path}`, ifMatch, status: res.status, etag, location });
    remember(location ?? path, etag);
    // Identifying a child answers the new case's ETag; the operation's revision is in the body.
    if (typeof res.body.operationRevision === 'number') remember(path, `"${res.body.operationRevision}"`);
    return res.body;
  };

  return {
    commands,
    lastEtag: (path) => etags.get(resourceOf(path) ?? ''),
    as: (token) => ({
      create: (path, body) => post(token, path, body, 201),
      command: (path, body) => post(token, path, body, 200),
      async read(path) {
        const res = await request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);
        if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}:\n${JSON.stringify(res.body, null, 2)}`);
        const etag = res.headers.etag as string | undefined;
        remember(path, etag);
        return { body: res.body, etag };
      },
    }),
  };
}
