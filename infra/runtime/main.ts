import 'reflect-metadata';
import { AccessModule } from '@setu/access';
import { runSetuMain } from '@setu/platform';
import { SERVICE_MODULES } from './service-modules';

// `npm start`: every service in one process, with the embedded PostgreSQL unless DATABASE_URL is set.
runSetuMain({
  env: process.env,
  modules: SERVICE_MODULES,
  auth: (config) => AccessModule.forRoot(config),
}).catch((error: unknown) => {
  process.stderr.write(`setu: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
