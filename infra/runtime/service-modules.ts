import type { DynamicModule, Type } from '@nestjs/common';
import { CareModule } from '@setu/care';
import { DocumentationModule } from '@setu/documentation';
import { LegalModule } from '@setu/legal';
import { ProjectionsModule } from '@setu/projections';
import { ReintegrationModule } from '@setu/reintegration';
import { RescueModule } from '@setu/rescue';
import { PROJECTIONS } from './projections';

/**
 * Every service the embedded runtime serves, and the projection runner of the registered
 * projections (./projections.ts). A new service adds its module here, and only here.
 */
export const SERVICE_MODULES: readonly (Type | DynamicModule)[] = [
  RescueModule,
  LegalModule,
  CareModule,
  DocumentationModule,
  ReintegrationModule,
  ProjectionsModule.forRoot(PROJECTIONS),
];
