import { PostgresEventStore } from '@setu/event-store';
import type { Projection, ProjectionReport, RebuildProgress } from '@setu/projections';
import {
  ProjectionFailedError,
  ProjectionRunner,
  ProjectionSetupError,
  RebuildInProgressError,
  RebuildSwapError,
  reportProjections,
  UnknownProjectionError,
} from '@setu/projections';
import { Presets, SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { Writable } from 'node:stream';
import type { Pool } from 'pg';
import { PROJECTIONS } from '../../runtime/projections';
import { CliError, type CliContext } from '../cli-context';

/** Failures the user can act on, printed as one line. */
const EXPECTED = [ProjectionFailedError, ProjectionSetupError, RebuildInProgressError, RebuildSwapError, UnknownProjectionError];

async function reportingFailures<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (EXPECTED.some((type) => error instanceof type)) throw new CliError((error as Error).message);
    throw error;
  }
}

async function withRunner<T>(pool: Pool, projections: readonly Projection[], work: (runner: ProjectionRunner) => Promise<T>): Promise<T> {
  const store = new PostgresEventStore(pool);
  try {
    return await reportingFailures(() => work(new ProjectionRunner({ pool, store, projections })));
  } finally {
    await store.close();
  }
}

interface ProgressBar {
  readonly update: (progress: RebuildProgress) => void;
  /** Also after a failure: a bar left running keeps the process alive. */
  readonly stop: () => void;
}

/** A bar on the terminal; without one, a plain line every second on stderr (logs, CI). */
function progressBar(context: CliContext, name: string): ProgressBar {
  const stream =
    context.output.progress ??
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        context.output.err(String(chunk));
        done();
      },
    });
  const bar = new SingleBar(
    { stream, format: `${name} [{bar}] {percentage}% {value}/{total} events {phase}`, noTTYOutput: true, notTTYSchedule: 1000 },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (progress) => {
      if (!started) bar.start(progress.total, progress.applied, { phase: progress.phase });
      started = true;
      bar.setTotal(progress.total);
      bar.update(progress.applied, { phase: progress.phase });
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}

function describe(report: ProjectionReport): string[] {
  const version = report.builtVersion === undefined ? `${report.version}` : `${report.version} (rows: ${report.builtVersion})`;
  const instance = report.rebuilding ? 'rebuilding' : report.active ? 'active' : 'none';
  const failure = report.failedEventId === undefined ? '' : `on event ${report.failedEventId}: ${report.lastError ?? ''}`;
  return [
    report.name,
    version,
    report.status,
    instance,
    `${report.position.commit}/${report.position.prepare}`,
    `${report.lagEvents} events, ${report.lagSeconds.toFixed(1)} s`,
    failure,
  ];
}

function table(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}

/** `setu projections rebuild [name]` and `setu projections status`, over the projections of infra/runtime/projections.ts. */
export function projectionsCommand(context: CliContext, projections: readonly Projection[] = PROJECTIONS): Command {
  const group = new Command('projections').description('the read models built from the event log');

  group
    .command('rebuild')
    .description('replay projections from the start of the log into new tables and swap them in; the API keeps answering')
    .argument('[name]', 'one projection; all when absent')
    .action((name: string | undefined) =>
      context.withDatabase((pool) =>
        withRunner(pool, projections, async (runner) => {
          const names = name === undefined ? runner.names : [runner.projection(name).name];
          if (names.length === 0) context.output.out('no projections are registered\n');
          for (const each of names) {
            const bar = progressBar(context, each);
            const result = await runner.rebuild(each, { onProgress: bar.update }).finally(bar.stop);
            context.output.out(`${each}: rebuilt from ${result.events} events at version ${result.version}\n`);
          }
        }),
      ),
    );

  group
    .command('status')
    .description("each projection's checkpoint, lag, instance and failure, as the database shows them")
    .option('--json', 'one JSON array')
    .action((options: { json?: boolean }) =>
      context.withDatabase((pool) =>
        reportingFailures(async () => {
          const reports = await reportProjections(pool, projections);
          if (options.json === true) {
            context.output.out(`${JSON.stringify(reports, null, 2)}\n`);
            return;
          }
          if (reports.length === 0) {
            context.output.out('no projections are registered\n');
            return;
          }
          const header = ['NAME', 'VERSION', 'STATUS', 'INSTANCE', 'POSITION', 'LAG', 'FAILURE'];
          context.output.out(`${table([header, ...reports.map(describe)])}\n`);
        }),
      ),
    );

  return group;
}
