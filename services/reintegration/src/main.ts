import 'reflect-metadata';
import { AccessModule } from '@setu/access';
import { runSetuMain } from '@setu/platform';
import { ReintegrationModule } from './reintegration.module';

// The reintegration service alone, with the embedded PostgreSQL unless DATABASE_URL is set.
runSetuMain({
  env: process.env,
  modules: [ReintegrationModule],
  auth: (config) => AccessModule.forRoot(config),
  openApi: { title: 'Setu reintegration API', description: 'Transfer to the home district, repatriation batches and follow-up in Bihar.' },
}).catch((error: unknown) => {
  process.stderr.write(`setu: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
