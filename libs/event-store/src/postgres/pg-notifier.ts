import { Client } from 'pg';
import type { Pool } from 'pg';
import { Changes } from '../subscription';
import { LISTEN, NOTIFY } from './queries';

const RECONNECT_MS = 1000;
const NOTIFY_INTERVAL_MS = 5;

/**
 * Wakes subscriptions in this process at once and in other processes through NOTIFY.
 *
 * The NOTIFY is sent after the append, outside its transaction, and coalesced to one per few
 * milliseconds: a NOTIFY inside the append would take PostgreSQL's notify-queue lock at every
 * commit and serialise all writers. One LISTEN connection per store is fanned out to every subscription;
 * if it drops, readers fall back to polling until it is back.
 */
export class PgNotifier extends Changes {
  private client: Client | undefined;
  private closed = false;
  private listening = false;
  private sending = false;
  private again = false;
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(private readonly pool: Pool) {
    super();
  }

  /** Called after every append by this process. */
  announce(): void {
    this.bump();
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = true;
    this.inFlight = this.pool
      .query(NOTIFY)
      .catch(() => undefined) // other processes still poll
      .finally(() => {
        // At most one NOTIFY per interval: under load one wakes every listener for many appends.
        setTimeout(() => {
          this.sending = false;
          if (this.again && !this.closed) {
            this.again = false;
            this.announce();
          }
        }, NOTIFY_INTERVAL_MS).unref();
      });
  }

  listen(): void {
    if (this.listening) return;
    this.listening = true;
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new Client(this.pool.options);
    client.on('notification', () => this.bump());
    client.on('error', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(LISTEN);
      this.client = client;
      if (this.closed) await client.end();
      // Anything appended while we were not listening must still be read.
      this.bump();
    } catch {
      this.reconnect(client);
    }
  }

  private reconnect(client: Client): void {
    if (this.client === client) this.client = undefined;
    client.end().catch(() => undefined);
    if (!this.closed) setTimeout(() => void this.connect(), RECONNECT_MS).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.inFlight.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
