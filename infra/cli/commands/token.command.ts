import { LocalIssuer, MAX_TOKEN_LIFETIME_SECONDS, isJurisdiction, parseDuration } from '@setu/access';
import type { Jurisdiction } from '@setu/contracts';
import { Command } from 'commander';
import { CliError, type CliContext } from '../cli-context';

interface TokenOptions {
  readonly user: string;
  readonly org: string;
  readonly role: string;
  readonly state: readonly string[];
  readonly district?: readonly string[];
  readonly expires: string;
}

const collect = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

/** `setu token`: a bearer token signed by the local issuer key of SETU_DATA_DIR. */
export function tokenCommand(context: CliContext): Command {
  return new Command('token')
    .description('print a bearer token signed by the local issuer of SETU_DATA_DIR (created if missing)')
    .requiredOption('--user <id>', 'user id (claim sub)')
    .requiredOption('--org <org>', 'organisation id (claim org)')
    .requiredOption('--role <role>', 'role (claim role)')
    .requiredOption('--state <RJ|BR>', 'state the user acts in; repeat for both', collect)
    .option('--district <code>', 'district the user is limited to; repeatable', collect)
    .option('--expires <duration>', 'lifetime: 90s, 15m, 8h, 7d (at most 30d)', '8h')
    .addHelpText('after', '\nExample:\n  TOKEN=$(npx setu token --user u1 --org ngo-1 --role fieldworker --state BR --district GAYA)')
    .action(async (options: TokenOptions) => {
      const states = options.state.map((s) => s.toUpperCase());
      const wrong = states.find((s) => !isJurisdiction(s));
      if (wrong !== undefined) throw new CliError(`--state must be RJ or BR (got "${wrong}")`);
      const expiresInSeconds = parseDuration(options.expires);
      if (expiresInSeconds === undefined || expiresInSeconds > MAX_TOKEN_LIFETIME_SECONDS) {
        throw new CliError(`--expires must be a duration like 90s, 15m, 8h or 7d, at most 30d (got "${options.expires}")`);
      }
      const blank = (['user', 'org', 'role'] as const).find((name) => options[name].trim() === '');
      if (blank !== undefined) throw new CliError(`--${blank} must not be empty`);

      const config = context.config();
      if (config.auth.mode === 'remote') {
        context.output.err(
          `setu: note: AUTH_JWKS_URL is set, so the server trusts ${config.auth.issuer}, not this local token\n`,
        );
      }
      const { issuer, audience } = config.auth.mode === 'local' ? config.auth : { issuer: 'setu-local', audience: 'setu' };
      const local = await LocalIssuer.loadOrCreate(config.dataDir, { issuer, audience });
      const token = await local.sign(
        {
          userId: options.user.trim(),
          orgId: options.org.trim(),
          role: options.role.trim(),
          states: [...new Set(states as Jurisdiction[])],
          districts: [...new Set(options.district ?? [])],
        },
        { expiresInSeconds },
      );
      context.output.out(`${token}\n`);
    });
}
