import { ChannelType, MessageFlags } from 'discord.js';
import type {
  EmuChannel,
  EmuGuild,
  EmuMember,
  EmuRole,
  EmuThread,
  EmuUser,
  EmulatorState,
  Json,
  StoredMessage,
} from './state.js';

export function userPayload(u: EmuUser): Json {
  return {
    id: u.id,
    username: u.username,
    global_name: u.global_name,
    discriminator: '0',
    avatar: null,
    avatar_decoration_data: null,
    banner: null,
    accent_color: null,
    public_flags: 0,
    flags: 0,
    ...(u.bot ? { bot: true } : {}),
  };
}

export function rolePayload(r: EmuRole): Json {
  return {
    id: r.id,
    name: r.name,
    description: null,
    color: r.color,
    colors: { primary_color: r.color, secondary_color: null, tertiary_color: null },
    hoist: r.hoist,
    icon: null,
    unicode_emoji: null,
    position: r.position,
    permissions: r.permissions.toString(),
    managed: r.managed,
    mentionable: r.mentionable,
    flags: 0,
    ...(r.botId ? { tags: { bot_id: r.botId } } : {}),
  };
}

/** `withUser: false` is the partial member Discord nests in MESSAGE_CREATE and mentions. */
export function memberPayload(state: EmulatorState, m: EmuMember, withUser = true): Json {
  const user = state.users.get(m.userId);
  return {
    ...(withUser && user ? { user: userPayload(user) } : {}),
    nick: m.nick,
    avatar: null,
    banner: null,
    roles: [...m.roles],
    joined_at: m.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

export function channelPayload(ch: EmuChannel, state: EmulatorState): Json {
  if (ch.type === ChannelType.DM) {
    const recipient = ch.recipientId ? state.users.get(ch.recipientId) : undefined;
    return {
      id: ch.id,
      type: ChannelType.DM,
      last_message_id: ch.lastMessageId,
      flags: 0,
      recipients: recipient ? [userPayload(recipient)] : [],
    };
  }
  return {
    id: ch.id,
    type: ch.type,
    guild_id: ch.guildId,
    name: ch.name,
    position: ch.position,
    permission_overwrites: [],
    parent_id: ch.parentId,
    topic: ch.topic,
    nsfw: false,
    last_message_id: ch.lastMessageId,
    rate_limit_per_user: 0,
    default_auto_archive_duration: 1440,
    default_thread_rate_limit_per_user: 0,
    flags: 0,
    ...(ch.availableTags
      ? {
          available_tags: ch.availableTags.map((t) => ({
            ...t,
            moderated: false,
            emoji_id: null,
            emoji_name: null,
          })),
        }
      : {}),
  };
}

export function threadMemberPayload(t: EmuThread, userId: string): Json {
  return { id: t.id, user_id: userId, join_timestamp: t.memberJoinedAt[userId] ?? t.createdAt, flags: 0 };
}

/** `forUserId` adds the `member` field Discord includes when that user is in the thread. */
export function threadPayload(t: EmuThread, forUserId?: string): Json {
  return {
    id: t.id,
    type: t.type,
    guild_id: t.guildId,
    parent_id: t.parentId,
    owner_id: t.ownerId,
    name: t.name,
    last_message_id: t.lastMessageId,
    rate_limit_per_user: t.rateLimitPerUser,
    message_count: t.messageCount,
    member_count: Math.min(t.members.length, 50),
    total_message_sent: t.messageCount,
    flags: 0,
    applied_tags: t.appliedTags ?? [],
    thread_metadata: {
      archived: t.archived,
      auto_archive_duration: t.autoArchiveDuration,
      archive_timestamp: t.archiveTimestamp,
      locked: t.locked,
      create_timestamp: t.createdAt,
      ...(t.type === ChannelType.PrivateThread ? { invitable: t.invitable } : {}),
    },
    ...(forUserId && t.members.includes(forUserId) ? { member: threadMemberPayload(t, forUserId) } : {}),
  };
}

/** The guild object as GET /guilds/{id} returns it; GUILD_CREATE adds the live parts to it. */
export function guildPayload(g: EmuGuild): Record<string, Json> {
  return {
    id: g.id,
    name: g.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: g.ownerId,
    region: 'deprecated',
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    roles: g.roles.map(rolePayload),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: g.layout.channels.general,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    preferred_locale: g.locale,
    premium_tier: 0,
    nsfw_level: 0,
  };
}

export function guildCreatePayload(state: EmulatorState, g: EmuGuild): Json {
  const botMember = g.members.get(state.botUser.id);
  return {
    ...guildPayload(g),
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_presences: null,
    max_members: 500000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: g.locale,
    nsfw_level: 0,
    nsfw: false,
    hub_type: null,
    incidents_data: null,
    latest_onboarding_question_id: null,
    inventory_settings: null,
    embedded_activities: [],
    version: Date.now(),
    lazy: true,
    large: false,
    unavailable: false,
    joined_at: botMember?.joinedAt ?? new Date().toISOString(),
    member_count: g.members.size,
    voice_states: [],
    members: [...g.members.values()].map((m) => memberPayload(state, m)),
    channels: g.channels.map((c) => channelPayload(c, state)),
    threads: state.threadList
      .filter((t) => t.guildId === g.id && !t.archived)
      .map((t) => threadPayload(t, state.botUser.id)),
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** What REST returns for a message: no guild_id/member, and never the posted allowed_mentions. */
export function messagePayload(m: StoredMessage): Json {
  const { allowed_mentions: _allowed, guild_id: _guild, referenced_message, ...rest } = m;
  return {
    ...rest,
    mentions: m.mentions.map(({ member: _member, ...u }) => u),
    ...(referenced_message !== undefined
      ? { referenced_message: referenced_message ? messagePayload(referenced_message) : null }
      : {}),
  };
}

/** What the gateway dispatches: REST shape plus guild_id and the author's partial member. */
export function messageDispatchPayload(state: EmulatorState, m: StoredMessage): Json {
  const base = messagePayload(m);
  if (!m.guild_id) return base;
  const guild = state.guild(m.guild_id);
  const member = m.webhook_id ? undefined : guild?.members.get(m.author.id);
  return {
    ...base,
    guild_id: m.guild_id,
    mentions: m.mentions,
    ...(member ? { member: memberPayload(state, member, false) } : {}),
  };
}

/** Discord blanks these for apps without the MessageContent intent. */
export function withoutContent(payload: Json): Json {
  return { ...payload, content: '', embeds: [], attachments: [], components: [], poll: undefined };
}

export function isEphemeral(m: StoredMessage): boolean {
  return (m.flags & MessageFlags.Ephemeral) !== 0;
}
