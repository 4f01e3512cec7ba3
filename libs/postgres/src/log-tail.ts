const KEPT_LINES = 40;

/** Forwards PostgreSQL's output line by line and keeps the last lines to explain a failed start. */
export class LogTail {
  private readonly lines: string[] = [];

  constructor(private readonly onLog?: (line: string) => void) {}

  readonly write = (chunk: unknown): void => {
    const text = chunk instanceof Error ? chunk.message : String(chunk);
    for (const line of text.split(/\r?\n/)) {
      const trimmed = line.trimEnd();
      if (trimmed === '') continue;
      this.lines.push(trimmed);
      if (this.lines.length > KEPT_LINES) this.lines.shift();
      this.onLog?.(trimmed);
    }
  };

  includes(fragment: string): boolean {
    return this.lines.some((line) => line.includes(fragment));
  }

  /** The most telling recent line: the last FATAL/PANIC/ERROR, else the last line. */
  summary(): string {
    const telling = [...this.lines].reverse().find((line) => /\b(FATAL|PANIC|ERROR)\b/.test(line));
    return telling ?? this.lines.at(-1) ?? 'no output';
  }
}
