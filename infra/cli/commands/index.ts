import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { projectionsCommand } from './projections.command';
import { tokenCommand } from './token.command';

/**
 * Every `setu` subcommand. A new one (`audit verify`, `projections rebuild`, `handover ...`) is a
 * module exporting `(context) => Command`, listed here; a group is a Command with subcommands.
 */
export const COMMANDS: readonly ((context: CliContext) => Command)[] = [tokenCommand, (context) => projectionsCommand(context)];
