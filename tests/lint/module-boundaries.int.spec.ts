import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

// Lints snippets with the repository's own eslint.config.mjs, as `npm run lint` does, to prove
// that a forbidden import or a clock read fails. ESLint runs in a child process: its flat config
// is an ES module, which Jest's module system cannot load. The snippets are linted in memory
// (`lintText`), so nobody else's `tsc` or `eslint .` ever sees them; only two empty service
// projects (project.json, package.json) exist on disk while this file runs.

const ROOT = path.resolve(__dirname, '../..');
const SERVICE = `lint-probe-${process.pid}`;
const OTHER_SERVICE = `${SERVICE}-other`;

const DOMAIN = `services/${SERVICE}/src/domain/probe.ts`;
const DOMAIN_SPEC = `services/${SERVICE}/src/domain/probe.unit.spec.ts`;
const APPLICATION = `services/${SERVICE}/src/application/probe.handler.ts`;
const API = `services/${SERVICE}/src/api/probe.controller.ts`;
const LIB = `libs/decider/src/${SERVICE}.ts`;
const CONTRACTS = `contracts/src/${SERVICE}.ts`;
const TESTS = `tests/${SERVICE}.ts`;
const UNTAGGED = `services/${SERVICE}-untagged/src/probe.ts`;
const FILES = [DOMAIN, DOMAIN_SPEC, APPLICATION, API, LIB, CONTRACTS, TESTS, UNTAGGED];

interface Message {
  readonly ruleId: string | null;
  readonly message: string;
  readonly severity: number;
}
type Snippet = readonly [file: string, code: string];

const SNIPPETS = {
  domainNest: [DOMAIN, "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n"],
  domainPg: [DOMAIN, "import { Client } from 'pg';\nexport const x = Client;\n"],
  domainNodeFs: [DOMAIN, "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
  domainFs: [DOMAIN, "import * as fs from 'fs';\nexport const x = fs;\n"],
  domainKafka: [DOMAIN, "export * from 'kafkajs';\n"],
  domainEventStore: [DOMAIN, "import type { NewEvent } from '@setu/event-store';\nexport type X = NewEvent;\n"],
  domainPlatform: [DOMAIN, "export { X } from '@setu/platform';\n"],
  domainRelativeLib: [DOMAIN, "import { START } from '../../../libs/event-store/src/event';\nexport const x = START;\n"],
  domainRelativeLibFromRoot: [DOMAIN, "import { START } from '../../../../libs/event-store/src/event';\nexport const x = START;\n"],
  domainDynamicImport: [DOMAIN, "export const x = () => import('pg');\n"],
  domainContracts: [DOMAIN, "import { JURISDICTIONS } from '@setu/contracts';\nexport const x = JURISDICTIONS;\n"],
  domainDeciderType: [DOMAIN, "import type { Decider } from '@setu/decider';\nexport type X = Decider<never, never, never>;\n"],
  domainDeciderValue: [DOMAIN, "import { handleCommand } from '@setu/decider';\nexport const x = handleCommand;\n"],
  domainOwnFile: [DOMAIN, "import type { Y } from './events/child-identified.event';\nexport type X = Y;\n"],
  domainToApplication: [DOMAIN, "import type { Y } from '../application/probe.handler';\nexport type X = Y;\n"],
  domainNewDate: [DOMAIN, 'export const x = new Date();\n'],
  domainDateNow: [DOMAIN, 'export const x = Date.now();\n'],
  domainDateOf: [DOMAIN, "export const x = new Date('2026-03-14T05:30:00.000Z');\n"],
  domainProcessEnv: [DOMAIN, 'export const x = process.env.SETU_DATA_DIR;\n'],
  domainRandomUuid: [DOMAIN, 'export const x = crypto.randomUUID();\n'],
  domainDeepImport: [DOMAIN, "import { x as y } from '@setu/event-store/src/postgres/x';\nexport const x = y;\n"],
  domainSpecHelpers: [DOMAIN_SPEC, "import { given } from '@setu/decider/testing';\nimport { JURISDICTIONS } from '@setu/contracts';\nexport const x = [given, JURISDICTIONS];\n"],
  domainSpecPg: [DOMAIN_SPEC, "import { Client } from 'pg';\nexport const x = Client;\n"],
  applicationNest: [APPLICATION, "import { Injectable } from '@nestjs/common';\nimport { handleCommand } from '@setu/decider';\nexport const x = [Injectable, handleCommand];\n"],
  applicationNewDate: [APPLICATION, 'export const x = new Date();\n'],
  applicationRandomUuid: [APPLICATION, "import { randomUUID } from 'node:crypto';\nexport const x = randomUUID;\n"],
  applicationProcessEnv: [APPLICATION, "export const x = process.env['PORT'];\n"],
  apiEventStore: [API, "import { InMemoryEventStore } from '@setu/event-store';\nexport const x = InMemoryEventStore;\n"],
  apiOtherService: [API, `import { x as y } from '@setu/${OTHER_SERVICE}';\nexport const x = y;\n`],
  apiRelativeOtherService: [API, `import { x as y } from '../../../${OTHER_SERVICE}/src/index';\nexport const x = y;\n`],
  libDeepImport: [LIB, "import { x as y } from '@setu/event-store/src/postgres/x';\nexport const x = y;\n"],
  libTestingEntry: [LIB, "import { sampleEvent } from '@setu/event-store/testing';\nexport const x = sampleEvent;\n"],
  libEventStore: [LIB, "import { START } from '@setu/event-store';\nexport const x = START;\n"],
  libRelativeLib: [LIB, "import { START } from '../../event-store/src/event';\nexport const x = START;\n"],
  libService: [LIB, `import { x as y } from '@setu/${SERVICE}';\nexport const x = y;\n`],
  contractsLib: [CONTRACTS, "import { START } from '@setu/event-store';\nexport const x = START;\n"],
  contractsService: [CONTRACTS, `import type { Y } from '@setu/${SERVICE}';\nexport type X = Y;\n`],
  testsDeepImport: [TESTS, "import { x as y } from '@setu/event-store/src/in-memory/in-memory-event-store';\nexport const x = y;\n"],
  testsTestingEntry: [TESTS, "import { sampleEvent } from '@setu/event-store/testing';\nexport const x = sampleEvent;\n"],
  untagged: [UNTAGGED, 'export const x = 1;\n'],
  anyInSource: [LIB, 'export const x = (y: any): unknown => y;\n'],
  valueImportOfType: [LIB, "import { EventStore } from '@setu/event-store';\nexport type X = EventStore;\n"],
} satisfies Record<string, Snippet>;

/** Runs in a child `node`: the ESLint Node API over the snippets, answering JSON on stdout. */
const LINT_SCRIPT = `
import path from 'node:path';
import { ESLint } from 'eslint';
const { root, files, snippets } = JSON.parse(process.env.LINT_PROBE_INPUT);
// The snippets' files do not exist, so TypeScript types them with tsconfig.json's options
// through the project service's default project; every rule is the repository's own.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: files, maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: files.length },
      },
    },
  },
});
const results = {};
for (const [name, [file, code]] of Object.entries(snippets)) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  results[name] = result.messages.map(({ ruleId, message, severity }) => ({ ruleId, message, severity }));
}
process.stdout.write('\\n@@lint-probe@@' + JSON.stringify(results));
`;

function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function createServiceProject(name: string): void {
  const dir = path.join(ROOT, 'services', name);
  writeJson(path.join(dir, 'package.json'), { name: `@setu/${name}`, version: '0.0.0', private: true, main: 'src/index.ts' });
  writeJson(path.join(dir, 'project.json'), { name: `@setu/${name}`, tags: ['type:service'] });
}

let results: Record<keyof typeof SNIPPETS, Message[]>;

beforeAll(async () => {
  createServiceProject(SERVICE);
  createServiceProject(OTHER_SERVICE);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', LINT_SCRIPT], {
      cwd: ROOT,
      env: { ...process.env, NX_DAEMON: 'false', LINT_PROBE_INPUT: JSON.stringify({ root: ROOT, files: FILES, snippets: SNIPPETS }) },
      maxBuffer: 16 * 1024 * 1024,
    });
    results = JSON.parse(stdout.slice(stdout.lastIndexOf('@@lint-probe@@') + '@@lint-probe@@'.length)) as typeof results;
  } finally {
    for (const name of [SERVICE, OTHER_SERVICE]) rmSync(path.join(ROOT, 'services', name), { recursive: true, force: true });
  }
}, 120_000);

/** The rules that reported an error on a snippet. */
function errors(name: keyof typeof SNIPPETS): string[] {
  return [...new Set(results[name].filter((m) => m.severity === 2).map((m) => m.ruleId ?? `fatal: ${m.message}`))];
}

const IMPORTS = '@typescript-eslint/no-restricted-imports';
const NX = '@nx/enforce-module-boundaries';
const PROJECT = 'setu/project-boundaries';
const SYNTAX = 'no-restricted-syntax';
const PROPERTIES = 'no-restricted-properties';

describe('a service domain file', () => {
  it.each([
    ['@nestjs/common', 'domainNest'],
    ['pg', 'domainPg'],
    ['node:fs', 'domainNodeFs'],
    ['fs', 'domainFs'],
    ['kafkajs (re-exported)', 'domainKafka'],
    ['@setu/event-store, even for types', 'domainEventStore'],
    ['@setu/platform', 'domainPlatform'],
    ['a value from @setu/decider', 'domainDeciderValue'],
  ] as const)('may not import %s', (_, name) => {
    expect(errors(name)).toContain(IMPORTS);
  });

  it.each([
    ['into another project', 'domainRelativeLib'],
    ['into a library from the root', 'domainRelativeLibFromRoot'],
  ] as const)('may not reach %s by a relative path', (_, name) => {
    expect(errors(name)).toContain(PROJECT);
  });

  it('may not leave domain/ for its own application/', () => {
    expect(results.domainToApplication).toEqual([expect.objectContaining({ ruleId: PROJECT, message: expect.stringContaining('outside services/') })]);
  });

  it('may not import dynamically', () => {
    expect(errors('domainDynamicImport')).toContain(SYNTAX);
  });

  it('may import @setu/contracts, types of @setu/decider and its own files', () => {
    expect(results.domainContracts).toEqual([]);
    expect(results.domainDeciderType).toEqual([]);
    expect(results.domainOwnFile).toEqual([]);
  });

  it('may not read the clock, the environment or make up ids', () => {
    expect(errors('domainNewDate')).toEqual([SYNTAX]);
    expect(errors('domainDateNow')).toEqual([PROPERTIES]);
    expect(errors('domainProcessEnv')).toEqual([PROPERTIES]);
    expect(errors('domainRandomUuid')).toEqual([SYNTAX]);
    expect(results.domainDateOf).toEqual([]);
  });

  it('may not deep-import a library', () => {
    expect(errors('domainDeepImport')).toContain(IMPORTS);
  });

  it('has specs that may use the decider test helpers but still no I/O', () => {
    expect(results.domainSpecHelpers).toEqual([]);
    expect(errors('domainSpecPg')).toContain(IMPORTS);
  });
});

describe('a service application file', () => {
  it('may use NestJS and the libraries', () => {
    expect(results.applicationNest).toEqual([]);
  });

  it('may not read the clock, the environment or make up ids', () => {
    expect(errors('applicationNewDate')).toEqual([SYNTAX]);
    expect(errors('applicationRandomUuid')).toEqual(expect.arrayContaining([IMPORTS, SYNTAX]));
    expect(errors('applicationProcessEnv')).toEqual([PROPERTIES]);
  });
});

describe('project boundaries', () => {
  it('let a service depend on a library', () => {
    expect(results.apiEventStore).toEqual([]);
  });

  it('forbid a service to depend on another service', () => {
    expect(errors('apiOtherService')).toContain(NX);
    expect(errors('apiRelativeOtherService')).toEqual(expect.arrayContaining([NX, PROJECT]));
  });

  it('forbid a library to depend on a service', () => {
    expect(errors('libService')).toContain(NX);
  });

  it('let a library depend on a library, through its alias only', () => {
    expect(results.libEventStore).toEqual([]);
    expect(errors('libRelativeLib')).toEqual(expect.arrayContaining([NX, PROJECT]));
  });

  it('forbid contracts to depend on anything of ours', () => {
    expect(results.contractsService).toEqual([
      expect.objectContaining({ ruleId: NX, message: expect.stringContaining('"type:contracts" cannot depend on any libs') }),
    ]);
    // Reported as a cycle first, since the libraries depend on contracts.
    expect(errors('contractsLib')).toEqual([NX]);
  });

  it('forbid deep imports into a library from anywhere', () => {
    expect(errors('libDeepImport')).toContain(IMPORTS);
    expect(errors('testsDeepImport')).toContain(IMPORTS);
  });

  it('keep testing entry points out of production code', () => {
    expect(errors('libTestingEntry')).toContain(IMPORTS);
    expect(results.testsTestingEntry).toEqual([]);
  });

  it('report a folder under services/ that is not a tagged project', () => {
    expect(errors('untagged')).toEqual([PROJECT]);
  });
});

describe('type-checked rules', () => {
  it('forbid any in source', () => {
    expect(errors('anyInSource')).toContain('@typescript-eslint/no-explicit-any');
  });

  it('require type-only imports for types', () => {
    expect(errors('valueImportOfType')).toEqual(['@typescript-eslint/consistent-type-imports']);
  });
});
