export * from './envelope';
export * from './event-schema';
export * from './reference';
export * from './legal';
export * from './rescue';
export * from './care';
export * from './reintegration';
export * from './documentation';
