/** The two states Setu spans; every command is recorded under one of them. */
export const JURISDICTIONS = ['RJ', 'BR'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** Who recorded a fact: taken from the verified bearer token, never from the request body. */
export interface Actor {
  readonly userId: string;
  readonly orgId: string;
  readonly role: string;
}

/** Metadata carried by every stored event (ARCHITECTURE.md, "The event"). */
export interface EventMetadata {
  readonly actor: Actor;
  readonly jurisdiction: Jurisdiction;
  readonly correlationId: string;
  readonly causationId: string;
  readonly idempotencyKey?: string;
  /** The service that recorded the event, e.g. `setu.rescue`. */
  readonly source: string;
}
