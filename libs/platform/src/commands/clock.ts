import { v7 as uuidv7 } from 'uuid';

/** Injected wherever "now" is needed, so tests can pin time and domain code never reads it. */
export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** A UUID v7: time-ordered, so ids sort roughly by creation. */
  newId(): string;
}

export const systemClock: Clock = { now: () => new Date() };
export const uuidV7Generator: IdGenerator = { newId: () => uuidv7() };
