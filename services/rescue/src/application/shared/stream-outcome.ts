/** What a command answers: the stream's id and its revision after the command (the next ETag). */
export interface StreamOutcome {
  readonly id: string;
  readonly revision: number;
}

export const RESCUE_SOURCE = 'setu.rescue';
