export { contractViolations } from './contract-violations';
export { openRescueCase, type RescueCaseOptions } from './open-rescue-case';
export { startServiceTestApp, useServiceTestApp, type ServiceTestApp, type ServiceTestAppOptions } from './service-test-app';
