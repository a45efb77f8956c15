import { ApplicationCommandOptionType as Opt, ApplicationCommandType } from 'discord.js';
import { discordError, E, type Call, type Reply, type RestContext } from './context.js';
import { addError, invalidFormBody, type ErrorTree } from './messages.js';
import { snowflake } from './snowflake.js';
import type { Json } from './state.js';

// Discord's documented pattern for CHAT_INPUT names (lowercase enforced separately).
const CHAT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function validateOptions(options: Json[], path: Array<string | number>, errors: ErrorTree): void {
  if (options.length > 25) addError(errors, path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  const names = new Set<string>();
  let sawOptional = false;
  options.forEach((o, i) => {
    const p = [...path, i];
    const name = String(o?.name ?? '');
    if (!CHAT_NAME.test(name) || name !== name.toLowerCase())
      addError(errors, [...p, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    if (names.has(name))
      addError(
        errors,
        [...p, 'name'],
        'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
        'Option names must be unique',
      );
    names.add(name);
    const desc = String(o?.description ?? '');
    if (desc.length < 1 || desc.length > 100)
      addError(errors, [...p, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    const nested = o?.type === Opt.Subcommand || o?.type === Opt.SubcommandGroup;
    if (nested) {
      validateOptions(Array.isArray(o.options) ? o.options : [], [...p, 'options'], errors);
      return;
    }
    if (o?.required) {
      if (sawOptional)
        addError(
          errors,
          [...p, 'required'],
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
    } else sawOptional = true;
    if (Array.isArray(o?.choices) && o.choices.length > 25)
      addError(errors, [...p, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    if (o?.autocomplete && Array.isArray(o?.choices) && o.choices.length > 0)
      addError(
        errors,
        [...p, 'autocomplete'],
        'APPLICATION_COMMAND_OPTIONS_AUTOCOMPLETE_CHOICES',
        'Autocomplete cannot be used with choices',
      );
  });
}

/** Discord's checks for a command definition; errors land under `prefix` as in a bulk PUT. */
function validateCommand(cmd: Json, prefix: Array<string | number>, errors: ErrorTree): void {
  const type = Number(cmd?.type ?? ApplicationCommandType.ChatInput);
  const name = String(cmd?.name ?? '');
  if (type === ApplicationCommandType.ChatInput) {
    if (!CHAT_NAME.test(name) || name !== name.toLowerCase())
      addError(errors, [...prefix, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    const desc = String(cmd?.description ?? '');
    if (desc.length < 1 || desc.length > 100)
      addError(errors, [...prefix, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    validateOptions(Array.isArray(cmd?.options) ? cmd.options : [], [...prefix, 'options'], errors);
  } else if (name.length < 1 || name.length > 32) {
    addError(errors, [...prefix, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
  }
}

function materialise(ctx: RestContext, cmd: Json, existing: Json | undefined, guildId: string | undefined): Json {
  const type = Number(cmd.type ?? ApplicationCommandType.ChatInput);
  return {
    ...cmd,
    // Discord keeps a command's id when it is overwritten by name, so bots can cache ids.
    id: existing?.id ?? snowflake(),
    application_id: ctx.state.applicationId,
    version: snowflake(),
    type,
    name: cmd.name,
    name_localizations: cmd.name_localizations ?? null,
    description: cmd.description ?? '',
    description_localizations: cmd.description_localizations ?? null,
    default_member_permissions: cmd.default_member_permissions ?? null,
    contexts: cmd.contexts ?? null,
    integration_types: cmd.integration_types ?? [0],
    nsfw: cmd.nsfw ?? false,
    ...(Array.isArray(cmd.options) && cmd.options.length ? { options: cmd.options } : { options: undefined }),
    ...(guildId ? { guild_id: guildId } : { dm_permission: cmd.dm_permission ?? true }),
  };
}

function scope(ctx: RestContext, call: Call): { list: Json[]; set: (l: Json[]) => void; guildId?: string } | Reply {
  const [appId = '', guildId] = call.params;
  if (appId !== ctx.state.applicationId)
    return discordError(403, 20012, 'You are not authorized to perform this action on this application');
  if (guildId === undefined) {
    return { list: ctx.state.commands.global, set: (l) => ctx.state.commands.global.splice(0, Infinity, ...l) };
  }
  if (!ctx.state.guild(guildId)) return E.unknownGuild();
  const commands = ctx.state.commands;
  return { list: commands.guild[guildId] ?? [], set: (l) => void (commands.guild[guildId] = l), guildId };
}

/** Slash commands one scope (a server, or global) may hold. */
const MAX_CHAT_COMMANDS = 100;
/** The longest list a bulk overwrite accepts at all. */
const MAX_BULK = 130;

const sameCommand = (a: Json) => (b: Json) => a.name === b.name && (a.type ?? 1) === (b.type ?? 1);

export function commandsCollection(ctx: RestContext, call: Call): Reply {
  const s = scope(ctx, call);
  if ('status' in s) return s;
  if (call.method === 'GET') return { status: 200, body: s.list };
  if (call.method === 'PUT') {
    const body: Json[] = Array.isArray(call.body) ? call.body : [];
    const errors: ErrorTree = {};
    // Discord's limits on a bulk overwrite, as measured against it (chenhg5/cc-connect#504): a list longer than 130 is
    // a malformed body; more than 100 slash commands in one scope is refused as a whole, and nothing is registered.
    if (body.length > MAX_BULK) addError(errors, [], 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_BULK} or fewer in length.`);
    else if (
      body.filter((c) => Number(c?.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput)
        .length > MAX_CHAT_COMMANDS
    )
      return discordError(400, 30032, `Maximum number of application commands reached (${MAX_CHAT_COMMANDS})`);
    body.forEach((c, i) => validateCommand(c, [i], errors));
    body.forEach((c, i) => {
      if (body.findIndex(sameCommand(c)) !== i)
        addError(
          errors,
          [i, 'name'],
          'APPLICATION_COMMANDS_DUPLICATE_NAME',
          'Application command names must be unique',
        );
    });
    if (Object.keys(errors).length) return invalidFormBody(errors);
    const next = body.map((c) => materialise(ctx, c, s.list.find(sameCommand(c)), s.guildId));
    s.set(next);
    return { status: 200, body: next };
  }
  if (call.method === 'POST') {
    const errors: ErrorTree = {};
    validateCommand(call.body, [], errors);
    if (Object.keys(errors).length) return invalidFormBody(errors);
    const existing = s.list.find(sameCommand(call.body));
    const cmd = materialise(ctx, call.body, existing, s.guildId);
    s.set(existing ? s.list.map((c) => (c === existing ? cmd : c)) : [...s.list, cmd]);
    return { status: existing ? 200 : 201, body: cmd };
  }
  return E.methodNotAllowed();
}

export function commandItem(ctx: RestContext, call: Call): Reply {
  const commandId = call.params[call.params.length - 1] ?? '';
  const s = scope(ctx, { ...call, params: call.params.slice(0, -1) });
  if ('status' in s) return s;
  const cmd = s.list.find((c) => c.id === commandId);
  if (!cmd) return E.unknownCommand();
  if (call.method === 'GET') return { status: 200, body: cmd };
  if (call.method === 'DELETE') {
    s.set(s.list.filter((c) => c !== cmd));
    return { status: 204 };
  }
  if (call.method === 'PATCH') {
    const merged = { ...cmd, ...call.body };
    const errors: ErrorTree = {};
    validateCommand(merged, [], errors);
    if (Object.keys(errors).length) return invalidFormBody(errors);
    const next = materialise(ctx, merged, cmd, s.guildId);
    s.set(s.list.map((c) => (c === cmd ? next : c)));
    return { status: 200, body: next };
  }
  return E.methodNotAllowed();
}
