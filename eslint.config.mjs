// @ts-check
// Lint and module boundaries (STYLE.md 1, 6, 9). A forbidden import is an error, so it fails
// `npm test` and CI. tests/lint/module-boundaries.int.spec.ts proves that the rules bite.
import path from 'node:path';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;

// @nx/enforce-module-boundaries reads a cached project graph and silently skips itself when there
// is none (fresh clone) or checks against a stale one (new project). So build it now, in process.
process.env.NX_DAEMON ??= 'false';
const { createProjectGraphAsync } = await import('@nx/devkit');
const graph = await createProjectGraphAsync({ exitOnError: false });
const projects = Object.values(graph.nodes).map(({ data }) => ({ root: data.root, tags: data.tags ?? [] }));

/*
 * Every project carries one `type:` tag in its project.json:
 *   type:contracts  contracts/                     depends on nothing of ours
 *   type:lib        libs/<name>/                   libs and contracts
 *   type:service    services/<name>/               libs and contracts, never another service
 *   type:app        infra/                         anything
 *   type:tests      tests/                         anything
 * To add a service, create services/<name>/package.json ({ "name": "@setu/<name>", ... }) and
 * services/<name>/project.json with { "name": "@setu/<name>", "tags": ["type:service"],
 * "targets": { "lint": {}, "test-unit": {}, "test-int": {} } } (commands come from nx.json).
 * A folder under libs/ or services/ without such a tag is reported on each of its files.
 */
const depConstraints = [
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts'] },
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:service', 'type:app'] },
  { sourceTag: 'type:tests', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:service', 'type:app', 'type:tests'] },
];

const TS = ['**/*.ts', '**/*.mts', '**/*.cts'];
const NODE_GLOBALS = ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];
const SPECS = ['**/*.spec.ts'];
const TEST_CODE = [...SPECS, 'tests/**/*.ts', '**/src/testing/**/*.ts'];
const DOMAIN = ['services/*/src/domain/**/*.ts'];
const APPLICATION = ['services/*/src/application/**/*.ts'];

// --- imports ------------------------------------------------------------------------------

/** @typedef {{ regex: string, message: string, allowTypeImports?: boolean }} Pattern */
/** @type {Pattern} */
const noDeepImports = {
  regex: '^@setu/[^/]+/(?!testing$)',
  message: 'Import a library through @setu/<lib> (or @setu/<lib>/testing in tests), never a file inside it.',
};
/** @type {Pattern} */
const testingOnlyInTests = {
  regex: '^@setu/[^/]+/testing$',
  message: 'Test helpers are for *.spec.ts, tests/ and other testing entry points, not production code.',
};
const noUuid = {
  name: 'uuid',
  message: 'Inject the id generator: no ids made up in domain/ or application/.',
};
const noRandomUuid = ['crypto', 'node:crypto'].map((name) => ({
  name,
  importNames: ['randomUUID'],
  message: 'Inject the id generator: no randomUUID in domain/ or application/.',
}));
/** What a domain file may import besides its own files: `allowed` are exact module names. */
const domainOnly = (/** @type {string[]} */ allowed) => ({
  regex: `^(?!\\.)(?!(?:${allowed.map((a) => a.replace(/[/.]/g, '\\$&')).join('|')})$)`,
  message: `domain/ is pure: it imports only its own files and ${allowed.join(', ')}; no NestJS, pg, kafkajs, node: or other @setu libraries.`,
});

/**
 * @param {{ patterns: Pattern[], paths?: object[] }} options
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrictImports = ({ patterns, paths = [] }) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns, paths }],
});

const LIB_ENTRY_BY_PATH = '^(?:\\.\\./)+libs/[^/]+/src(?:/testing)?(?:/index)?$';

// --- time and ids in domain/ and application/ ------------------------------------------

const inject = 'Take time from the command or an injected clock, ids from an injected generator (STYLE.md 6).';
/** @satisfies {import('eslint').Linter.RulesRecord} */
const pureRules = {
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `new Date(): ${inject}` },
    { selector: "CallExpression[callee.name='Date']", message: `Date(): ${inject}` },
    { selector: "MemberExpression[property.name='randomUUID']", message: `randomUUID: ${inject}` },
    { selector: "ImportSpecifier[imported.name='randomUUID']", message: `randomUUID: ${inject}` },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: inject },
    { object: 'Math', property: 'random', message: inject },
    { object: 'process', property: 'env', message: 'Read configuration once at start-up (@setu/platform) and inject it.' },
  ],
};
const domainSyntax = [
  { selector: 'ImportExpression', message: 'domain/ is pure: no dynamic import.' },
  { selector: "CallExpression[callee.name='require']", message: 'domain/ is pure: no require.' },
];

// --- relative imports: a project's files stay in the project, a domain's in its domain ------

const toPosix = (/** @type {string} */ p) => p.split(path.sep).join('/');
const rootsByDepth = projects.map((p) => p.root).sort((a, b) => b.length - a.length);
const tagged = new Set(projects.filter((p) => p.tags.some((t) => t.startsWith('type:'))).map((p) => p.root));
const inside = (/** @type {string} */ dir, /** @type {string} */ file) => file === dir || file.startsWith(`${dir}/`);

/** @type {import('eslint').Rule.RuleModule} */
const projectBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports stay inside their project, and inside domain/ for domain files.' },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      outsideProject: "'{{source}}' reaches outside {{root}}: import another project through its @setu/<name> alias.",
      outsideDomain: "'{{source}}' reaches outside {{domain}}: domain/ imports only its own files, @setu/contracts, @setu/decider types and CommandRejected.",
      untagged: '{{root}} is not an Nx project with a type: tag, so its boundaries cannot be checked: add {{root}}/project.json (see eslint.config.mjs).',
    },
  },
  create(context) {
    const file = toPosix(path.relative(ROOT, context.filename));
    const conventionalRoot = /^(?:libs|services)\/[^/]+(?=\/)|^(?:contracts|infra|tests)(?=\/)/.exec(file)?.[0];
    const root = rootsByDepth.find((r) => r !== '.' && inside(r, file)) ?? conventionalRoot;
    if (!root) return {};
    const domain = /^services\/[^/]+\/src\/domain(?=\/)/.exec(file)?.[0];
    const allow = (/** @type {{ allow?: string[] }} */ (context.options[0] ?? {}).allow ?? []).map((a) => new RegExp(a, 'u'));

    /** @param {import('estree').Node | null | undefined} node */
    const check = (node) => {
      if (node?.type !== 'Literal' || typeof node.value !== 'string') return;
      const source = node.value;
      if (!source.startsWith('.') && !source.startsWith('/')) return;
      if (allow.some((pattern) => pattern.test(source))) return;
      const target = toPosix(path.relative(ROOT, path.resolve(path.dirname(context.filename), source)));
      if (!inside(root, target)) context.report({ node, messageId: 'outsideProject', data: { source, root } });
      else if (domain && !inside(domain, target)) context.report({ node, messageId: 'outsideDomain', data: { source, domain } });
    };
    return {
      Program(node) {
        if (!tagged.has(root)) context.report({ node, loc: { line: 1, column: 0 }, messageId: 'untagged', data: { root } });
      },
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node.arguments[0]);
      },
      /** @param {{ expression: import('estree').Node }} node `import x = require('...')` */
      TSExternalModuleReference: (node) => check(node.expression),
    };
  },
};

// --- the configuration ------------------------------------------------------------------------

export default defineConfig(
  globalIgnores(['**/dist/', '**/node_modules/', 'data/', 'coverage/', '.nx/', 'bin/*.js', 'jest.config.js']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ROOT } },
    plugins: {
      '@nx': /** @type {import('eslint').ESLint.Plugin} */ (/** @type {unknown} */ (nx)),
      setu: { meta: { name: 'setu' }, rules: { 'project-boundaries': projectBoundaries } },
    },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { depConstraints }],
      'setu/project-boundaries': 'error',
      ...restrictImports({ patterns: [noDeepImports, testingOnlyInTests] }),
    },
  },
  {
    files: TS,
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: JS,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: Object.fromEntries(NODE_GLOBALS.map((name) => [name, 'readonly'])) },
  },
  { files: ['**/*.js', '**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  {
    files: TEST_CODE,
    rules: {
      ...restrictImports({ patterns: [noDeepImports] }),
      // Jest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any`.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // A spec may test its own library through its public alias: nothing imports a spec, so no cycle.
    files: SPECS,
    rules: { '@nx/enforce-module-boundaries': ['error', { depConstraints, allowCircularSelfDependency: true }] },
  },
  {
    // Jest loads global setup and teardown outside its module registry, where the @setu/* aliases
    // do not resolve: there, and only there, a library's entry point may be imported by path.
    files: ['tests/support/global-setup.ts', 'tests/support/global-teardown.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { depConstraints, allow: [LIB_ENTRY_BY_PATH] }],
      'setu/project-boundaries': ['error', { allow: [LIB_ENTRY_BY_PATH] }],
    },
  },
  {
    files: APPLICATION,
    ignores: SPECS,
    rules: { ...pureRules, ...restrictImports({ patterns: [noDeepImports, testingOnlyInTests], paths: [noUuid, ...noRandomUuid] }) },
  },
  {
    files: DOMAIN,
    ignores: SPECS,
    rules: {
      ...pureRules,
      'no-restricted-syntax': [...pureRules['no-restricted-syntax'], ...domainSyntax],
      ...restrictImports({
        patterns: [
          domainOnly(['@setu/contracts', '@setu/decider']),
          {
            regex: '^@setu/decider$',
            allowTypeImports: true,
            allowImportNames: ['CommandRejected'],
            message: 'domain/ takes only types, and the CommandRejected error, from @setu/decider.',
          },
        ],
      }),
    },
  },
  {
    files: DOMAIN.map((d) => d.replace(/\.ts$/, '.spec.ts')),
    rules: restrictImports({
      patterns: [domainOnly(['@setu/contracts', '@setu/decider', '@setu/decider/testing', 'fast-check', '@jest/globals'])],
    }),
  },
);
