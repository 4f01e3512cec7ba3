export interface ConfigIssue {
  readonly variable: string;
  readonly problem: string;
}

/** The environment does not describe a runnable Setu; the message names every bad variable on one line. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';

  constructor(readonly issues: readonly ConfigIssue[]) {
    super(`invalid configuration: ${issues.map((i) => `${i.variable} ${i.problem}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}
