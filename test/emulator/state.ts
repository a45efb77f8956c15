import { ChannelType, PermissionFlagsBits as P } from 'discord.js';
import { snowflake, snowflakeForShard } from './snowflake.js';

/* Wire JSON from the bot is unvalidated by nature; `any` keeps test assertions terse. */
export type Json = any;

export interface EmuUser {
  id: string;
  username: string;
  global_name: string | null;
  bot: boolean;
}

export interface EmuRole {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  managed: boolean;
  mentionable: boolean;
  hoist: boolean;
  color: number;
  botId?: string;
}

export interface EmuMember {
  userId: string;
  roles: string[];
  nick: string | null;
  joinedAt: string;
}

export interface EmuChannel {
  id: string;
  guildId: string | null;
  type: ChannelType;
  name: string;
  position: number;
  parentId: string | null;
  topic: string | null;
  lastMessageId: string | null;
  /** DM channels only. */
  recipientId?: string;
  /** Forum channels only: the tags a post may carry ("Solved", "Question"). */
  availableTags?: Array<{ id: string; name: string }>;
}

export interface EmuThread {
  id: string;
  guildId: string;
  parentId: string;
  name: string;
  type: ChannelType.PublicThread | ChannelType.PrivateThread | ChannelType.AnnouncementThread;
  invitable: boolean;
  members: string[];
  archived: boolean;
  locked: boolean;
  ownerId: string;
  autoArchiveDuration: number;
  createdAt: string;
  archiveTimestamp: string;
  /** Starter message for threads created from a message (same id as the thread, like Discord). */
  messageId?: string;
  messageCount: number;
  lastMessageId: string | null;
  rateLimitPerUser: number;
  memberJoinedAt: Record<string, string>;
  /** A forum post's tags (ids of its forum's available tags). */
  appliedTags?: string[];
}

/** Snowflakes of one guild's fixed layout, for tests to address people and places. */
export interface GuildLayout {
  id: string;
  roles: { everyone: string; support: string; bot: string };
  /** `forum`: a forum channel (each question a post), which no test lists as a help channel unless it says so. */
  channels: { help: string; general: string; tickets: string; forum: string };
  users: { member: string; staff: string; other: string; owner: string };
}

export interface EmuGuild {
  id: string;
  name: string;
  ownerId: string;
  roles: EmuRole[];
  channels: EmuChannel[];
  members: Map<string, EmuMember>;
  layout: GuildLayout;
  /** The server's preferred locale. */
  locale: string;
}

export interface StoredMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: Json;
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  /** Users Discord would actually notify, after allowed_mentions and permissions. */
  mentions: Json[];
  mention_roles: string[];
  attachments: Json[];
  embeds: Json[];
  components: Json[];
  pinned: boolean;
  type: number;
  flags: number;
  nonce?: string | number;
  message_reference?: Json;
  referenced_message?: StoredMessage | null;
  webhook_id?: string;
  application_id?: string;
  interaction_metadata?: Json;
  interaction?: Json;
  reactions?: Json[];
  thread?: Json;
  poll?: Json;
  sticker_items?: Json[];
  /** As the bot posted it; Discord never echoes this, it is kept for assertions. */
  allowed_mentions?: Json;
}

export interface EmuInteraction {
  id: string;
  token: string;
  type: number;
  guildId: string;
  channelId: string;
  userId: string;
  createdAt: number;
  expired: boolean;
  acknowledged: boolean;
  responseType?: number;
  /** The message `@original` resolves to once acknowledged. */
  originalId?: string;
  /** Component (or modal-from-component) interactions carry the message they came from. */
  messageId?: string;
  followupIds: string[];
  commandName?: string;
  modal?: Json;
  choices?: Json[];
  payload: Json;
}

export const EVERYONE_PERMISSIONS =
  P.ViewChannel |
  P.SendMessages |
  P.ReadMessageHistory |
  P.AddReactions |
  P.EmbedLinks |
  P.AttachFiles |
  P.UseExternalEmojis |
  P.UseApplicationCommands |
  P.CreatePublicThreads |
  P.CreatePrivateThreads |
  P.SendMessagesInThreads |
  P.CreateInstantInvite |
  P.ChangeNickname |
  P.Connect |
  P.Speak;

export const SUPPORT_PERMISSIONS =
  P.ManageThreads | P.ManageMessages | P.ModerateMembers | P.KickMembers | P.MentionEveryone | P.ViewAuditLog;

// MentionEveryone is granted on purpose: it makes allowed_mentions the only thing standing
// between a careless bot and an @everyone ping, which is what tests want to catch.
export const BOT_PERMISSIONS =
  P.ViewChannel |
  P.SendMessages |
  P.SendMessagesInThreads |
  P.CreatePublicThreads |
  P.CreatePrivateThreads |
  P.ManageThreads |
  P.ManageMessages |
  P.EmbedLinks |
  P.AttachFiles |
  P.ReadMessageHistory |
  P.AddReactions |
  P.UseExternalEmojis |
  P.MentionEveryone |
  P.UseApplicationCommands;

const ALL_PERMISSIONS = Object.values(P).reduce((a, b) => a | b, 0n);

export class EmulatorState {
  readonly users = new Map<string, EmuUser>();
  readonly guilds: EmuGuild[] = [];
  readonly channels = new Map<string, EmuChannel>();
  readonly threadList: EmuThread[] = [];
  readonly messagesByChannel = new Map<string, StoredMessage[]>();
  readonly messageIndex = new Map<string, StoredMessage>();
  readonly interactions = new Map<string, EmuInteraction>();
  readonly interactionsByToken = new Map<string, EmuInteraction>();
  /** Users whose DMs are closed to the bot (Discord answers 50007). */
  readonly dmClosed = new Set<string>();
  readonly commands: { global: Json[]; guild: Record<string, Json[]> } = { global: [], guild: {} };
  readonly botUser: EmuUser;
  readonly applicationId: string;

  private readonly guildLocale: string;
  private readonly botPermissions: bigint;

  constructor(opts: { guilds: number; shards: number; botName: string; guildLocale: string; botPermissions?: bigint }) {
    this.guildLocale = opts.guildLocale;
    this.botPermissions = opts.botPermissions ?? BOT_PERMISSIONS;
    // Minting guild ids first keeps them lower than everything else, as in a real server's history.
    const guildIds = Array.from({ length: opts.guilds }, (_, i) => snowflakeForShard(i % opts.shards, opts.shards, i));
    this.applicationId = snowflake();
    // A bot user's id equals its application id on Discord.
    this.botUser = { id: this.applicationId, username: opts.botName, global_name: null, bot: true };
    this.users.set(this.botUser.id, this.botUser);
    guildIds.forEach((id, i) => this.guilds.push(this.buildGuild(id, i)));
  }

  private addUser(username: string, bot = false): EmuUser {
    const user: EmuUser = { id: snowflake(), username, global_name: bot ? null : capitalise(username), bot };
    this.users.set(user.id, user);
    return user;
  }

  private buildGuild(id: string, index: number): EmuGuild {
    const suffix = index === 0 ? '' : `-${index + 1}`;
    const joinedAt = new Date(Date.now() - 86_400_000).toISOString();
    const owner = this.addUser(`owner${suffix}`);
    const member = this.addUser(`member${suffix}`);
    const staff = this.addUser(`staff${suffix}`);
    const other = this.addUser(`other${suffix}`);
    const support: EmuRole = {
      id: snowflake(),
      name: 'Support',
      permissions: SUPPORT_PERMISSIONS,
      position: 1,
      managed: false,
      mentionable: true,
      hoist: true,
      color: 0x3498db,
    };
    const botRole: EmuRole = {
      id: snowflake(),
      name: this.botUser.username,
      permissions: this.botPermissions,
      position: 2,
      managed: true,
      mentionable: false,
      hoist: false,
      color: 0,
      botId: this.botUser.id,
    };
    const everyone: EmuRole = {
      id,
      name: '@everyone',
      permissions: EVERYONE_PERMISSIONS,
      position: 0,
      managed: false,
      mentionable: false,
      hoist: false,
      color: 0,
    };
    const channel = (
      name: string,
      position: number,
      topic: string | null,
      type: ChannelType.GuildText | ChannelType.GuildForum = ChannelType.GuildText,
    ): EmuChannel => {
      const ch: EmuChannel = {
        id: snowflake(),
        guildId: id,
        type,
        name,
        position,
        parentId: null,
        topic,
        lastMessageId: null,
      };
      this.channels.set(ch.id, ch);
      this.messagesByChannel.set(ch.id, []);
      return ch;
    };
    const help = channel('help', 0, 'Ask the bot for help');
    const general = channel('general', 1, null);
    const tickets = channel('tickets', 2, 'Private support tickets');
    const forum = channel('help-forum', 3, 'One post per question', ChannelType.GuildForum);
    forum.availableTags = [
      { id: snowflake(), name: 'Question' },
      { id: snowflake(), name: '✅ Solved' },
    ];
    const members = new Map<string, EmuMember>();
    const addMember = (userId: string, roles: string[]) => members.set(userId, { userId, roles, nick: null, joinedAt });
    addMember(owner.id, []);
    addMember(member.id, []);
    addMember(staff.id, [support.id]);
    addMember(other.id, []);
    addMember(this.botUser.id, [botRole.id]);
    return {
      id,
      name: index === 0 ? 'Stepwise Test Guild' : `Stepwise Test Guild ${index + 1}`,
      ownerId: owner.id,
      roles: [everyone, support, botRole],
      channels: [help, general, tickets, forum],
      members,
      locale: this.guildLocale,
      layout: {
        id,
        roles: { everyone: id, support: support.id, bot: botRole.id },
        channels: { help: help.id, general: general.id, tickets: tickets.id, forum: forum.id },
        users: { member: member.id, staff: staff.id, other: other.id, owner: owner.id },
      },
    };
  }

  /** A stray bot account, for messages from other bots the support bot must ignore. */
  otherBot(): EmuUser {
    for (const u of this.users.values()) if (u.bot && u.id !== this.botUser.id) return u;
    return this.addUser('other-bot', true);
  }

  guild(id: string): EmuGuild | undefined {
    return this.guilds.find((g) => g.id === id);
  }

  thread(id: string): EmuThread | undefined {
    return this.threadList.find((t) => t.id === id);
  }

  /** The guild a channel or thread belongs to; undefined for DMs and unknown ids. */
  guildOfChannel(channelId: string): EmuGuild | undefined {
    const gid = this.channels.get(channelId)?.guildId ?? this.thread(channelId)?.guildId;
    return gid ? this.guild(gid) : undefined;
  }

  channelExists(id: string): boolean {
    return this.channels.has(id) || this.thread(id) !== undefined;
  }

  permissionsOf(guild: EmuGuild, userId: string): bigint {
    if (guild.ownerId === userId) return ALL_PERMISSIONS;
    const member = guild.members.get(userId);
    if (!member) return 0n;
    let perms = guild.roles.find((r) => r.id === guild.id)?.permissions ?? 0n;
    for (const rid of member.roles) perms |= guild.roles.find((r) => r.id === rid)?.permissions ?? 0n;
    return perms & P.Administrator ? ALL_PERMISSIONS : perms;
  }

  messages(channelId: string): StoredMessage[] {
    let list = this.messagesByChannel.get(channelId);
    if (!list) {
      list = [];
      this.messagesByChannel.set(channelId, list);
    }
    return list;
  }

  storeMessage(msg: StoredMessage): void {
    this.messages(msg.channel_id).push(msg);
    this.messageIndex.set(msg.id, msg);
    const ch = this.channels.get(msg.channel_id);
    if (ch) ch.lastMessageId = msg.id;
    const th = this.thread(msg.channel_id);
    if (th) {
      th.lastMessageId = msg.id;
      th.messageCount += 1;
    }
  }

  deleteMessage(msg: StoredMessage): void {
    const list = this.messages(msg.channel_id);
    const i = list.indexOf(msg);
    if (i >= 0) list.splice(i, 1);
    this.messageIndex.delete(msg.id);
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
