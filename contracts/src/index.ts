export * from './envelope';
export * from './event-schema';
export * from './reference';
