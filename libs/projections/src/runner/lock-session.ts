import type { ClientConfig } from 'pg';
import { Client } from 'pg';

/** The two-key advisory lock space of projections; the first key says what the lock is for. */
export const LOCK_SPACE = { active: 0x5e70, rebuild: 0x5e71 } as const;
export type LockPurpose = keyof typeof LOCK_SPACE;

const TRY_LOCK = 'SELECT pg_try_advisory_lock($1::int4, hashtext($2)) AS locked';

/**
 * A dedicated connection that holds a session-level advisory lock and does all of its holder's
 * writes. The lock and the writes live and die together: when the connection is lost, the server
 * releases the lock and aborts the open transaction, so a holder that lost its lock cannot commit.
 * (A lock taken with a blocking pg_advisory_lock would keep a snapshot open while it waits, which
 * holds back vacuum for as long as an instance stands by; so standbys poll with the try form.)
 */
export class LockSession {
  private isAlive = true;
  readonly lost: Promise<void>;

  private constructor(readonly client: Client) {
    let markLost: () => void = () => undefined;
    this.lost = new Promise((resolve) => (markLost = resolve));
    const onLost = (): void => {
      this.isAlive = false;
      markLost();
    };
    client.on('error', onLost);
    client.on('end', onLost);
  }

  static async open(config: ClientConfig, applicationName: string): Promise<LockSession> {
    const client = new Client({ ...config, application_name: applicationName, keepAlive: true });
    const session = new LockSession(client);
    try {
      await client.connect();
    } catch (error) {
      await session.close();
      throw error;
    }
    return session;
  }

  get alive(): boolean {
    return this.isAlive;
  }

  async tryLock(purpose: LockPurpose, name: string): Promise<boolean> {
    const { rows } = await this.client.query<{ locked: boolean }>(TRY_LOCK, [LOCK_SPACE[purpose], name]);
    return rows[0]?.locked === true;
  }

  /** Ends the session, which releases its locks. */
  async close(): Promise<void> {
    this.isAlive = false;
    await this.client.end().catch(() => undefined);
  }
}
