export type { CreatedTestDatabase, CreateTestDatabaseOptions } from './test-database';
export { createTestDatabase } from './test-database';
export type { TestDatabase } from './use-test-database';
export { useTestDatabase } from './use-test-database';
