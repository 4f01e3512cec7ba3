import 'reflect-metadata';
import { AccessModule } from '@setu/access';
import { runSetuMain } from '@setu/platform';
import { DocumentationModule } from './documentation.module';

// The documentation service alone: `node -r ./bin/register-paths.js dist/services/documentation/src/main.js`.
runSetuMain({
  env: process.env,
  modules: [DocumentationModule],
  auth: (config) => AccessModule.forRoot(config),
  openApi: { title: 'Setu documentation service' },
}).catch((error: unknown) => {
  process.stderr.write(`setu: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
