/**
 * The slash commands Stepwise itself registers. A topic's `command` may not take one of these names:
 * kb:check refuses it (file and line) and kb:import never proposes it. One list, read by the guide
 * validator, the importer and the Discord command data alike.
 */
export const BUILTIN_COMMANDS = ['ask', 'topics', 'ticket', 'tickets', 'stats'] as const;

export const isBuiltinCommand = (name: string): boolean => (BUILTIN_COMMANDS as readonly string[]).includes(name);
