import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChannelType, MessageType, PermissionFlagsBits } from 'discord.js';
import type { RestContext } from './context.js';
import { Events } from './events.js';
import { Gateway, type IdentifyRecord, type ResumeRecord } from './gateway.js';
import {
  autocompleteInteraction,
  componentInteraction,
  messageCommandInteraction,
  modalSubmitInteraction,
  slashCommandInteraction,
  type AutocompleteInput,
  type ComponentInput,
  type MessageCommandInput,
  type ModalInput,
  type SlashInput,
} from './interactions.js';
import { memberAttachments, mentionUsers, parseMentions } from './messages.js';
import { messageDispatchPayload } from './payloads.js';
import { RestApi, type FailRule, type RecordedRequest } from './rest.js';
import { snowflake } from './snowflake.js';
import {
  EmulatorState,
  type EmuInteraction,
  type EmuThread,
  type GuildLayout,
  type Json,
  type StoredMessage,
} from './state.js';

export type { RecordedRequest, FailRule } from './rest.js';
export type { IdentifyRecord, ResumeRecord } from './gateway.js';
export type { GuildLayout, StoredMessage, EmuThread, Json } from './state.js';
export { connectClient, emulatorClientOptions } from './client.js';

export interface EmulatorOptions {
  token?: string;
  /** Shard count GET /gateway/bot recommends; discord.js with `shards: 'auto'` follows it. */
  shards?: number;
  /** Number of guilds, each with the same layout; guild i lives on shard i % shards. */
  guilds?: number;
  /** Window for the initial interaction response (Discord: 3 s). */
  interactionCallbackMs?: number;
  /** Lifetime of interaction tokens for @original and follow-ups (Discord: 15 min). */
  interactionTokenLifetimeMs?: number;
  heartbeatIntervalMs?: number;
  /** Intent bits whose IDENTIFY is refused with close code 4014 (e.g. MessageContent). */
  disallowedIntents?: number;
  botName?: string;
  /** Every guild's preferred locale (Server Settings → Community), as GUILD_CREATE and interactions carry it. Default en-US. */
  guildLocale?: string;
  /** What the bot's role allows in every guild (default: everything README asks for, and a little more). */
  botPermissions?: bigint;
}

export interface InteractionHandle {
  id: string;
  token: string;
  /** The INTERACTION_CREATE payload as dispatched. */
  payload: Json;
  /** The bot's answer: first POST /interactions/{id}/{token}/callback that wasn't a failNext() fault. */
  callback(timeoutMs?: number): Promise<RecordedRequest>;
  /**
   * `@original` as it is now; with a predicate, waits until it satisfies it (e.g. the
   * deferred reply got its content).
   */
  original(until?: (m: StoredMessage) => boolean, timeoutMs?: number): Promise<StoredMessage | undefined>;
  /** POST /webhooks/{app}/{token} requests so far. */
  followups(): RecordedRequest[];
  /** Choices of an autocomplete response, once answered. */
  choices(): Json[] | undefined;
}

export interface SendMessageInput {
  channelId: string;
  authorId: string;
  content: string;
  mentions?: string[];
  mentionRoles?: string[];
  mentionEveryone?: boolean;
  /** Post as a stray bot account instead of authorId. */
  bot?: boolean;
  /** Post as this webhook (author becomes the webhook, no member). */
  webhookId?: string;
  /** Make it a reply to this message. */
  replyTo?: string;
  attachments?: Array<{ filename: string; size?: number; contentType?: string }>;
  embeds?: Json[];
  /** The message's id; a new snowflake when unset (a forum post's first message shares its thread's id). */
  id?: string;
}

export interface ForumPostInput {
  forumId: string;
  authorId: string;
  /** The post's title: the thread's name. */
  title: string;
  /** The post's first message. */
  content: string;
  mentions?: string[];
  attachments?: NonNullable<SendMessageInput['attachments']>;
}

export interface SentMessage extends StoredMessage {
  /** Resolves with the first bot message replying to this one (message_reference). */
  waitForReply(timeoutMs?: number): Promise<StoredMessage>;
}

export class DiscordEmulator {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: { id: string; username: string; bot: true };
  readonly guilds: GuildLayout[];
  readonly guild: GuildLayout;

  private readonly state: EmulatorState;
  private readonly gateway: Gateway;
  private readonly rest: RestApi;
  private readonly events: Events;
  private readonly server: Server;
  private port = 0;
  private stopped = false;
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(opts: EmulatorOptions) {
    const shards = opts.shards ?? 1;
    this.state = new EmulatorState({
      guilds: opts.guilds ?? 1,
      shards,
      botName: opts.botName ?? 'Stepwise',
      guildLocale: opts.guildLocale ?? 'en-US',
      ...(opts.botPermissions === undefined ? {} : { botPermissions: opts.botPermissions }),
    });
    this.applicationId = this.state.applicationId;
    this.token =
      opts.token ??
      `${Buffer.from(this.applicationId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
    this.botUser = { id: this.state.botUser.id, username: this.state.botUser.username, bot: true };
    this.guilds = this.state.guilds.map((g) => g.layout);
    const first = this.guilds[0];
    if (!first) throw new Error('emulator: at least one guild is required');
    this.guild = first;
    this.gateway = new Gateway({
      state: this.state,
      token: this.token,
      shards,
      heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250,
      disallowedIntents: opts.disallowedIntents ?? 0,
      url: () => this.wsUrl,
    });
    this.events = new Events(this.state, this.gateway);
    const ctx: RestContext = {
      state: this.state,
      events: this.events,
      gateway: this.gateway,
      baseUrl: () => `http://127.0.0.1:${this.port}`,
      wsUrl: () => this.wsUrl,
      token: this.token,
      shards,
      callbackTimeoutMs: opts.interactionCallbackMs ?? 3000,
      tokenLifetimeMs: opts.interactionTokenLifetimeMs ?? 15 * 60_000,
    };
    this.rest = new RestApi(ctx);
    this.server = createServer((req, res) => {
      this.rest.handle(req, res).catch((err: unknown) => {
        console.error('[discord-emulator] request failed', err);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: '500: Internal Server Error', code: 0 }));
      });
    });
    this.server.on('upgrade', (req, socket, head) => this.gateway.handleUpgrade(req, socket, head));
  }

  static async start(opts: EmulatorOptions = {}): Promise<DiscordEmulator> {
    const emu = new DiscordEmulator(opts);
    await new Promise<void>((resolve, reject) => {
      emu.server.once('error', reject);
      emu.server.listen(0, '127.0.0.1', () => resolve());
    });
    emu.port = (emu.server.address() as AddressInfo).port;
    return emu;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get requests(): RecordedRequest[] {
    return this.rest.requests;
  }

  get identifies(): IdentifyRecord[] {
    return this.gateway.identifies;
  }

  get resumes(): ResumeRecord[] {
    return this.gateway.resumes;
  }

  get threads(): EmuThread[] {
    return this.state.threadList;
  }

  get commands(): { global: Json[]; guild: Record<string, Json[]> } {
    return this.state.commands;
  }

  messages(channelId: string): StoredMessage[] {
    return this.state.messages(channelId);
  }

  message(messageId: string): StoredMessage | undefined {
    return this.state.messageIndex.get(messageId);
  }

  connected(): Promise<void> {
    return this.gateway.whenConnected();
  }

  // --- waiting ---------------------------------------------------------------------------------

  /**
   * Re-evaluates `check` now and after every REST request until it yields a value. REST is the
   * only way the bot changes state, so nothing can be missed between checks.
   */
  private waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: () => string): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const off = this.rest.onRequest(() => {
        const v = check();
        if (v === undefined) return;
        cleanup();
        resolve(v);
      });
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`emulator: timed out after ${timeoutMs} ms waiting for ${what()}`));
      }, timeoutMs);
      this.timers.add(timer);
      const cleanup = () => {
        off();
        clearTimeout(timer);
        this.timers.delete(timer);
      };
    });
  }

  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitUntil(
      () => this.requests.find(pred),
      timeoutMs,
      () =>
        `a matching request; last requests:\n${this.requests
          .slice(-8)
          .map((r) => `  ${r.status} ${r.method} ${r.path}`)
          .join('\n')}`,
    );
  }

  /** Waits for a stored message (any channel, bot or member) matching `pred`. */
  waitForMessage(pred: (m: StoredMessage) => boolean, timeoutMs = 5000): Promise<StoredMessage> {
    return this.waitUntil(
      () => [...this.state.messageIndex.values()].find(pred),
      timeoutMs,
      () => 'a matching message',
    );
  }

  // --- members act ---------------------------------------------------------------------------

  async sendMessage(input: SendMessageInput): Promise<SentMessage> {
    const { state } = this;
    const guild = state.guildOfChannel(input.channelId);
    const thread = state.thread(input.channelId);
    if (!guild && !state.channels.has(input.channelId)) throw new Error(`emulator: unknown channel ${input.channelId}`);
    const author = input.bot ? state.otherBot() : state.users.get(input.authorId);
    if (!author && !input.webhookId) throw new Error(`emulator: unknown user ${input.authorId}`);
    if (thread) this.prepareThreadForMember(thread, author?.id ?? '', !input.bot && !input.webhookId);
    const parsed = parseMentions(input.content);
    const userIds = [...new Set([...(input.mentions ?? []), ...parsed.users])];
    const roleIds = [...new Set([...(input.mentionRoles ?? []), ...parsed.roles])];
    const referenced = input.replyTo ? state.messageIndex.get(input.replyTo) : undefined;
    if (input.replyTo && !referenced) throw new Error(`emulator: unknown message ${input.replyTo}`);
    const canEveryone =
      guild && author ? (state.permissionsOf(guild, author.id) & PermissionFlagsBits.MentionEveryone) !== 0n : false;
    const msg: StoredMessage = {
      id: input.id ?? snowflake(),
      channel_id: input.channelId,
      ...(guild ? { guild_id: guild.id } : {}),
      author: input.webhookId
        ? {
            id: input.webhookId,
            username: 'Webhook',
            discriminator: '0000',
            avatar: null,
            bot: true,
            global_name: null,
          }
        : {
            id: author!.id,
            username: author!.username,
            global_name: author!.global_name,
            discriminator: '0',
            avatar: null,
            public_flags: 0,
            flags: 0,
            ...(author!.bot ? { bot: true } : {}),
          },
      content: input.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: (input.mentionEveryone ?? parsed.everyone) && (canEveryone || input.mentionEveryone === true),
      mentions: mentionUsers(state, guild, userIds),
      mention_roles: roleIds,
      attachments: memberAttachments(input.attachments ?? [], `http://127.0.0.1:${this.port}`, input.channelId),
      embeds: input.embeds ?? [],
      components: [],
      pinned: false,
      type: referenced ? MessageType.Reply : MessageType.Default,
      flags: 0,
      ...(input.webhookId ? { webhook_id: input.webhookId } : {}),
      ...(referenced
        ? {
            message_reference: {
              type: 0,
              message_id: referenced.id,
              channel_id: referenced.channel_id,
              ...(guild ? { guild_id: guild.id } : {}),
            },
            referenced_message: referenced,
          }
        : {}),
    };
    state.storeMessage(msg);
    this.events.messageCreate(msg);
    const waitForReply = (timeoutMs = 5000) =>
      this.waitForMessage(
        (m) => m.author.id === state.botUser.id && m.message_reference?.message_id === msg.id,
        timeoutMs,
      );
    return Object.assign({}, msg, { waitForReply });
  }

  /** Members posting in a thread join it; archived threads reopen unless locked. */
  private prepareThreadForMember(t: EmuThread, userId: string, isMember: boolean): void {
    if (t.locked && t.archived) throw new Error(`emulator: thread ${t.id} is locked`);
    const guild = this.state.guild(t.guildId);
    if (t.type === ChannelType.PrivateThread && isMember && !t.members.includes(userId)) {
      const canManage = guild
        ? (this.state.permissionsOf(guild, userId) & PermissionFlagsBits.ManageThreads) !== 0n
        : false;
      if (!canManage) throw new Error(`emulator: user ${userId} cannot see private thread ${t.id}`);
    }
    if (t.archived) {
      t.archived = false;
      t.archiveTimestamp = new Date().toISOString();
      this.events.threadUpdate(t);
    }
    if (isMember) this.events.addThreadMembers(t, [userId]);
  }

  /**
   * A member opens a post in a forum channel, as Discord does it: THREAD_CREATE for a public thread the member owns,
   * named by the title, then MESSAGE_CREATE for its first message, which shares the thread's id.
   */
  async createForumPost(input: ForumPostInput): Promise<SentMessage> {
    const forum = this.state.channels.get(input.forumId);
    if (!forum?.guildId || forum.type !== ChannelType.GuildForum)
      throw new Error(`emulator: ${input.forumId} is not a forum channel`);
    const id = snowflake();
    const now = new Date().toISOString();
    const thread: EmuThread = {
      id,
      guildId: forum.guildId,
      parentId: forum.id,
      name: input.title,
      type: ChannelType.PublicThread,
      invitable: true,
      members: [input.authorId],
      archived: false,
      locked: false,
      ownerId: input.authorId,
      autoArchiveDuration: 4320,
      createdAt: now,
      archiveTimestamp: now,
      messageId: id,
      messageCount: 0,
      lastMessageId: null,
      rateLimitPerUser: 0,
      memberJoinedAt: { [input.authorId]: now },
    };
    this.state.threadList.push(thread);
    this.state.messages(id);
    this.events.threadCreate(thread);
    const { forumId: _forum, title: _title, ...message } = input;
    return this.sendMessage({ ...message, channelId: id, id });
  }

  /** A forum channel's tags, as a server's moderators set them up. */
  forumTags(forumId: string): Array<{ id: string; name: string }> {
    return this.state.channels.get(forumId)?.availableTags ?? [];
  }

  /** A member edits their message (MESSAGE_UPDATE). */
  editMessage(messageId: string, content: string): StoredMessage {
    const m = this.state.messageIndex.get(messageId);
    if (!m) throw new Error(`emulator: unknown message ${messageId}`);
    m.content = content;
    m.edited_timestamp = new Date().toISOString();
    this.events.messageUpdate(m);
    return m;
  }

  /** A member (or moderator) deletes a message (MESSAGE_DELETE). */
  deleteMessage(messageId: string): void {
    const m = this.state.messageIndex.get(messageId);
    if (!m) throw new Error(`emulator: unknown message ${messageId}`);
    this.state.deleteMessage(m);
    this.events.messageDelete(m);
  }

  /** Close (or reopen) a user's DMs: the bot then gets 50007 "Cannot send messages to this user". */
  setDmsOpen(userId: string, open: boolean): void {
    if (open) this.state.dmClosed.delete(userId);
    else this.state.dmClosed.add(userId);
  }

  slashCommand(input: SlashInput): InteractionHandle {
    return this.dispatchInteraction(slashCommandInteraction(this.state, input));
  }

  /** A message command (right-click a message → Apps). */
  messageCommand(input: MessageCommandInput): InteractionHandle {
    return this.dispatchInteraction(messageCommandInteraction(this.state, input));
  }

  autocomplete(input: AutocompleteInput): InteractionHandle {
    return this.dispatchInteraction(autocompleteInteraction(this.state, input));
  }

  clickButton(input: Omit<ComponentInput, 'values'>): InteractionHandle {
    return this.dispatchInteraction(componentInteraction(this.state, input, 'button'));
  }

  selectMenu(input: ComponentInput & { values: string[] }): InteractionHandle {
    return this.dispatchInteraction(componentInteraction(this.state, input, 'select'));
  }

  submitModal(input: ModalInput): InteractionHandle {
    return this.dispatchInteraction(modalSubmitInteraction(this.state, input));
  }

  /** Make the interaction's token dead now: callback → 10062, webhooks → 50027. */
  expireInteraction(id: string): void {
    const ix = this.state.interactions.get(id);
    if (!ix) throw new Error(`emulator: unknown interaction ${id}`);
    ix.expired = true;
  }

  private dispatchInteraction(ix: EmuInteraction): InteractionHandle {
    if (!this.gateway.hasSessionFor(ix.guildId))
      throw new Error(`emulator: no gateway session owns guild ${ix.guildId}; is the client connected?`);
    this.gateway.dispatch('INTERACTION_CREATE', ix.payload, { guildId: ix.guildId });
    const callbackPath = `/interactions/${ix.id}/${ix.token}/callback`;
    const followupPath = `/webhooks/${this.applicationId}/${ix.token}`;
    return {
      id: ix.id,
      token: ix.token,
      payload: ix.payload,
      callback: (timeoutMs = 5000) =>
        this.waitForRequest((r) => r.method === 'POST' && r.path === callbackPath && !r.injected, timeoutMs),
      original: async (until, timeoutMs = 5000) => {
        const current = () => (ix.originalId ? this.state.messageIndex.get(ix.originalId) : undefined);
        if (!until) return current();
        return this.waitUntil(
          () => {
            const m = current();
            return m && until(m) ? m : undefined;
          },
          timeoutMs,
          () => `@original of interaction ${ix.id} to match (now: ${JSON.stringify(current()?.content)})`,
        );
      },
      followups: () => this.requests.filter((r) => r.method === 'POST' && r.path === followupPath && !r.injected),
      choices: () => ix.choices,
    };
  }

  // --- faults ----------------------------------------------------------------------------------

  failNext(rule: FailRule): void {
    this.rest.failNext(rule);
  }

  /** Close every gateway connection with `code`; 1006 drops the TCP connection without a close frame. */
  closeGateway(code: number): void {
    this.gateway.close(code);
  }

  /** Gateway op 7: Discord asks the client to reconnect and resume. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** Gateway op 9; `resumable: false` forces a fresh IDENTIFY. */
  invalidateSession(resumable = false): void {
    this.gateway.invalidateSessions(resumable);
  }

  /** Dispatch an arbitrary gateway event to the shard owning `guildId` (escape hatch for tests). */
  dispatch(t: string, d: Json, guildId?: string): void {
    this.gateway.dispatch(t, d, guildId ? { guildId } : {});
  }

  /** MESSAGE_CREATE shape of a stored message, as the gateway would send it. */
  dispatchPayload(m: StoredMessage): Json {
    return messageDispatchPayload(this.state, m);
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.gateway.stop();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
