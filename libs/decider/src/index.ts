export type { Command, Decider, Event } from './decider';
export { foldEvents } from './decider';
export { DEFAULT_MAX_RETRIES, handleCommand } from './handle-command';
export type { HandleCommandOptions, HandleCommandResult } from './handle-command';
export { CommandRejected, type RejectedField, type RejectionCategory } from './command-rejected';
