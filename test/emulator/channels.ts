import { ChannelType, MessageFlags, MessageType } from 'discord.js';
import { E, type Call, type Reply, type RestContext } from './context.js';
import { addError, applyEdit, buildMessage, invalidFormBody, validateMessageBody, type ErrorTree } from './messages.js';
import {
  channelPayload,
  isEphemeral,
  memberPayload,
  messagePayload,
  guildPayload,
  rolePayload,
  threadMemberPayload,
  threadPayload,
  userPayload,
} from './payloads.js';
import { snowflake } from './snowflake.js';
import type { EmuChannel, EmuThread, Json, StoredMessage } from './state.js';

const ARCHIVE_DURATIONS = [60, 1440, 4320, 10080];
const TEXT_PARENTS = [ChannelType.GuildText, ChannelType.GuildAnnouncement];

function ok(body: Json, status = 200): Reply {
  return { status, body };
}

function visibleMessage(ctx: RestContext, channelId: string, messageId: string): StoredMessage | undefined {
  const m = ctx.state.messageIndex.get(messageId);
  // Ephemeral messages are invisible to the channel endpoints, exactly as on Discord.
  return m && m.channel_id === channelId && !isEphemeral(m) ? m : undefined;
}

export function getChannel(ctx: RestContext, call: Call): Reply {
  const id = call.params[0] ?? '';
  const th = ctx.state.thread(id);
  if (th) return ok(threadPayload(th));
  const ch = ctx.state.channels.get(id);
  return ch ? ok(channelPayload(ch, ctx.state)) : E.unknownChannel();
}

export function patchChannel(ctx: RestContext, call: Call): Reply {
  const id = call.params[0] ?? '';
  const body: Json = call.body ?? {};
  const th = ctx.state.thread(id);
  if (th) return patchThread(ctx, th, body);
  const ch = ctx.state.channels.get(id);
  if (!ch) return E.unknownChannel();
  const errors: ErrorTree = {};
  if ('name' in body && (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 100))
    addError(errors, ['name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  if (Object.keys(errors).length) return invalidFormBody(errors);
  if (typeof body.name === 'string') ch.name = body.name;
  if ('topic' in body) ch.topic = body.topic ?? null;
  if (typeof body.position === 'number') ch.position = body.position;
  if ('parent_id' in body) ch.parentId = body.parent_id ?? null;
  ctx.events.channelUpdate(ch);
  return ok(channelPayload(ch, ctx.state));
}

function patchThread(ctx: RestContext, th: EmuThread, body: Json): Reply {
  const errors: ErrorTree = {};
  if ('name' in body && (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 100))
    addError(errors, ['name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  if ('auto_archive_duration' in body && !ARCHIVE_DURATIONS.includes(Number(body.auto_archive_duration)))
    addError(
      errors,
      ['auto_archive_duration'],
      'BASE_TYPE_CHOICES',
      `Value must be one of {${ARCHIVE_DURATIONS.join(', ')}}.`,
    );
  // Discord: at most five tags, each one of the parent forum's.
  const forumTags = ctx.state.channels.get(th.parentId)?.availableTags;
  if (
    'applied_tags' in body &&
    (!forumTags ||
      !Array.isArray(body.applied_tags) ||
      body.applied_tags.length > 5 ||
      body.applied_tags.some((id: unknown) => !forumTags.some((t) => t.id === id)))
  )
    addError(errors, ['applied_tags'], 'BASE_TYPE_CHOICES', "Tags must be up to five of the forum's available tags.");
  if ('invitable' in body && th.type !== ChannelType.PrivateThread)
    addError(errors, ['invitable'], 'THREAD_INVITABLE_REQUIRES_PRIVATE', 'Only private threads can be made invitable.');
  if (Object.keys(errors).length) return invalidFormBody(errors);
  // An archived thread only accepts changes that also unarchive it (or touch archive/lock state).
  const otherChanges = Object.keys(body).some((k) => k !== 'archived' && k !== 'locked');
  if (th.archived && body.archived !== false && otherChanges) return E.threadArchived();
  if (typeof body.name === 'string') th.name = body.name;
  if (typeof body.locked === 'boolean') th.locked = body.locked;
  if (typeof body.invitable === 'boolean') th.invitable = body.invitable;
  if (Array.isArray(body.applied_tags)) th.appliedTags = body.applied_tags.map(String);
  if ('auto_archive_duration' in body) th.autoArchiveDuration = Number(body.auto_archive_duration);
  if (typeof body.rate_limit_per_user === 'number') th.rateLimitPerUser = body.rate_limit_per_user;
  if (typeof body.archived === 'boolean' && body.archived !== th.archived) {
    th.archived = body.archived;
    th.archiveTimestamp = new Date().toISOString();
  }
  ctx.events.threadUpdate(th);
  return ok(threadPayload(th, ctx.state.botUser.id));
}

export function deleteChannel(ctx: RestContext, call: Call): Reply {
  const id = call.params[0] ?? '';
  const { state } = ctx;
  const th = state.thread(id);
  if (th) {
    state.threadList.splice(state.threadList.indexOf(th), 1);
    ctx.events.threadDelete(th);
    return ok(threadPayload(th));
  }
  const ch = state.channels.get(id);
  if (!ch) return E.unknownChannel();
  state.channels.delete(id);
  const guild = ch.guildId ? state.guild(ch.guildId) : undefined;
  if (guild) guild.channels = guild.channels.filter((c) => c.id !== id);
  ctx.events.channelDelete(ch);
  return ok(channelPayload(ch, state));
}

export function listMessages(ctx: RestContext, call: Call): Reply {
  const id = call.params[0] ?? '';
  if (!ctx.state.channelExists(id)) return E.unknownChannel();
  const limit = Math.min(Math.max(Number(call.query.limit ?? 50) || 50, 1), 100);
  let list = ctx.state.messages(id).filter((m) => !isEphemeral(m));
  const { before, after, around } = call.query;
  if (before) list = list.filter((m) => BigInt(m.id) < BigInt(before));
  if (after) list = list.filter((m) => BigInt(m.id) > BigInt(after)).slice(0, limit);
  if (around) {
    const i = list.findIndex((m) => m.id === around);
    const half = Math.floor(limit / 2);
    list = i < 0 ? [] : list.slice(Math.max(0, i - half), i - half + limit);
  }
  // Discord returns newest first.
  return ok(list.slice(-limit).reverse().map(messagePayload));
}

export function getMessage(ctx: RestContext, call: Call): Reply {
  const [cid = '', mid = ''] = call.params;
  if (!ctx.state.channelExists(cid)) return E.unknownChannel();
  const m = visibleMessage(ctx, cid, mid);
  return m ? ok(messagePayload(m)) : E.unknownMessage();
}

/** Posting in an archived thread reopens it unless it is locked, as on Discord. */
function reopenForPost(ctx: RestContext, th: EmuThread | undefined): Reply | undefined {
  if (!th?.archived) return undefined;
  if (th.locked) return E.threadArchived();
  th.archived = false;
  th.archiveTimestamp = new Date().toISOString();
  ctx.events.threadUpdate(th);
  return undefined;
}

export function createMessage(ctx: RestContext, call: Call): Reply {
  const cid = call.params[0] ?? '';
  const { state, events } = ctx;
  const th = state.thread(cid);
  const ch = state.channels.get(cid);
  if (!th && !ch) return E.unknownChannel();
  const body: Json = call.body ?? {};
  const invalid = validateMessageBody(body, { hasFiles: call.files.length > 0 });
  if (invalid) return invalid;
  let referenced: StoredMessage | undefined;
  const ref = body.message_reference;
  if (ref && typeof ref === 'object' && (ref.type ?? 0) === 0) {
    const refChannel = String(ref.channel_id ?? cid);
    referenced = visibleMessage(ctx, refChannel, String(ref.message_id));
    if (!referenced && ref.fail_if_not_exists !== false) {
      const errors: ErrorTree = {};
      addError(errors, ['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
      return invalidFormBody(errors);
    }
  }
  if (ch?.type === ChannelType.DM && ch.recipientId && state.dmClosed.has(ch.recipientId))
    return { status: 403, body: { message: 'Cannot send messages to this user', code: 50007 } };
  const reopened = reopenForPost(ctx, th);
  if (reopened) return reopened;
  const guild = state.guildOfChannel(cid);
  const msg = buildMessage(state, {
    channelId: cid,
    guild,
    authorId: state.botUser.id,
    body: { ...body, flags: Number(body.flags ?? 0) & ~(MessageFlags.Ephemeral | MessageFlags.Loading) },
    files: call.files,
    baseUrl: ctx.baseUrl(),
    referenced,
  });
  state.storeMessage(msg);
  events.messageCreate(msg);
  // Mentioning someone in a private thread pulls them in (role mentions pull in the role's members).
  if (th && guild && th.type === ChannelType.PrivateThread) {
    const viaRoles = [...guild.members.values()]
      .filter((m) => m.roles.some((r) => msg.mention_roles.includes(r)))
      .map((m) => m.userId);
    const ids = [...msg.mentions.map((u) => String(u.id)), ...viaRoles].filter((id) => guild.members.has(id));
    events.addThreadMembers(th, ids);
  }
  return ok(messagePayload(msg));
}

export function editMessage(ctx: RestContext, call: Call): Reply {
  const [cid = '', mid = ''] = call.params;
  if (!ctx.state.channelExists(cid)) return E.unknownChannel();
  const m = visibleMessage(ctx, cid, mid);
  if (!m) return E.unknownMessage();
  const body: Json = call.body ?? {};
  const onlyFlags = Object.keys(body).every((k) => k === 'flags');
  if (m.author.id !== ctx.state.botUser.id && !onlyFlags) return E.cannotEditOthers();
  const invalid = validateMessageBody(body, { edit: true });
  if (invalid) return invalid;
  applyEdit(ctx.state, m, body, call.files, ctx.baseUrl());
  ctx.events.messageUpdate(m);
  return ok(messagePayload(m));
}

export function deleteMessage(ctx: RestContext, call: Call): Reply {
  const [cid = '', mid = ''] = call.params;
  if (!ctx.state.channelExists(cid)) return E.unknownChannel();
  const m = visibleMessage(ctx, cid, mid);
  if (!m) return E.unknownMessage();
  ctx.state.deleteMessage(m);
  ctx.events.messageDelete(m);
  return { status: 204 };
}

export function typing(ctx: RestContext, call: Call): Reply {
  return ctx.state.channelExists(call.params[0] ?? '') ? { status: 204 } : E.unknownChannel();
}

function parseEmoji(raw: string): Json {
  const custom = /^<?a?:?([\w~]+):(\d+)>?$/.exec(raw);
  return custom ? { id: custom[2], name: custom[1] } : { id: null, name: raw };
}

export function reaction(ctx: RestContext, call: Call): Reply {
  const [cid = '', mid = '', emojiRaw = ''] = call.params;
  if (!ctx.state.channelExists(cid)) return E.unknownChannel();
  const m = visibleMessage(ctx, cid, mid);
  if (!m) return E.unknownMessage();
  const emoji = parseEmoji(emojiRaw);
  const key = emoji.id ?? emoji.name;
  m.reactions ??= [];
  let r = m.reactions.find((x) => (x.emoji.id ?? x.emoji.name) === key);
  if (call.method === 'PUT') {
    if (!r) {
      r = {
        count: 0,
        count_details: { burst: 0, normal: 0 },
        me: false,
        me_burst: false,
        burst_colors: [],
        emoji,
        users: [] as string[],
      };
      m.reactions.push(r);
    }
    if (!r.me) {
      r.me = true;
      r.count += 1;
      r.count_details.normal += 1;
      ctx.events.reactionAdd(m, ctx.state.botUser.id, emoji);
    }
  } else if (r?.me) {
    r.me = false;
    r.count -= 1;
    r.count_details.normal -= 1;
    if (r.count <= 0) m.reactions = m.reactions.filter((x) => x !== r);
  }
  return { status: 204 };
}

function newThread(
  ctx: RestContext,
  parent: EmuChannel,
  fields: Partial<EmuThread> & Pick<EmuThread, 'id' | 'name' | 'type'>,
): EmuThread {
  const now = new Date().toISOString();
  const botId = ctx.state.botUser.id;
  const th: EmuThread = {
    guildId: parent.guildId ?? '',
    parentId: parent.id,
    invitable: true,
    members: [botId],
    archived: false,
    locked: false,
    ownerId: botId,
    autoArchiveDuration: 4320,
    createdAt: now,
    archiveTimestamp: now,
    messageCount: 0,
    lastMessageId: null,
    rateLimitPerUser: 0,
    memberJoinedAt: { [botId]: now },
    ...fields,
  };
  ctx.state.threadList.push(th);
  ctx.state.messages(th.id);
  return th;
}

function threadFieldErrors(body: Json): ErrorTree {
  const errors: ErrorTree = {};
  if (typeof body.name !== 'string' || body.name.trim().length < 1 || body.name.length > 100)
    addError(errors, ['name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  if (body.auto_archive_duration !== undefined && !ARCHIVE_DURATIONS.includes(Number(body.auto_archive_duration)))
    addError(
      errors,
      ['auto_archive_duration'],
      'BASE_TYPE_CHOICES',
      `Value must be one of {${ARCHIVE_DURATIONS.join(', ')}}.`,
    );
  return errors;
}

export function createThread(ctx: RestContext, call: Call): Reply {
  const cid = call.params[0] ?? '';
  const parent = ctx.state.channels.get(cid);
  if (!parent) return ctx.state.thread(cid) ? E.wrongChannelType() : E.unknownChannel();
  if (!TEXT_PARENTS.includes(parent.type) || !parent.guildId) return E.wrongChannelType();
  const body: Json = call.body ?? {};
  const errors = threadFieldErrors(body);
  // v10 still defaults to a private thread when no type is given.
  const type = Number(body.type ?? ChannelType.PrivateThread);
  const allowed =
    parent.type === ChannelType.GuildAnnouncement
      ? [ChannelType.AnnouncementThread]
      : [ChannelType.PublicThread, ChannelType.PrivateThread];
  if (!allowed.includes(type))
    addError(errors, ['type'], 'BASE_TYPE_CHOICES', `Value must be one of {${allowed.join(', ')}}.`);
  if (Object.keys(errors).length) return invalidFormBody(errors);
  const th = newThread(ctx, parent, {
    id: snowflake(),
    name: body.name,
    type: type as EmuThread['type'],
    invitable: type === ChannelType.PrivateThread ? body.invitable !== false : true,
    autoArchiveDuration: Number(body.auto_archive_duration ?? 4320),
    rateLimitPerUser: Number(body.rate_limit_per_user ?? 0),
  });
  ctx.events.threadCreate(th);
  if (type === ChannelType.PublicThread) {
    // Discord announces a public thread started without a message with a system message in the parent.
    const notice = buildMessage(ctx.state, {
      channelId: parent.id,
      guild: ctx.state.guild(parent.guildId),
      authorId: ctx.state.botUser.id,
      body: { content: th.name },
      files: [],
      baseUrl: ctx.baseUrl(),
      type: MessageType.ThreadCreated,
      extra: { message_reference: { type: 0, channel_id: th.id, guild_id: th.guildId } },
    });
    ctx.state.storeMessage(notice);
    ctx.events.messageCreate(notice);
  }
  return ok(threadPayload(th, ctx.state.botUser.id), 201);
}

export function createThreadFromMessage(ctx: RestContext, call: Call): Reply {
  const [cid = '', mid = ''] = call.params;
  const parent = ctx.state.channels.get(cid);
  if (!parent) return ctx.state.thread(cid) ? E.wrongChannelType() : E.unknownChannel();
  if (!TEXT_PARENTS.includes(parent.type) || !parent.guildId) return E.wrongChannelType();
  const starter = visibleMessage(ctx, cid, mid);
  if (!starter) return E.unknownMessage();
  if (starter.thread || ctx.state.thread(mid)) return E.threadExists();
  const body: Json = call.body ?? {};
  const errors = threadFieldErrors(body);
  if (Object.keys(errors).length) return invalidFormBody(errors);
  const th = newThread(ctx, parent, {
    // A thread started from a message shares the message's id.
    id: starter.id,
    name: body.name,
    type: parent.type === ChannelType.GuildAnnouncement ? ChannelType.AnnouncementThread : ChannelType.PublicThread,
    autoArchiveDuration: Number(body.auto_archive_duration ?? 4320),
    rateLimitPerUser: Number(body.rate_limit_per_user ?? 0),
    messageId: starter.id,
  });
  ctx.events.threadCreate(th);
  starter.thread = threadPayload(th);
  starter.flags |= MessageFlags.HasThread;
  ctx.events.messageUpdate(starter);
  return ok(threadPayload(th, ctx.state.botUser.id), 201);
}

function threadFor(ctx: RestContext, id: string): EmuThread | Reply {
  const th = ctx.state.thread(id);
  if (th) return th;
  return ctx.state.channels.has(id) ? E.wrongChannelType() : E.unknownChannel();
}

export function threadMember(ctx: RestContext, call: Call): Reply {
  const [tid = '', rawUser = ''] = call.params;
  const th = threadFor(ctx, tid);
  if ('status' in th) return th;
  const { state, events } = ctx;
  const userId = rawUser === '@me' ? state.botUser.id : rawUser;
  const guild = state.guild(th.guildId);
  if (call.method === 'GET') {
    if (!th.members.includes(userId)) return E.unknownMember();
    const m = guild?.members.get(userId);
    return ok({
      ...threadMemberPayload(th, userId),
      ...(call.query.with_member === 'true' && m ? { member: memberPayload(state, m) } : {}),
    });
  }
  if (!guild?.members.has(userId)) return E.unknownMember();
  if (th.archived) return E.threadArchived();
  if (call.method === 'PUT') {
    events.addThreadMembers(th, [userId]);
  } else if (th.members.includes(userId)) {
    th.members = th.members.filter((id) => id !== userId);
    delete th.memberJoinedAt[userId];
    events.threadMembers(th, [], [userId]);
  }
  return { status: 204 };
}

export function listThreadMembers(ctx: RestContext, call: Call): Reply {
  const th = threadFor(ctx, call.params[0] ?? '');
  if ('status' in th) return th;
  const guild = ctx.state.guild(th.guildId);
  return ok(
    th.members.map((uid) => {
      const m = guild?.members.get(uid);
      return {
        ...threadMemberPayload(th, uid),
        ...(call.query.with_member === 'true' && m ? { member: memberPayload(ctx.state, m) } : {}),
      };
    }),
  );
}

// --- guilds ----------------------------------------------------------------------------------

export function getGuild(ctx: RestContext, call: Call): Reply {
  const g = ctx.state.guild(call.params[0] ?? '');
  if (!g) return E.unknownGuild();
  return ok({
    ...guildPayload(g),
    ...(call.query.with_counts === 'true'
      ? { approximate_member_count: g.members.size, approximate_presence_count: 0 }
      : {}),
  });
}

export function getMember(ctx: RestContext, call: Call): Reply {
  const [gid = '', uid = ''] = call.params;
  const g = ctx.state.guild(gid);
  if (!g) return E.unknownGuild();
  const m = g.members.get(uid === '@me' ? ctx.state.botUser.id : uid);
  return m ? ok(memberPayload(ctx.state, m)) : E.unknownMember();
}

export function listMembers(ctx: RestContext, call: Call): Reply {
  const g = ctx.state.guild(call.params[0] ?? '');
  if (!g) return E.unknownGuild();
  const limit = Math.min(Number(call.query.limit ?? 1) || 1, 1000);
  const after = call.query.after ? BigInt(call.query.after) : 0n;
  const list = [...g.members.values()]
    .filter((m) => BigInt(m.userId) > after)
    .sort((a, b) => (BigInt(a.userId) < BigInt(b.userId) ? -1 : 1))
    .slice(0, limit);
  return ok(list.map((m) => memberPayload(ctx.state, m)));
}

export function memberRole(ctx: RestContext, call: Call): Reply {
  const [gid = '', uid = '', rid = ''] = call.params;
  const g = ctx.state.guild(gid);
  if (!g) return E.unknownGuild();
  const m = g.members.get(uid);
  if (!m) return E.unknownMember();
  if (!g.roles.some((r) => r.id === rid)) return E.unknownRole();
  const had = m.roles.includes(rid);
  if (call.method === 'PUT' && !had) m.roles.push(rid);
  if (call.method === 'DELETE' && had) m.roles = m.roles.filter((r) => r !== rid);
  if ((call.method === 'PUT') !== had) {
    ctx.gateway.dispatch(
      'GUILD_MEMBER_UPDATE',
      { guild_id: g.id, ...memberPayload(ctx.state, m) },
      { guildId: g.id, intent: 1 << 1 },
    );
  }
  return { status: 204 };
}

export function listRoles(ctx: RestContext, call: Call): Reply {
  const g = ctx.state.guild(call.params[0] ?? '');
  return g ? ok(g.roles.map(rolePayload)) : E.unknownGuild();
}

export function listChannels(ctx: RestContext, call: Call): Reply {
  const g = ctx.state.guild(call.params[0] ?? '');
  return g ? ok(g.channels.map((c) => channelPayload(c, ctx.state))) : E.unknownGuild();
}

export function activeThreads(ctx: RestContext, call: Call): Reply {
  const g = ctx.state.guild(call.params[0] ?? '');
  if (!g) return E.unknownGuild();
  const threads = ctx.state.threadList.filter((t) => t.guildId === g.id && !t.archived);
  const botId = ctx.state.botUser.id;
  return ok({
    threads: threads.map((t) => threadPayload(t)),
    members: threads.filter((t) => t.members.includes(botId)).map((t) => threadMemberPayload(t, botId)),
  });
}

// --- users and DMs ---------------------------------------------------------------------------

export function getUser(ctx: RestContext, call: Call): Reply {
  const id = call.params[0] ?? '';
  const u = ctx.state.users.get(id === '@me' ? ctx.state.botUser.id : id);
  if (!u) return E.unknownUser();
  return ok(
    u.id === ctx.state.botUser.id
      ? { ...userPayload(u), verified: true, mfa_enabled: false, email: null, locale: 'en-US' }
      : userPayload(u),
  );
}

export function openDm(ctx: RestContext, call: Call): Reply {
  const recipient = String(call.body?.recipient_id ?? '');
  const { state } = ctx;
  if (!state.users.has(recipient)) return E.unknownUser();
  let ch = [...state.channels.values()].find((c) => c.type === ChannelType.DM && c.recipientId === recipient);
  if (!ch) {
    ch = {
      id: snowflake(),
      guildId: null,
      type: ChannelType.DM,
      name: '',
      position: 0,
      parentId: null,
      topic: null,
      lastMessageId: null,
      recipientId: recipient,
    };
    state.channels.set(ch.id, ch);
    state.messages(ch.id);
  }
  return ok(channelPayload(ch, state));
}
