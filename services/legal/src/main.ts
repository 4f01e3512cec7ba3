import 'reflect-metadata';
import { AccessModule } from '@setu/access';
import { runSetuMain } from '@setu/platform';
import { LegalModule } from './legal.module';

void runSetuMain({ env: process.env, modules: [LegalModule], auth: (config) => AccessModule.forRoot(config), openApi: { title: 'Setu legal API' } });
