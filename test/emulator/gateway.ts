import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { GatewayIntentBits } from 'discord.js';
import { guildCreatePayload, memberPayload, userPayload } from './payloads.js';
import { shardOf } from './snowflake.js';
import type { EmulatorState, Json } from './state.js';

export interface IdentifyRecord {
  shard?: [number, number];
  intents: number;
  token: string;
  properties?: Json;
  at: number;
}

export interface ResumeRecord {
  sessionId: string;
  seq: number;
  replayed: number;
  at: number;
}

interface Dispatch {
  s: number;
  t: string;
  d: Json;
}

export interface GatewaySession {
  id: string;
  shard: [number, number];
  intents: number;
  token: string;
  seq: number;
  buffer: Dispatch[];
  ws: WebSocket | null;
  ready: boolean;
}

export interface DispatchScope {
  /** Routes the event to the shard that owns this guild; omit for DMs (shard 0). */
  guildId?: string;
  /** An intent bit the session must have identified with to receive the event. */
  intent?: number;
  /** Per-session rewrite (e.g. MessageContent blanking); return null to skip that session. */
  transform?: (d: Json, session: GatewaySession) => Json | null;
  /** Delivered regardless of guild sharding, e.g. interactions on a guild-less channel. */
  anyShard?: boolean;
}

const OP = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** Discord drops a session after these closes, so a RESUME must fail with op 9. */
const SESSION_ENDING_CLOSES = new Set([1000, 1001, 4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014]);
const BUFFER_LIMIT = 5000;

export interface GatewayOptions {
  state: EmulatorState;
  token: string;
  shards: number;
  heartbeatIntervalMs: number;
  disallowedIntents: number;
  url: () => string;
}

export class Gateway {
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  private readonly sessions = new Map<string, GatewaySession>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private waiters: Array<() => void> = [];

  constructor(private readonly opts: GatewayOptions) {
    this.wss.on('connection', (ws) => this.onConnection(ws));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  private send(ws: WebSocket | null, payload: Json): void {
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(payload));
  }

  private onConnection(ws: WebSocket): void {
    let session: GatewaySession | undefined;
    this.send(ws, {
      op: OP.Hello,
      d: { heartbeat_interval: this.opts.heartbeatIntervalMs, _trace: ['["emulator",{}]'] },
      s: null,
      t: null,
    });
    ws.on('message', (raw) => {
      let payload: Json;
      try {
        payload = JSON.parse(raw.toString());
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      switch (payload?.op) {
        case OP.Heartbeat:
          this.send(ws, { op: OP.HeartbeatAck, d: null, s: null, t: null });
          return;
        case OP.Identify:
          if (session) return ws.close(4005, 'Already authenticated.');
          session = this.identify(ws, payload.d);
          return;
        case OP.Resume:
          if (session) return ws.close(4005, 'Already authenticated.');
          session = this.resume(ws, payload.d);
          return;
        case OP.RequestGuildMembers:
          if (!session) return ws.close(4003, 'Not authenticated.');
          this.sendMemberChunk(session, payload.d);
          return;
        case OP.PresenceUpdate:
        case OP.VoiceStateUpdate:
          if (!session) ws.close(4003, 'Not authenticated.');
          return;
        default:
          ws.close(4001, 'Unknown opcode.');
      }
    });
    ws.on('close', (code) => {
      if (!session || session.ws !== ws) return;
      session.ws = null;
      if (SESSION_ENDING_CLOSES.has(code)) this.sessions.delete(session.id);
    });
    ws.on('error', () => {});
  }

  private identify(ws: WebSocket, d: Json): GatewaySession | undefined {
    const token = String(d?.token ?? '').replace(/^Bot\s+/i, '');
    const shard: [number, number] = Array.isArray(d?.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    this.identifies.push({
      ...(Array.isArray(d?.shard) ? { shard } : {}),
      intents: Number(d?.intents),
      token,
      properties: d?.properties,
      at: Date.now(),
    });
    if (token !== this.opts.token) {
      ws.close(4004, 'Authentication failed.');
      return undefined;
    }
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      ws.close(4010, 'Invalid shard.');
      return undefined;
    }
    if (typeof d?.intents !== 'number') {
      ws.close(4013, 'Invalid intent(s).');
      return undefined;
    }
    if (d.intents & this.opts.disallowedIntents) {
      ws.close(4014, 'Disallowed intent(s).');
      return undefined;
    }
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      shard,
      intents: d.intents,
      token,
      seq: 0,
      buffer: [],
      ws,
      ready: false,
    };
    this.sessions.set(session.id, session);
    const { state } = this.opts;
    const guilds = state.guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    this.push(session, 'READY', {
      v: 10,
      user: { ...userPayload(state.botUser), verified: true, mfa_enabled: false, email: null },
      user_settings: {},
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.opts.url(),
      shard,
      application: { id: state.applicationId, flags: (1 << 15) | (1 << 19) | (1 << 23) },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['emulator'],
      auth: {},
      _trace: ['["emulator",{}]'],
    });
    for (const g of guilds) this.push(session, 'GUILD_CREATE', guildCreatePayload(state, g));
    session.ready = true;
    this.checkWaiters();
    return session;
  }

  private resume(ws: WebSocket, d: Json): GatewaySession | undefined {
    const session = this.sessions.get(String(d?.session_id));
    const token = String(d?.token ?? '').replace(/^Bot\s+/i, '');
    if (!session || token !== session.token) {
      // Discord answers a dead session with op 9 after a short delay; the client re-identifies.
      setTimeout(() => this.send(ws, { op: OP.InvalidSession, d: false, s: null, t: null }), 50);
      return undefined;
    }
    if (session.ws && session.ws !== ws) session.ws.terminate();
    session.ws = ws;
    const seq = Number(d?.seq ?? 0);
    const missed = session.buffer.filter((e) => e.s > seq);
    for (const e of missed) this.send(ws, { op: OP.Dispatch, s: e.s, t: e.t, d: e.d });
    this.resumes.push({ sessionId: session.id, seq, replayed: missed.length, at: Date.now() });
    this.push(session, 'RESUMED', { _trace: ['["emulator",{}]'] });
    session.ready = true;
    this.checkWaiters();
    return session;
  }

  private sendMemberChunk(session: GatewaySession, d: Json): void {
    const { state } = this.opts;
    const guild = state.guild(String(d?.guild_id));
    if (!guild) return;
    const ids: string[] | undefined = d.user_ids === undefined ? undefined : [d.user_ids].flat().map(String);
    const query = typeof d.query === 'string' ? d.query.toLowerCase() : '';
    const limit = Number(d.limit ?? 0) || Infinity;
    const members = [...guild.members.values()]
      .filter((m) => (ids ? ids.includes(m.userId) : (state.users.get(m.userId)?.username ?? '').startsWith(query)))
      .slice(0, limit);
    this.push(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: guild.id,
      members: members.map((m) => memberPayload(state, m)),
      chunk_index: 0,
      chunk_count: 1,
      ...(ids ? { not_found: ids.filter((id) => !guild.members.has(id)) } : {}),
      ...(d.nonce !== undefined ? { nonce: d.nonce } : {}),
    });
  }

  private push(session: GatewaySession, t: string, d: Json): void {
    session.seq += 1;
    const e: Dispatch = { s: session.seq, t, d };
    session.buffer.push(e);
    if (session.buffer.length > BUFFER_LIMIT) session.buffer.splice(0, session.buffer.length - BUFFER_LIMIT);
    this.send(session.ws, { op: OP.Dispatch, s: e.s, t: e.t, d: e.d });
  }

  private routes(session: GatewaySession, scope: DispatchScope): boolean {
    if (scope.anyShard) return true;
    if (scope.guildId === undefined) return session.shard[0] === 0;
    return shardOf(scope.guildId, session.shard[1]) === session.shard[0];
  }

  /** Sends to every live or resumable session that owns the guild; disconnected ones buffer for RESUME. */
  dispatch(t: string, d: Json, scope: DispatchScope = {}): number {
    let delivered = 0;
    for (const session of this.sessions.values()) {
      if (!this.routes(session, scope)) continue;
      if (scope.intent !== undefined && (session.intents & scope.intent) === 0) continue;
      const payload = scope.transform ? scope.transform(d, session) : d;
      if (payload === null) continue;
      this.push(session, t, payload);
      delivered += 1;
    }
    return delivered;
  }

  /** True when some session (live or awaiting resume) would receive events for this guild. */
  hasSessionFor(guildId: string | undefined): boolean {
    return [...this.sessions.values()].some((s) => this.routes(s, guildId === undefined ? {} : { guildId }));
  }

  sessionList(): GatewaySession[] {
    return [...this.sessions.values()];
  }

  close(code: number): void {
    for (const session of this.sessions.values()) {
      const ws = session.ws;
      if (!ws) continue;
      session.ready = false;
      if (code === 1006) ws.terminate();
      else ws.close(code, 'Closed by the emulator');
      if (SESSION_ENDING_CLOSES.has(code)) this.sessions.delete(session.id);
    }
  }

  /** op 7: the client is expected to reconnect and RESUME. */
  requestReconnect(): void {
    for (const session of this.sessions.values())
      this.send(session.ws, { op: OP.Reconnect, d: null, s: null, t: null });
  }

  /** op 9: with `resumable: false` the sessions are forgotten, forcing a fresh IDENTIFY. */
  invalidateSessions(resumable: boolean): void {
    for (const session of [...this.sessions.values()]) {
      this.send(session.ws, { op: OP.InvalidSession, d: resumable, s: null, t: null });
      if (!resumable) this.sessions.delete(session.id);
    }
  }

  isConnected(): boolean {
    const live = [...this.sessions.values()].filter((s) => s.ready && s.ws?.readyState === WebSocket.OPEN);
    if (live.length === 0) return false;
    const count = live[0]?.shard[1] ?? this.opts.shards;
    const shards = Array.from({ length: count }, (_, i) => i);
    return shards.every((i) => live.some((s) => s.shard[0] === i && s.shard[1] === count));
  }

  whenConnected(): Promise<void> {
    if (this.isConnected()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private checkWaiters(): void {
    if (!this.isConnected()) return;
    const waiters = this.waiters;
    this.waiters = [];
    // The client processes READY/GUILD_CREATE on its next ticks; let them land first.
    setImmediate(() => waiters.forEach((w) => w()));
  }

  stop(): void {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    this.sessions.clear();
  }
}

export const MESSAGE_INTENTS = {
  guild: GatewayIntentBits.GuildMessages,
  dm: GatewayIntentBits.DirectMessages,
  content: GatewayIntentBits.MessageContent,
  members: GatewayIntentBits.GuildMembers,
  reactions: GatewayIntentBits.GuildMessageReactions,
  dmReactions: GatewayIntentBits.DirectMessageReactions,
  typing: GatewayIntentBits.GuildMessageTyping,
  guilds: GatewayIntentBits.Guilds,
} as const;
