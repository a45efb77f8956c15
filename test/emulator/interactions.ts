import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType as Opt,
  ComponentType,
  InteractionResponseType as R,
  InteractionType,
  MessageFlags,
  MessageType,
} from 'discord.js';
import { E, type Call, type Reply, type RestContext } from './context.js';
import {
  addError,
  applyEdit,
  buildMessage,
  findComponents,
  invalidFormBody,
  validateMessageBody,
  type ErrorTree,
} from './messages.js';
import {
  channelPayload,
  isEphemeral,
  memberPayload,
  messagePayload,
  rolePayload,
  threadPayload,
  userPayload,
} from './payloads.js';
import { snowflake } from './snowflake.js';
import type { EmuGuild, EmuInteraction, EmulatorState, Json, StoredMessage } from './state.js';

export interface OptionInput {
  name: string;
  type?: number;
  value?: string | number | boolean;
  options?: OptionInput[];
  focused?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Building INTERACTION_CREATE payloads
// ---------------------------------------------------------------------------------------------

interface Base {
  state: EmulatorState;
  userId: string;
  channelId: string;
  /** The member's Discord client language, as Discord sends it on every interaction (default en-US). */
  locale?: string | undefined;
}

function contextOf(state: EmulatorState, userId: string, channelId: string) {
  const guild = state.guildOfChannel(channelId);
  if (!guild) throw new Error(`emulator: channel ${channelId} is not a guild channel or thread`);
  const member = guild.members.get(userId);
  if (!member) throw new Error(`emulator: user ${userId} is not a member of guild ${guild.id}`);
  const perms = state.permissionsOf(guild, userId);
  const ch = state.channels.get(channelId);
  const th = state.thread(channelId);
  const channel = th ? threadPayload(th) : ch ? channelPayload(ch, state) : undefined;
  return { guild, member, perms, channel: { ...channel, permissions: perms.toString() } };
}

function newInteraction(
  b: Base,
  type: InteractionType,
  data: Json,
  extra: Partial<EmuInteraction>,
  message?: StoredMessage,
) {
  const { state, userId, channelId } = b;
  const { guild, member, perms, channel } = contextOf(state, userId, channelId);
  const id = snowflake();
  // Real tokens are long opaque strings; length matters for URL handling in clients.
  const token = `aW50ZXJhY3Rpb246${id}:${randomBytes(48).toString('base64url')}`;
  const payload: Json = {
    id,
    application_id: state.applicationId,
    type,
    data,
    guild: { id: guild.id, locale: guild.locale, features: [] },
    guild_id: guild.id,
    channel,
    channel_id: channelId,
    member: { ...memberPayload(state, member, true), permissions: perms.toString() },
    token,
    version: 1,
    app_permissions: state.permissionsOf(guild, state.botUser.id).toString(),
    locale: b.locale ?? 'en-US',
    guild_locale: guild.locale,
    entitlements: [],
    authorizing_integration_owners: { '0': guild.id },
    context: 0,
    attachment_size_limit: 10_485_760,
    ...(message ? { message: messagePayload(message) } : {}),
  };
  const ix: EmuInteraction = {
    id,
    token,
    type,
    guildId: guild.id,
    channelId,
    userId,
    createdAt: Date.now(),
    expired: false,
    acknowledged: false,
    followupIds: [],
    payload,
    ...(message ? { messageId: message.id } : {}),
    ...extra,
  };
  state.interactions.set(id, ix);
  state.interactionsByToken.set(token, ix);
  return ix;
}

function findCommand(state: EmulatorState, guildId: string, name: string, type = 1): Json | undefined {
  const match = (c: Json) => c.name === name && (c.type ?? 1) === type;
  return (state.commands.guild[guildId] ?? []).find(match) ?? state.commands.global.find(match);
}

function inferType(value: unknown): number {
  if (typeof value === 'boolean') return Opt.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? Opt.Integer : Opt.Number;
  return Opt.String;
}

/**
 * Fills in option types from the registered command (falling back to the value's JS type) and
 * collects the `resolved` users/members/roles/channels Discord sends alongside id options.
 */
function buildOptions(
  state: EmulatorState,
  guild: EmuGuild,
  input: OptionInput[],
  defs: Json[] | undefined,
  resolved: Json,
): Json[] {
  return input.map((o) => {
    const def = defs?.find((d) => d.name === o.name);
    const type = o.type ?? def?.type ?? (o.options ? Opt.Subcommand : inferType(o.value));
    if (type === Opt.Subcommand || type === Opt.SubcommandGroup) {
      return { name: o.name, type, options: buildOptions(state, guild, o.options ?? [], def?.options, resolved) };
    }
    const value = o.value;
    const id = String(value);
    if (!o.focused && (type === Opt.User || type === Opt.Mentionable) && state.users.has(id)) {
      const u = state.users.get(id);
      (resolved.users ??= {})[id] = userPayload(u!);
      const m = guild.members.get(id);
      if (m)
        (resolved.members ??= {})[id] = {
          ...memberPayload(state, m, false),
          permissions: state.permissionsOf(guild, id).toString(),
        };
    }
    if (!o.focused && (type === Opt.Role || type === Opt.Mentionable)) {
      const r = guild.roles.find((x) => x.id === id);
      if (r) (resolved.roles ??= {})[id] = rolePayload(r);
    }
    if (!o.focused && type === Opt.Channel) {
      const ch = state.channels.get(id);
      const th = state.thread(id);
      const p = th ? threadPayload(th) : ch ? channelPayload(ch, state) : undefined;
      if (p)
        (resolved.channels ??= {})[id] = { ...p, permissions: state.permissionsOf(guild, state.botUser.id).toString() };
    }
    return {
      name: o.name,
      type,
      value: o.focused ? String(value ?? '') : value,
      ...(o.focused ? { focused: true } : {}),
    };
  });
}

export interface SlashInput {
  name: string;
  options?: OptionInput[];
  userId: string;
  channelId: string;
  locale?: string;
}

export function slashCommandInteraction(state: EmulatorState, input: SlashInput): EmuInteraction {
  const guild = state.guildOfChannel(input.channelId);
  if (!guild) throw new Error(`emulator: channel ${input.channelId} is not in a guild`);
  const cmd = findCommand(state, guild.id, input.name);
  const resolved: Json = {};
  const options = buildOptions(state, guild, input.options ?? [], cmd?.options, resolved);
  const data = {
    id: cmd?.id ?? snowflake(),
    name: input.name,
    type: 1,
    ...(cmd?.guild_id ? { guild_id: cmd.guild_id } : {}),
    ...(options.length ? { options } : {}),
    ...(Object.keys(resolved).length ? { resolved } : {}),
  };
  return newInteraction(
    { state, userId: input.userId, channelId: input.channelId, locale: input.locale },
    InteractionType.ApplicationCommand,
    data,
    {
      commandName: input.name,
    },
  );
}

export interface MessageCommandInput {
  /** The message command's name, as registered ("Answer from the guide"). */
  name: string;
  /** The message it is used on (right-click → Apps); it must be in `channelId`. */
  messageId: string;
  userId: string;
  channelId: string;
  locale?: string;
}

/** A message command (type 3), used on a stored message: Discord resolves the message into `resolved.messages`. */
export function messageCommandInteraction(state: EmulatorState, input: MessageCommandInput): EmuInteraction {
  const guild = state.guildOfChannel(input.channelId);
  if (!guild) throw new Error(`emulator: channel ${input.channelId} is not in a guild`);
  const target = state.messageIndex.get(input.messageId);
  if (!target || target.channel_id !== input.channelId)
    throw new Error(`emulator: message ${input.messageId} is not in channel ${input.channelId}`);
  const cmd = findCommand(state, guild.id, input.name, 3);
  const data = {
    id: cmd?.id ?? snowflake(),
    name: input.name,
    type: 3,
    target_id: target.id,
    resolved: { messages: { [target.id]: messagePayload(target) } },
    ...(cmd?.guild_id ? { guild_id: cmd.guild_id } : {}),
  };
  return newInteraction(
    { state, userId: input.userId, channelId: input.channelId, locale: input.locale },
    InteractionType.ApplicationCommand,
    data,
    { commandName: input.name },
  );
}

export interface AutocompleteInput {
  locale?: string;
  name: string;
  focused: { name: string; value: string | number; type?: number };
  options?: OptionInput[];
  subcommand?: string;
  userId: string;
  channelId: string;
}

export function autocompleteInteraction(state: EmulatorState, input: AutocompleteInput): EmuInteraction {
  const guild = state.guildOfChannel(input.channelId);
  if (!guild) throw new Error(`emulator: channel ${input.channelId} is not in a guild`);
  const cmd = findCommand(state, guild.id, input.name);
  const leaf: OptionInput[] = [
    ...(input.options ?? []),
    {
      name: input.focused.name,
      value: input.focused.value,
      focused: true,
      ...(input.focused.type ? { type: input.focused.type } : {}),
    },
  ];
  const tree: OptionInput[] = input.subcommand
    ? [{ name: input.subcommand, type: Opt.Subcommand, options: leaf }]
    : leaf;
  const options = buildOptions(state, guild, tree, cmd?.options, {});
  const data = {
    id: cmd?.id ?? snowflake(),
    name: input.name,
    type: 1,
    options,
    ...(cmd?.guild_id ? { guild_id: cmd.guild_id } : {}),
  };
  return newInteraction(
    { state, userId: input.userId, channelId: input.channelId, locale: input.locale },
    InteractionType.ApplicationCommandAutocomplete,
    data,
    { commandName: input.name },
  );
}

export interface ComponentInput {
  customId: string;
  messageId: string;
  userId: string;
  channelId: string;
  locale?: string;
  /** Select menus only. */
  values?: string[];
  /** Skip the check that the message really shows an enabled component with this custom_id. */
  unchecked?: boolean;
}

export function componentInteraction(
  state: EmulatorState,
  input: ComponentInput,
  kind: 'button' | 'select',
): EmuInteraction {
  const message = state.messageIndex.get(input.messageId);
  if (!message) throw new Error(`emulator: message ${input.messageId} does not exist`);
  if (message.channel_id !== input.channelId)
    throw new Error(`emulator: message ${input.messageId} is in channel ${message.channel_id}, not ${input.channelId}`);
  if (isEphemeral(message)) {
    const owner = [...state.interactions.values()].find(
      (i) => i.originalId === message.id || i.followupIds.includes(message.id),
    );
    if (owner && owner.userId !== input.userId)
      throw new Error(`emulator: user ${input.userId} cannot see ephemeral message ${message.id}`);
  }
  const components = findComponents(message.components);
  const component = components.find((c) => c.custom_id === input.customId);
  if (!input.unchecked) {
    // A real user can only click what the message shows; catching this early saves debugging.
    if (!component)
      throw new Error(
        `emulator: message ${message.id} has no component "${input.customId}" (has: ${components.map((c) => c.custom_id).join(', ') || 'none'})`,
      );
    if (component.disabled) throw new Error(`emulator: component "${input.customId}" is disabled`);
  }
  const componentType = component?.type ?? (kind === 'button' ? ComponentType.Button : ComponentType.StringSelect);
  const data = {
    custom_id: input.customId,
    component_type: componentType,
    ...(component?.id !== undefined ? { id: component.id } : {}),
    ...(kind === 'select' ? { values: input.values ?? [] } : {}),
  };
  return newInteraction(
    { state, userId: input.userId, channelId: input.channelId, locale: input.locale },
    InteractionType.MessageComponent,
    data,
    {},
    message,
  );
}

export interface ModalInput {
  locale?: string;
  customId: string;
  fields: Record<string, string | string[]>;
  userId: string;
  channelId: string;
  /** Defaults to the message of the component interaction that opened the modal, if any. */
  messageId?: string;
}

/**
 * Mirrors the layout of the modal the bot showed (action rows or Label components), which is
 * what Discord sends back; falls back to plain action rows when no modal was recorded.
 */
export function modalSubmitInteraction(state: EmulatorState, input: ModalInput): EmuInteraction {
  const opener = [...state.interactions.values()]
    .reverse()
    .find((i) => i.modal?.custom_id === input.customId && i.userId === input.userId);
  const shown: Json[] | undefined = opener?.modal?.components;
  const remaining = new Map(Object.entries(input.fields));
  const submitted = (c: Json): Json => {
    const base = { type: c.type, id: c.id, custom_id: c.custom_id };
    const v = remaining.get(c.custom_id);
    remaining.delete(c.custom_id);
    if (c.type === ComponentType.TextInput) {
      if (c.required !== false && (v === undefined || v === ''))
        throw new Error(`emulator: modal field "${c.custom_id}" is required`);
      const value = Array.isArray(v) ? v.join('') : (v ?? '');
      if (typeof c.max_length === 'number' && value.length > c.max_length)
        throw new Error(`emulator: modal field "${c.custom_id}" is longer than ${c.max_length}`);
      return { ...base, value };
    }
    return { ...base, values: v === undefined ? [] : [v].flat() };
  };
  let components: Json[];
  if (shown) {
    components = shown.flatMap((c) => {
      if (c.type === ComponentType.ActionRow)
        return [{ type: 1, id: c.id, components: (c.components ?? []).map(submitted) }];
      if (c.type === ComponentType.Label && c.component)
        return [{ type: c.type, id: c.id, component: submitted(c.component) }];
      if (c.type === ComponentType.TextDisplay) return [{ type: c.type, id: c.id }];
      return [];
    });
    if (remaining.size > 0)
      throw new Error(`emulator: modal "${input.customId}" has no field(s) ${[...remaining.keys()].join(', ')}`);
  } else {
    let n = 0;
    components = Object.entries(input.fields).map(([custom_id, value]) => ({
      type: ComponentType.ActionRow,
      id: ++n,
      components: [{ type: ComponentType.TextInput, id: ++n, custom_id, value: [value].flat().join('') }],
    }));
  }
  const messageId = input.messageId ?? opener?.messageId;
  const message = messageId ? state.messageIndex.get(messageId) : undefined;
  return newInteraction(
    { state, userId: input.userId, channelId: input.channelId, locale: input.locale },
    InteractionType.ModalSubmit,
    { custom_id: input.customId, components },
    {},
    message,
  );
}

// ---------------------------------------------------------------------------------------------
// REST: callback and interaction webhooks
// ---------------------------------------------------------------------------------------------

const ALLOWED_RESPONSES: Record<number, number[]> = {
  [InteractionType.Ping]: [R.Pong],
  [InteractionType.ApplicationCommand]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.Modal,
    R.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.DeferredMessageUpdate,
    R.UpdateMessage,
    R.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [R.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.DeferredMessageUpdate,
    R.UpdateMessage,
  ],
};

const SENDABLE_FLAGS =
  MessageFlags.Ephemeral |
  MessageFlags.SuppressEmbeds |
  MessageFlags.SuppressNotifications |
  MessageFlags.IsComponentsV2;

function interactionMessage(
  ctx: RestContext,
  ix: EmuInteraction,
  body: Json,
  files: Call['files'],
  loading: boolean,
): StoredMessage {
  const { state } = ctx;
  const guild = state.guild(ix.guildId);
  const user = state.users.get(ix.userId);
  const metadata = {
    id: ix.id,
    type: ix.type,
    user: user ? userPayload(user) : { id: ix.userId },
    authorizing_integration_owners: { '0': ix.guildId },
    ...(ix.commandName ? { name: ix.commandName, command_type: 1 } : {}),
    ...(ix.messageId ? { interacted_message_id: ix.messageId } : {}),
  };
  const flags = (Number(body.flags ?? 0) & SENDABLE_FLAGS) | (loading ? MessageFlags.Loading : 0);
  return buildMessage(state, {
    channelId: ix.channelId,
    guild,
    authorId: state.botUser.id,
    body: loading ? {} : body,
    files: loading ? [] : files,
    baseUrl: ctx.baseUrl(),
    type: ix.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
    extra: {
      flags,
      webhook_id: state.applicationId,
      application_id: state.applicationId,
      interaction_metadata: metadata,
      ...(ix.commandName
        ? { interaction: { id: ix.id, type: ix.type, name: ix.commandName, user: metadata.user } }
        : {}),
    },
  });
}

function isLive(_ctx: RestContext, ix: EmuInteraction, windowMs: number): boolean {
  return !ix.expired && Date.now() - ix.createdAt <= windowMs;
}

export function interactionCallback(ctx: RestContext, call: Call): Reply {
  const [id = '', token = ''] = call.params;
  const ix = ctx.state.interactions.get(id);
  if (!ix || ix.token !== token) return E.unknownInteraction();
  // Discord gives 3 seconds for the initial response; after that the interaction is gone.
  if (!isLive(ctx, ix, ctx.callbackTimeoutMs)) return E.unknownInteraction();
  if (ix.acknowledged) return E.alreadyAcknowledged();
  const type = Number(call.body?.type);
  const data: Json = call.body?.data ?? {};
  const allowed = ALLOWED_RESPONSES[ix.type] ?? [];
  const fromMessage = ix.messageId !== undefined;
  if (!allowed.includes(type) || ((type === R.UpdateMessage || type === R.DeferredMessageUpdate) && !fromMessage)) {
    const errors: ErrorTree = {};
    addError(
      errors,
      ['type'],
      'INTERACTION_RESPONSE_TYPE_INVALID',
      `Interaction response type ${type} is not valid for interaction type ${ix.type}`,
    );
    return invalidFormBody(errors);
  }
  const { state, events } = ctx;
  let message: StoredMessage | undefined;
  switch (type) {
    case R.ChannelMessageWithSource: {
      const invalid = validateMessageBody(data, { hasFiles: call.files.length > 0 });
      if (invalid) return invalid;
      message = interactionMessage(ctx, ix, data, call.files, false);
      state.storeMessage(message);
      events.messageCreate(message);
      ix.originalId = message.id;
      break;
    }
    case R.DeferredChannelMessageWithSource: {
      message = interactionMessage(ctx, ix, { flags: Number(data.flags ?? 0) & MessageFlags.Ephemeral }, [], true);
      state.storeMessage(message);
      events.messageCreate(message);
      ix.originalId = message.id;
      break;
    }
    case R.DeferredMessageUpdate:
      if (ix.messageId) ix.originalId = ix.messageId;
      break;
    case R.UpdateMessage: {
      const target = ix.messageId ? state.messageIndex.get(ix.messageId) : undefined;
      if (!target) return E.unknownMessage();
      const invalid = validateMessageBody(data, { edit: true });
      if (invalid) return invalid;
      applyEdit(state, target, data, call.files, ctx.baseUrl());
      events.messageUpdate(target);
      message = target;
      ix.originalId = target.id;
      break;
    }
    case R.ApplicationCommandAutocompleteResult: {
      const choices: Json[] = Array.isArray(data.choices) ? data.choices : [];
      const errors: ErrorTree = {};
      if (choices.length > 25)
        addError(errors, ['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      choices.forEach((c, i) => {
        const name = String(c?.name ?? '');
        if (name.length < 1 || name.length > 100)
          addError(
            errors,
            ['data', 'choices', i, 'name'],
            'BASE_TYPE_BAD_LENGTH',
            'Must be between 1 and 100 in length.',
          );
        if (typeof c?.value === 'string' && c.value.length > 100)
          addError(errors, ['data', 'choices', i, 'value'], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
      });
      if (Object.keys(errors).length) return invalidFormBody(errors);
      ix.choices = choices;
      break;
    }
    case R.Modal: {
      const errors: ErrorTree = {};
      if (typeof data.custom_id !== 'string' || !data.custom_id)
        addError(errors, ['data', 'custom_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
      if (typeof data.title !== 'string' || !data.title)
        addError(errors, ['data', 'title'], 'BASE_TYPE_REQUIRED', 'This field is required');
      else if (data.title.length > 45)
        addError(errors, ['data', 'title'], 'BASE_TYPE_MAX_LENGTH', 'Must be 45 or fewer in length.');
      const comps: Json[] = Array.isArray(data.components) ? data.components : [];
      if (comps.length < 1 || comps.length > 5)
        addError(errors, ['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
      if (Object.keys(errors).length) return invalidFormBody(errors);
      ix.modal = data;
      break;
    }
    default:
      break;
  }
  ix.acknowledged = true;
  ix.responseType = type;
  if (call.query.with_response !== 'true') return { status: 204 };
  return {
    status: 200,
    body: {
      interaction: {
        id: ix.id,
        type: ix.type,
        activity_instance_id: null,
        response_message_id: message?.id ?? null,
        response_message_loading: message ? (message.flags & MessageFlags.Loading) !== 0 : null,
        response_message_ephemeral: message ? isEphemeral(message) : null,
      },
      resource: { type, ...(message ? { message: messagePayload(message) } : {}) },
    },
  };
}

function interactionForWebhook(ctx: RestContext, appId: string, token: string): EmuInteraction | Reply {
  if (appId !== ctx.state.applicationId) return E.unknownWebhook();
  const ix = ctx.state.interactionsByToken.get(token);
  if (!ix || !isLive(ctx, ix, ctx.tokenLifetimeMs)) return E.invalidWebhookToken();
  // Follow-ups and @original only exist once the interaction has been answered.
  if (!ix.acknowledged) return E.unknownWebhook();
  return ix;
}

function isReply(x: EmuInteraction | Reply): x is Reply {
  return 'status' in x;
}

export function webhookMessage(ctx: RestContext, call: Call): Reply {
  const [appId = '', token = '', messageRef = ''] = call.params;
  const ix = interactionForWebhook(ctx, appId, token);
  if (isReply(ix)) return ix;
  const id = messageRef === '@original' ? ix.originalId : messageRef;
  const known = id !== undefined && (id === ix.originalId || ix.followupIds.includes(id));
  const msg = known ? ctx.state.messageIndex.get(id) : undefined;
  if (!msg) return E.unknownMessage();
  const { state, events } = ctx;
  switch (call.method) {
    case 'GET':
      return { status: 200, body: messagePayload(msg) };
    case 'DELETE':
      state.deleteMessage(msg);
      events.messageDelete(msg);
      return { status: 204 };
    case 'PATCH': {
      const invalid = validateMessageBody(call.body, { edit: true });
      if (invalid) return invalid;
      const wasLoading = (msg.flags & MessageFlags.Loading) !== 0;
      applyEdit(state, msg, call.body ?? {}, call.files, ctx.baseUrl());
      if (wasLoading) {
        // The first edit of a deferred reply fills it in; Discord does not mark it as edited.
        msg.flags &= ~MessageFlags.Loading;
        msg.edited_timestamp = null;
      }
      events.messageUpdate(msg);
      return { status: 200, body: messagePayload(msg) };
    }
    default:
      return E.methodNotAllowed();
  }
}

export function webhookFollowup(ctx: RestContext, call: Call): Reply {
  const [appId = '', token = ''] = call.params;
  const ix = interactionForWebhook(ctx, appId, token);
  if (isReply(ix)) return ix;
  const invalid = validateMessageBody(call.body ?? {}, { hasFiles: call.files.length > 0 });
  if (invalid) return invalid;
  const { state, events } = ctx;
  const original = ix.originalId ? state.messageIndex.get(ix.originalId) : undefined;
  let msg: StoredMessage;
  if (original && (original.flags & MessageFlags.Loading) !== 0) {
    // Discord: the first follow-up after a deferred response replaces the loading message,
    // keeping the deferral's ephemerality.
    applyEdit(state, original, call.body ?? {}, call.files, ctx.baseUrl());
    original.flags &= ~MessageFlags.Loading;
    original.edited_timestamp = null;
    events.messageUpdate(original);
    msg = original;
  } else {
    msg = interactionMessage(ctx, ix, call.body ?? {}, call.files, false);
    msg.type = MessageType.Default;
    delete msg.interaction;
    state.storeMessage(msg);
    ix.followupIds.push(msg.id);
    events.messageCreate(msg);
  }
  // Like any webhook, the message comes back only with ?wait=true (discord.js always asks).
  return call.query.wait === 'true' ? { status: 200, body: messagePayload(msg) } : { status: 204 };
}
