import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { getRequestContext } from '../http/request-context';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem-details';

/** The one place where failures become HTTP responses (RFC 9457 problem+json). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const correlationId = getRequestContext(req)?.correlationId;
    const problem = toProblem(error, correlationId);
    if (!problem.expected) {
      this.logger.error({ correlationId, err: redactedError(error) }, 'unexpected error while serving a request');
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="setu"');
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem.body));
  }
}

/**
 * Error messages may quote data (a pg error quotes the duplicate key's value), so the log keeps
 * the error's kind and where it was thrown, not what it said.
 */
export function redactedError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .map((line) => line.trim());
  const code = (error as { code?: unknown }).code;
  return { type: error.name, ...(typeof code === 'string' ? { code } : {}), stack: frames };
}
