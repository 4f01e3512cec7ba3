import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { HttpMetrics } from '../metrics/http-metrics';
import { openRequestContext } from '../http/request-context';
import { routeLabel } from '../http/route-label';

/**
 * Opens the request's context and, when the response is done, logs one line and observes the
 * duration. The line holds the method, route pattern, status, duration, correlation and user
 * ids — never the URL (query strings carry names), headers or bodies.
 */
export function requestObserver(logger: Logger, metrics: HttpMetrics, mounts: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const context = openRequestContext(req, res);
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      const seconds = Number(process.hrtime.bigint() - context.startedAt) / 1e9;
      const route = routeLabel(req, mounts);
      const status = res.writableFinished ? res.statusCode : 499;
      metrics.requestDuration.observe({ method: req.method, route, status: String(status) }, seconds);
      const level = status >= 500 ? 'error' : 'info';
      logger[level](
        {
          method: req.method,
          route,
          status,
          durationMs: Math.round(seconds * 1e4) / 10,
          correlationId: context.correlationId,
          ...(context.userId === undefined ? {} : { userId: context.userId }),
        },
        'request',
      );
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  };
}
