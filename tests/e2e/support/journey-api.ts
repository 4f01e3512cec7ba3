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

// supertest for a journey over the services' HTTP conventions, plus multipart uploads and
// binary downloads: each command goes with `If-Match` set to the ETag last seen for its
// resource (stream), and a status other than the expected one fails at once with the
// problem+json it answered.

/** A scan to upload: the multipart form's fields and the file part. */
export interface UploadForm {
  readonly kind: string;
  readonly issuer: string;
  /** `YYYY-MM-DD`. */
  readonly issuedOn: string;
  readonly documentNumber?: string;
  readonly content: Buffer;
  /** What the browser says; the service decides by the magic bytes. */
  readonly filename: string;
  readonly contentType: string;
}

export interface Download {
  readonly content: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

/** One caller (one token) of the app. */
export interface ApiClient extends Client {
  /** A multipart upload that must create (201); the answer's body. */
  upload(path: string, form: UploadForm): Promise<any>;
  /** A GET of bytes that must succeed. */
  download(path: string): Promise<Download>;
}

export interface JourneyApi {
  as(token: string): ApiClient;
  /** Every command sent, in order. */
  readonly commands: readonly CommandExchange[];
  /** The resource (stream) a path acts on, if it names one. */
  resourceOf(path: string): string | undefined;
  /** The ETag last seen for the resource a path belongs to. */
  lastEtag(path: string): string | undefined;
}

// `/care/cases/<id>/health-checks` records on `/care/cases/<id>`; an upload to
// `/documents/cases/<id>/documents` on the documents stream `/documents/cases/<id>`.
const RESOURCE = /^\/(?:rescue-operations|rescue\/cases|legal\/cases|firs|care\/cases|documents\/cases|reintegration\/cases|batches)\/[^/]+/;
const resourceOf = (path: string): string | undefined => RESOURCE.exec(path)?.[0];
const REVISION = /^"-?\d+"$/;

export function journeyApi(app: INestApplication): JourneyApi {
  const commands: CommandExchange[] = [];
  const etags = new Map<string, string>();
  const remember = (path: string | undefined, etag: string | undefined) => {
    const resource = path === undefined ? undefined : resourceOf(path);
    // Only a stream's revision is kept: anything else sent back as If-Match would be refused.
    if (resource !== undefined && etag !== undefined && REVISION.test(etag)) etags.set(resource, etag);
  };
  const http = () => request(app.getHttpServer());

  async function send(path: string, expected: number, build: (ifMatch: string | undefined) => request.Test): Promise<any> {
    const ifMatch = etags.get(resourceOf(path) ?? '');
    const res = await build(ifMatch);
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
  }

  return {
    commands,
    resourceOf,
    lastEtag: (path) => etags.get(resourceOf(path) ?? ''),
    as(token) {
      const authorised = (req: request.Test, ifMatch?: string) => {
        const withToken = req.set('Authorization', `Bearer ${token}`);
        return ifMatch === undefined ? withToken : withToken.set('If-Match', ifMatch);
      };
      const post = (path: string, body: object, expected: 200 | 201) => send(path, expected, (ifMatch) => authorised(http().post(path), ifMatch).send(body));
      return {
        create: (path, body) => post(path, body, 201),
        command: (path, body) => post(path, body, 200),
        upload: (path, form) =>
          send(path, 201, (ifMatch) => {
            let req = authorised(http().post(path), ifMatch).field('kind', form.kind).field('issuer', form.issuer).field('issuedOn', form.issuedOn);
            if (form.documentNumber !== undefined) req = req.field('documentNumber', form.documentNumber);
            return req.attach('file', form.content, { filename: form.filename, contentType: form.contentType });
          }),
        async read(path) {
          const res = await authorised(http().get(path));
          if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}:\n${JSON.stringify(res.body, null, 2)}`);
          const etag = res.headers.etag as string | undefined;
          remember(path, etag);
          return { body: res.body, etag };
        },
        async download(path) {
          const res = await authorised(http().get(path))
            .buffer(true)
            .parse((response, done) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () => done(null, Buffer.concat(chunks)));
            });
          if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}:\n${String(res.body)}`);
          return { content: res.body as Buffer, headers: res.headers };
        },
      };
    },
  };
}
