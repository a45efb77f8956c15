/**
 * The slash commands Stepwise itself registers. A topic's `command` may not take one of these names:
 * kb:check refuses it (file and line) and kb:import never proposes it. One list, read by the guide
 * validator, the importer and the Discord command data alike.
 */
export const BUILTIN_COMMANDS = ['ask', 'topics', 'ticket', 'tickets', 'stats'] as const;

export const isBuiltinCommand = (name: string): boolean => (BUILTIN_COMMANDS as readonly string[]).includes(name);

/** Discord registers at most 100 slash commands per server (and as many global ones); a 101st fails the whole set. */
export const DISCORD_COMMAND_LIMIT = 100;

/** How many of a guide's topics may carry a slash command: what Discord allows beside Stepwise's own. */
export const MAX_GUIDE_COMMANDS = DISCORD_COMMAND_LIMIT - BUILTIN_COMMANDS.length;
