import 'reflect-metadata';
import { AccessModule } from '@setu/access';
import { runSetuMain } from '@setu/platform';
import { RescueModule } from './rescue.module';

// The rescue service alone; `npm start` serves it with the others.
void runSetuMain({ env: process.env, modules: [RescueModule], auth: (config) => AccessModule.forRoot(config), openApi: { title: 'Setu rescue' } });
