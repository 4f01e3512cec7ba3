import type { DynamicModule, Type } from '@nestjs/common';
import { LegalModule } from '@setu/legal';
import { RescueModule } from '@setu/rescue';

/** Every service the embedded runtime serves. A new service adds its module here, and only here. */
export const SERVICE_MODULES: readonly (Type | DynamicModule)[] = [RescueModule, LegalModule];
