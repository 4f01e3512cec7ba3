import 'reflect-metadata';
import { ConfigError, type Env } from '@setu/platform';
import { DatabaseUnreachableError, MigrationError } from '@setu/postgres';
import { Command, CommanderError } from 'commander';
import { CliContext, CliError, type CliOutput } from './cli-context';
import { COMMANDS } from './commands';

/** Runs one `setu` command line; resolves to the process exit code. Tests may pass their own commands. */
export async function runCli(
  argv: readonly string[],
  env: Env,
  output: CliOutput,
  commands: typeof COMMANDS = COMMANDS,
): Promise<number> {
  const context = new CliContext(env, output);
  const program = new Command('setu')
    .description('Setu command-line tool')
    .showHelpAfterError('(run `setu --help` for usage)')
    .configureOutput({ writeOut: (s) => output.out(s), writeErr: (s) => output.err(s) })
    .exitOverride();
  for (const command of commands) program.addCommand(inheritSettings(command(context), program));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (
      error instanceof CliError ||
      error instanceof ConfigError ||
      error instanceof DatabaseUnreachableError ||
      error instanceof MigrationError
    ) {
      output.err(`setu: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** Output, exit and help settings reach subcommands added with addCommand, at every depth. */
function inheritSettings(command: Command, parent: Command): Command {
  command.copyInheritedSettings(parent);
  for (const sub of command.commands) inheritSettings(sub, command);
  return command;
}

/** The `setu` binary (bin/setu.js): reads argv and the environment once. */
export async function main(): Promise<void> {
  const output: CliOutput = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    progress: process.stderr,
  };
  process.exitCode = await runCli(process.argv.slice(2), process.env, output).catch((error: unknown) => {
    output.err(`setu: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    return 1;
  });
}
