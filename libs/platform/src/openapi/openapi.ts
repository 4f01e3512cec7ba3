import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type SchemaObject } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import swaggerUi from 'swagger-ui-express';
import { PUBLIC_EXTENSION } from '../http/public.decorator';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details';

export const DOCS_PATH = '/docs';
export const OPENAPI_PATH = '/docs/openapi.json';
export const BEARER_SCHEME = 'bearer';

export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
}

const BEARER_DESCRIPTION = [
  'A JWT signed by the configured issuer (the embedded runtime: `npx setu token ...`).',
  'Claims: `sub` user id; `org` organisation id; `role`; `states` list of `RJ` | `BR`;',
  '`districts` list of district codes (optional); plus `iss`, `aud`, `exp`.',
].join(' ');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The app's OpenAPI 3 document: bearer auth on every operation but the public ones. */
export function buildOpenApiDocument(app: INestApplication, info: OpenApiInfo): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle(info.title)
    .setVersion(info.version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: BEARER_DESCRIPTION }, BEARER_SCHEME)
    .addSecurityRequirements(BEARER_SCHEME);
  if (info.description !== undefined) builder.setDescription(info.description);
  const document = SwaggerModule.createDocument(app, builder.build());
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ProblemDetails: PROBLEM_SCHEMA },
  };
  for (const pathItem of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method] as (Record<string, unknown> & { responses: Record<string, unknown> }) | undefined;
      if (operation === undefined) continue;
      if (operation[PUBLIC_EXTENSION] === true) {
        operation.security = [];
        delete operation[PUBLIC_EXTENSION];
        continue;
      }
      operation.responses['401'] ??= {
        description: 'Missing, invalid or expired bearer token',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
      };
    }
  }
  return document;
}

/** Serves the document at /docs/openapi.json and Swagger UI at /docs (both public). */
export function mountOpenApi(app: INestApplication, document: OpenAPIObject): void {
  const json = JSON.stringify(document);
  app.use(OPENAPI_PATH, (req: Request, res: Response, next: () => void) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.type('application/json').send(json);
  });
  app.use(DOCS_PATH, swaggerUi.serve, swaggerUi.setup(undefined, { swaggerOptions: { url: OPENAPI_PATH } }));
}

const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', example: 'urn:setu:problem:validation-failed' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', description: 'Stable error code', example: 'VALIDATION_FAILED' },
    correlationId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string', example: 'team[0].agency' }, message: { type: 'string' } },
      },
    },
  },
};
