import { Client } from 'pg';
import type { PoolConfig } from 'pg';
import { Changes } from '../subscription';
import { NOTIFY_CHANNEL } from './queries';

const RECONNECT_MS = 1000;

/**
 * One LISTEN connection per store, fanned out to every subscription. If it drops, readers fall
 * back to polling until it is back.
 */
export class PgNotifier extends Changes {
  private client: Client | undefined;
  private closed = false;
  private started = false;

  constructor(private readonly config: PoolConfig) {
    super();
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new Client(this.config);
    client.on('notification', () => this.bump());
    client.on('error', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
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
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
