import { useServiceTestApp } from '@setu/service-kit/testing';
import { RescueModule } from '../rescue.module';

/** The rescue service on this test file's database; `token()` is an RJ rescue officer's by default. */
export function useRescueTestApp() {
  return useServiceTestApp({ modules: [RescueModule], principal: { role: 'rescue_officer', states: ['RJ'] } });
}
