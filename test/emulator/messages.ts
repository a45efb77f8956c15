import { ComponentType, MessageFlags, MessageType, PermissionFlagsBits } from 'discord.js';
import { snowflake } from './snowflake.js';
import type { EmuGuild, EmulatorState, Json, StoredMessage } from './state.js';
import { memberPayload, userPayload } from './payloads.js';

export interface ApiError {
  status: number;
  body: { message: string; code: number; errors?: Json };
}

export type ErrorTree = Record<string, Json>;

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  /** The bytes, so a test can read what the bot uploaded (a transcript, say). */
  data: Buffer;
}

export function addError(tree: ErrorTree, path: Array<string | number>, code: string, message: string): void {
  let node: Json = tree;
  for (const key of path) node = node[String(key)] ??= {};
  (node._errors ??= []).push({ code, message });
}

export function invalidFormBody(errors: ErrorTree): ApiError {
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}

function tooLong(tree: ErrorTree, path: Array<string | number>, value: unknown, max: number): void {
  if (typeof value === 'string' && value.length > max)
    addError(tree, path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
}

/**
 * The subset of Discord's message validation that bots trip over in practice: length limits,
 * embed budgets, component layout and allowed_mentions rules. Errors use Discord's 50035 shape.
 */
export function validateMessageBody(body: Json, opts: { edit?: boolean; hasFiles?: boolean } = {}): ApiError | null {
  const errors: ErrorTree = {};
  const flags = Number(body.flags ?? 0);
  const v2 = (flags & MessageFlags.IsComponentsV2) !== 0;
  tooLong(errors, ['content'], body.content, 2000);
  if (v2 && typeof body.content === 'string' && body.content.length > 0)
    addError(
      errors,
      ['content'],
      'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
      "The 'content' field cannot be used when using MessageFlags.IS_COMPONENTS_V2",
    );
  if (Array.isArray(body.embeds)) {
    if (v2 && body.embeds.length > 0)
      addError(
        errors,
        ['embeds'],
        'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
        "The 'embeds' field cannot be used when using MessageFlags.IS_COMPONENTS_V2",
      );
    if (body.embeds.length > 10) addError(errors, ['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
    let total = 0;
    body.embeds.forEach((e: Json, i: number) => {
      const p = ['embeds', i];
      tooLong(errors, [...p, 'title'], e?.title, 256);
      tooLong(errors, [...p, 'description'], e?.description, 4096);
      tooLong(errors, [...p, 'footer', 'text'], e?.footer?.text, 2048);
      tooLong(errors, [...p, 'author', 'name'], e?.author?.name, 256);
      total += len(e?.title) + len(e?.description) + len(e?.footer?.text) + len(e?.author?.name);
      const fields: Json[] = Array.isArray(e?.fields) ? e.fields : [];
      if (fields.length > 25)
        addError(errors, [...p, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      fields.forEach((f, j) => {
        if (!f?.name) addError(errors, [...p, 'fields', j, 'name'], 'BASE_TYPE_REQUIRED', 'This field is required');
        if (!f?.value) addError(errors, [...p, 'fields', j, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
        tooLong(errors, [...p, 'fields', j, 'name'], f?.name, 256);
        tooLong(errors, [...p, 'fields', j, 'value'], f?.value, 1024);
        total += len(f?.name) + len(f?.value);
      });
    });
    if (total > 6000)
      addError(errors, ['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  }
  if (Array.isArray(body.components)) validateComponents(body.components, v2, errors);
  const am = body.allowed_mentions;
  if (am && typeof am === 'object') {
    const parse: string[] = Array.isArray(am.parse) ? am.parse : [];
    for (const kind of ['users', 'roles'] as const) {
      if (parse.includes(kind) && Array.isArray(am[kind]) && am[kind].length > 0)
        addError(
          errors,
          ['allowed_mentions'],
          'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
          `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
        );
      if (Array.isArray(am[kind]) && am[kind].length > 100)
        addError(errors, ['allowed_mentions', kind], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    }
  }
  if (Object.keys(errors).length > 0) return invalidFormBody(errors);
  if (!opts.edit) {
    const empty =
      !nonEmpty(body.content) &&
      !(Array.isArray(body.embeds) && body.embeds.length > 0) &&
      !(Array.isArray(body.components) && body.components.length > 0) &&
      !(Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0) &&
      !body.poll &&
      !opts.hasFiles;
    if (empty) return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
  }
  return null;
}

function validateComponents(components: Json[], v2: boolean, errors: ErrorTree): void {
  const seen = new Set<string>();
  const walk = (c: Json, path: Array<string | number>): void => {
    if (!c || typeof c !== 'object') return;
    if (typeof c.custom_id === 'string') {
      tooLong(errors, [...path, 'custom_id'], c.custom_id, 100);
      if (seen.has(c.custom_id))
        addError(
          errors,
          [...path, 'custom_id'],
          'COMPONENT_CUSTOM_ID_DUPLICATED',
          'Component custom id cannot be duplicated',
        );
      seen.add(c.custom_id);
    }
    if (c.type === ComponentType.Button) {
      tooLong(errors, [...path, 'label'], c.label, 80);
      if (c.style === 5 ? !c.url : c.style !== 6 && !c.custom_id)
        addError(
          errors,
          [...path, c.style === 5 ? 'url' : 'custom_id'],
          'BASE_TYPE_REQUIRED',
          'This field is required',
        );
    }
    if (
      c.type === ComponentType.StringSelect &&
      (!Array.isArray(c.options) || c.options.length === 0 || c.options.length > 25)
    )
      addError(errors, [...path, 'options'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 25 in length.');
    const kids: Json[] = Array.isArray(c.components) ? c.components : [];
    kids.forEach((k, i) => walk(k, [...path, 'components', i]));
    if (c.accessory) walk(c.accessory, [...path, 'accessory']);
  };
  if (!v2) {
    if (components.length > 5)
      addError(errors, ['components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
    components.forEach((row, i) => {
      if (row?.type !== ComponentType.ActionRow) {
        addError(errors, ['components', i, 'type'], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
        return;
      }
      const kids: Json[] = Array.isArray(row.components) ? row.components : [];
      const selects = kids.filter((k) => k?.type !== ComponentType.Button).length;
      if (kids.length === 0 || kids.length > 5 || (selects > 0 && kids.length > 1))
        addError(errors, ['components', i, 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
    });
  } else if (components.length > 40) {
    addError(errors, ['components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 40 or fewer in length.');
  }
  components.forEach((c, i) => walk(c, ['components', i]));
}

function len(v: unknown): number {
  return typeof v === 'string' ? v.length : 0;
}

function nonEmpty(v: unknown): boolean {
  return typeof v === 'string' && v.trim().length > 0;
}

const USER_MENTION = /<@!?(\d{15,21})>/g;
const ROLE_MENTION = /<@&(\d{15,21})>/g;

export function parseMentions(content: string): { users: string[]; roles: string[]; everyone: boolean } {
  return {
    users: [...new Set([...content.matchAll(USER_MENTION)].map((m) => m[1] ?? ''))],
    roles: [...new Set([...content.matchAll(ROLE_MENTION)].map((m) => m[1] ?? ''))],
    everyone: /@(everyone|here)\b/.test(content),
  };
}

/**
 * Who Discord would notify for a message: content mentions filtered by allowed_mentions
 * (absent = everything parsed), role mentionability and the author's MentionEveryone.
 */
export function effectiveMentions(
  state: EmulatorState,
  guild: EmuGuild | undefined,
  authorId: string,
  content: string,
  allowed: Json,
  repliedAuthorId: string | undefined,
): { users: string[]; roles: string[]; everyone: boolean } {
  const parsed = parseMentions(content);
  const perms = guild ? state.permissionsOf(guild, authorId) : 0n;
  const canEveryone = (perms & PermissionFlagsBits.MentionEveryone) !== 0n;
  let users = parsed.users;
  let roles = parsed.roles;
  let everyone = parsed.everyone;
  let replied = repliedAuthorId !== undefined;
  if (allowed && typeof allowed === 'object') {
    const parse: string[] = Array.isArray(allowed.parse) ? allowed.parse : [];
    const listed = (k: 'users' | 'roles'): string[] => (Array.isArray(allowed[k]) ? allowed[k].map(String) : []);
    if (!parse.includes('users')) users = users.filter((u) => listed('users').includes(u));
    if (!parse.includes('roles')) roles = roles.filter((r) => listed('roles').includes(r));
    everyone = everyone && parse.includes('everyone');
    replied = replied && allowed.replied_user === true;
  }
  users = users.filter((u) => state.users.has(u));
  roles = roles.filter((r) => {
    const role = guild?.roles.find((x) => x.id === r);
    return role !== undefined && role.id !== guild?.id && (role.mentionable || canEveryone);
  });
  if (replied && repliedAuthorId && !users.includes(repliedAuthorId)) users.push(repliedAuthorId);
  return { users, roles, everyone: everyone && canEveryone };
}

export function mentionUsers(state: EmulatorState, guild: EmuGuild | undefined, ids: string[]): Json[] {
  return ids.flatMap((id) => {
    const u = state.users.get(id);
    if (!u) return [];
    const m = guild?.members.get(id);
    return [{ ...userPayload(u), ...(m ? { member: memberPayload(state, m, false) } : {}) }];
  });
}

export function attachmentsFrom(body: Json, files: UploadedFile[], baseUrl: string, channelId: string): Json[] {
  const declared: Json[] = Array.isArray(body.attachments) ? body.attachments : [];
  const kept = declared.filter((a) => typeof a?.id === 'string' && /^\d{15,}$/.test(a.id));
  const uploaded = files.map((f, i) => {
    const meta = declared.find((a) => String(a?.id) === String(i)) ?? {};
    const id = snowflake();
    const filename: string = meta.filename ?? f.filename;
    const url = `${baseUrl}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
    return {
      id,
      filename,
      size: f.size,
      url,
      proxy_url: url,
      content_type: f.contentType,
      ...(meta.description ? { description: meta.description } : {}),
    };
  });
  return [...kept, ...uploaded];
}

/** Attachment objects for files a member "uploaded" (only metadata; nothing is served). */
export function memberAttachments(
  files: Array<{ filename: string; size?: number; contentType?: string }>,
  baseUrl: string,
  channelId: string,
): Json[] {
  return files.map((f) => {
    const id = snowflake();
    const url = `${baseUrl}/attachments/${channelId}/${id}/${encodeURIComponent(f.filename)}`;
    return {
      id,
      filename: f.filename,
      size: f.size ?? 1024,
      url,
      proxy_url: url,
      content_type: f.contentType ?? 'application/octet-stream',
    };
  });
}

export interface NewMessage {
  channelId: string;
  guild: EmuGuild | undefined;
  authorId: string;
  body: Json;
  files: UploadedFile[];
  baseUrl: string;
  referenced?: StoredMessage | undefined;
  type?: MessageType;
  extra?: Partial<StoredMessage>;
}

export function buildMessage(state: EmulatorState, n: NewMessage): StoredMessage {
  const author = state.users.get(n.authorId);
  const content: string = typeof n.body.content === 'string' ? n.body.content : '';
  const mentions = effectiveMentions(
    state,
    n.guild,
    n.authorId,
    content,
    n.body.allowed_mentions,
    n.referenced?.author.id,
  );
  const msg: StoredMessage = {
    id: snowflake(),
    channel_id: n.channelId,
    ...(n.guild ? { guild_id: n.guild.id } : {}),
    author: author ? userPayload(author) : { id: n.authorId, username: 'unknown', discriminator: '0', avatar: null },
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: n.body.tts === true,
    mention_everyone: mentions.everyone,
    mentions: mentionUsers(state, n.guild, mentions.users),
    mention_roles: mentions.roles,
    attachments: attachmentsFrom(n.body, n.files, n.baseUrl, n.channelId),
    embeds: Array.isArray(n.body.embeds) ? n.body.embeds.map(normaliseEmbed) : [],
    components: Array.isArray(n.body.components) ? withComponentIds(n.body.components) : [],
    pinned: false,
    type: n.type ?? (n.referenced ? MessageType.Reply : MessageType.Default),
    flags: Number(n.body.flags ?? 0),
    ...(n.body.nonce !== undefined ? { nonce: n.body.nonce } : {}),
    ...(n.body.poll ? { poll: n.body.poll } : {}),
    ...(n.body.allowed_mentions !== undefined ? { allowed_mentions: n.body.allowed_mentions } : {}),
    ...(n.referenced
      ? {
          message_reference: {
            type: 0,
            message_id: n.referenced.id,
            channel_id: n.referenced.channel_id,
            ...(n.referenced.guild_id ? { guild_id: n.referenced.guild_id } : {}),
          },
          referenced_message: n.referenced,
        }
      : {}),
    ...n.extra,
  };
  return msg;
}

/** PATCH semantics: only fields present in the body change; content mentions are recomputed. */
export function applyEdit(
  state: EmulatorState,
  msg: StoredMessage,
  body: Json,
  files: UploadedFile[],
  baseUrl: string,
): void {
  const guild = msg.guild_id ? state.guild(msg.guild_id) : undefined;
  if ('content' in body) msg.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) msg.embeds = Array.isArray(body.embeds) ? body.embeds.map(normaliseEmbed) : [];
  if ('components' in body) msg.components = Array.isArray(body.components) ? withComponentIds(body.components) : [];
  if ('attachments' in body || files.length > 0)
    msg.attachments = attachmentsFrom(body, files, baseUrl, msg.channel_id);
  if ('allowed_mentions' in body) msg.allowed_mentions = body.allowed_mentions;
  if ('flags' in body && body.flags !== null) {
    // Only these flags are editable; Ephemeral and Loading are fixed by how the message was made.
    const editable = MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2;
    msg.flags = (msg.flags & ~editable) | (Number(body.flags) & editable);
  }
  if ('content' in body || 'allowed_mentions' in body) {
    const replied = msg.referenced_message?.author.id;
    const m = effectiveMentions(state, guild, msg.author.id, msg.content, msg.allowed_mentions, replied);
    msg.mentions = mentionUsers(state, guild, m.users);
    msg.mention_roles = m.roles;
    msg.mention_everyone = m.everyone;
  }
  msg.edited_timestamp = new Date().toISOString();
}

function normaliseEmbed(e: Json): Json {
  return { type: 'rich', ...e };
}

/** Discord numbers every component (`id`) when the sender leaves it out. */
function withComponentIds(components: Json[]): Json[] {
  let next = 1;
  const walk = (c: Json): Json => {
    if (!c || typeof c !== 'object') return c;
    const out: Json = { ...c, id: c.id ?? next };
    next = Math.max(next, Number(out.id)) + 1;
    if (Array.isArray(c.components)) out.components = c.components.map(walk);
    if (c.accessory) out.accessory = walk(c.accessory);
    if (c.component) out.component = walk(c.component);
    return out;
  };
  return components.map(walk);
}

/** Every interactive component in a message, however deeply nested (Components V2 included). */
export function findComponents(components: Json[]): Json[] {
  const out: Json[] = [];
  const walk = (c: Json): void => {
    if (!c || typeof c !== 'object') return;
    if (typeof c.custom_id === 'string') out.push(c);
    if (Array.isArray(c.components)) c.components.forEach(walk);
    if (c.accessory) walk(c.accessory);
    if (c.component) walk(c.component);
  };
  components.forEach(walk);
  return out;
}
