import { LOOPBACK } from './free-port';

// Fixed local credentials: the server listens on loopback only and the cluster keeps the
// password it was created with, so changing these would lock out existing data dirs.
export const EMBEDDED_SUPERUSER = 'postgres';
export const EMBEDDED_PASSWORD = 'postgres';

export function embeddedUrl(port: number): string {
  return `postgres://${EMBEDDED_SUPERUSER}:${EMBEDDED_PASSWORD}@${LOOPBACK}:${port}/postgres`;
}
