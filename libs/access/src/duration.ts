const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 } as const;
/** Longest lifetime of a token minted by the local issuer. */
export const MAX_TOKEN_LIFETIME_SECONDS = 30 * 86400;

/** `90s`, `15m`, `8h`, `7d`, `1w` → seconds; undefined when the text is not such a duration. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d{1,7})\s*([smhdw])$/.exec(text.trim().toLowerCase());
  if (match === null) return undefined;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
  return seconds > 0 ? seconds : undefined;
}
