import 'reflect-metadata';
import { AccessModule } from '@setu/access';
import { runSetuMain } from '@setu/platform';
import { CareModule } from './care.module';

// The care service alone: `node -r ./bin/register-paths.js dist/services/care/src/main.js`.
runSetuMain({
  env: process.env,
  modules: [CareModule],
  auth: (config) => AccessModule.forRoot(config),
  openApi: { title: 'Setu care API', description: 'Care of rescued children in Rajasthan shelter homes.' },
}).catch((error: unknown) => {
  process.stderr.write(`setu-care: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
