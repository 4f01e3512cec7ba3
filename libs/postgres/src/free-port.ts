import { createServer } from 'node:net';

export const LOOPBACK = '127.0.0.1';

function listenOn(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ port, host: LOOPBACK, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });
}

/** `preferred` if nothing listens on it, else (or for 0) a port the OS reports free. */
export async function pickPort(preferred: number): Promise<number> {
  if (preferred !== 0 && (await listenOn(preferred)) !== undefined) return preferred;
  const port = await listenOn(0);
  if (port === undefined) throw new Error(`No free TCP port on ${LOOPBACK}`);
  return port;
}
