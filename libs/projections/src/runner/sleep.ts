/** Waits `ms`, or less when `abort` fires. */
export function sleep(ms: number, abort?: AbortSignal): Promise<void> {
  if (abort?.aborted === true) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      abort?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    abort?.addEventListener('abort', done);
  });
}
