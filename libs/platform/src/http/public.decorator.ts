import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IS_PUBLIC = Symbol('setu:public');
/** Marks public operations in the OpenAPI document until it is finalised (see openapi.ts). */
export const PUBLIC_EXTENSION = 'x-setu-public';

/** Serves a route without a bearer token. Everything else is authenticated by default. */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_EXTENSION, true));
