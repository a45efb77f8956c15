import type { IncomingMessage, ServerResponse } from 'node:http';
import * as ch from './channels.js';
import { commandItem, commandsCollection } from './commands.js';
import { E, type Call, type Reply, type RestContext } from './context.js';
import { interactionCallback, webhookFollowup, webhookMessage } from './interactions.js';
import type { UploadedFile } from './messages.js';
import { userPayload } from './payloads.js';
import type { Json } from './state.js';

export interface RecordedRequest {
  method: string;
  /** Decoded, without the /api/vN prefix, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON, or `payload_json` of a multipart upload. */
  body: Json;
  files: UploadedFile[];
  headers: Record<string, string>;
  /** HTTP status the emulator answered with. */
  status: number;
  /** The response was produced by failNext(), not by the route. */
  injected: boolean;
  at: number;
}

export interface FailRule {
  method?: string;
  pathPattern: RegExp;
  status: 429 | 500 | 502 | 503;
  /** Seconds, as Discord reports them; 429 only. Default 1. */
  retryAfter?: number;
  /** Report a global rate limit (X-RateLimit-Global). */
  global?: boolean;
  times?: number;
}

type Handler = (ctx: RestContext, call: Call) => Reply;
type Route = [method: string | string[], pattern: RegExp, handler: Handler, auth?: boolean];

const ID = '(\\d{15,21})';
const SEG = '([^/]+)';

const routes: Route[] = [
  ['GET', /^\/gateway\/bot$/, gatewayBot],
  ['GET', /^\/gateway$/, (ctx) => ({ status: 200, body: { url: ctx.wsUrl() } }), false],
  ['GET', new RegExp(`^/users/(@me|${ID.slice(1, -1)})$`), ch.getUser],
  ['POST', /^\/users\/@me\/channels$/, ch.openDm],
  ['GET', /^\/applications\/@me$/, application],
  [['GET', 'PUT', 'POST'], new RegExp(`^/applications/${ID}/commands$`), commandsCollection],
  [['GET', 'PATCH', 'DELETE'], new RegExp(`^/applications/${ID}/commands/${ID}$`), commandItem],
  [['GET', 'PUT', 'POST'], new RegExp(`^/applications/${ID}/guilds/${ID}/commands$`), commandsCollection],
  [['GET', 'PATCH', 'DELETE'], new RegExp(`^/applications/${ID}/guilds/${ID}/commands/${ID}$`), commandItem],
  ['POST', new RegExp(`^/interactions/${SEG}/${SEG}/callback$`), interactionCallback, false],
  [['GET', 'PATCH', 'DELETE'], new RegExp(`^/webhooks/${ID}/${SEG}/messages/${SEG}$`), webhookMessage, false],
  ['POST', new RegExp(`^/webhooks/${ID}/${SEG}$`), webhookFollowup, false],
  ['GET', new RegExp(`^/channels/${ID}$`), ch.getChannel],
  ['PATCH', new RegExp(`^/channels/${ID}$`), ch.patchChannel],
  ['DELETE', new RegExp(`^/channels/${ID}$`), ch.deleteChannel],
  ['GET', new RegExp(`^/channels/${ID}/messages$`), ch.listMessages],
  ['POST', new RegExp(`^/channels/${ID}/messages$`), ch.createMessage],
  ['GET', new RegExp(`^/channels/${ID}/messages/${ID}$`), ch.getMessage],
  ['PATCH', new RegExp(`^/channels/${ID}/messages/${ID}$`), ch.editMessage],
  ['DELETE', new RegExp(`^/channels/${ID}/messages/${ID}$`), ch.deleteMessage],
  [['PUT', 'DELETE'], new RegExp(`^/channels/${ID}/messages/${ID}/reactions/${SEG}/@me$`), ch.reaction],
  ['POST', new RegExp(`^/channels/${ID}/messages/${ID}/threads$`), ch.createThreadFromMessage],
  ['POST', new RegExp(`^/channels/${ID}/threads$`), ch.createThread],
  ['POST', new RegExp(`^/channels/${ID}/typing$`), ch.typing],
  ['GET', new RegExp(`^/channels/${ID}/thread-members$`), ch.listThreadMembers],
  [['GET', 'PUT', 'DELETE'], new RegExp(`^/channels/${ID}/thread-members/(@me|\\d{15,21})$`), ch.threadMember],
  ['GET', new RegExp(`^/guilds/${ID}$`), ch.getGuild],
  ['GET', new RegExp(`^/guilds/${ID}/members$`), ch.listMembers],
  ['GET', new RegExp(`^/guilds/${ID}/members/(@me|\\d{15,21})$`), ch.getMember],
  [['PUT', 'DELETE'], new RegExp(`^/guilds/${ID}/members/${ID}/roles/${ID}$`), ch.memberRole],
  ['GET', new RegExp(`^/guilds/${ID}/roles$`), ch.listRoles],
  ['GET', new RegExp(`^/guilds/${ID}/channels$`), ch.listChannels],
  ['GET', new RegExp(`^/guilds/${ID}/threads/active$`), ch.activeThreads],
];

function gatewayBot(ctx: RestContext): Reply {
  return {
    status: 200,
    body: {
      url: ctx.wsUrl(),
      shards: ctx.shards,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    },
  };
}

function application(ctx: RestContext): Reply {
  const bot = ctx.state.botUser;
  const owner = ctx.state.guilds[0]?.ownerId;
  const ownerUser = owner ? ctx.state.users.get(owner) : undefined;
  return {
    status: 200,
    body: {
      id: ctx.state.applicationId,
      name: bot.username,
      icon: null,
      description: 'Stepwise support bot (emulated)',
      summary: '',
      type: null,
      bot: userPayload(bot),
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: (1 << 15) | (1 << 19) | (1 << 23),
      owner: ownerUser ? userPayload(ownerUser) : null,
      team: null,
      approximate_guild_count: ctx.state.guilds.length,
      interactions_endpoint_url: null,
      tags: [],
      install_params: null,
      integration_types_config: { '0': {} },
      redirect_uris: [],
    },
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(req: IncomingMessage, raw: Buffer): Promise<{ body: Json; files: UploadedFile[] }> {
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    // undici's multipart parser (behind Response#formData) saves writing one by hand.
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
    const files: UploadedFile[] = [];
    let body: Json = {};
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = { ...body, ...JSON.parse(value) };
        else body[field] = value;
      } else {
        files.push({
          field,
          filename: value.name,
          contentType: value.type || 'application/octet-stream',
          size: value.size,
          data: Buffer.from(await value.arrayBuffer()),
        });
      }
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

export class RestApi {
  readonly requests: RecordedRequest[] = [];
  private readonly rules: Array<FailRule & { remaining: number }> = [];
  private readonly listeners = new Set<(r: RecordedRequest) => void>();

  constructor(private readonly ctx: RestContext) {}

  failNext(rule: FailRule): void {
    this.rules.push({ ...rule, remaining: rule.times ?? 1 });
  }

  /** Called after every recorded request has been answered (state already updated). */
  onRequest(listener: (r: RecordedRequest) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const raw = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const prefix = /^\/api(\/v\d+)?/;
    const path = url.pathname.replace(prefix, '').split('/').map(safeDecode).join('/') || '/';
    let parsed: { body: Json; files: UploadedFile[] };
    try {
      parsed = await parseBody(req, raw);
    } catch {
      parsed = { body: raw.toString('utf8'), files: [] };
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: parsed.body,
      files: parsed.files,
      headers,
      status: 0,
      injected: false,
      at: Date.now(),
    };
    this.requests.push(record);

    let reply: Reply;
    const injected = this.injected(method, path);
    if (!url.pathname.match(prefix)) reply = E.notFound();
    else if (injected) {
      reply = injected;
      record.injected = true;
    } else reply = this.route(method, path, record, headers);

    record.status = reply.status;
    for (const l of [...this.listeners]) l(record);
    const out: Record<string, string> = { ...reply.headers };
    if (reply.text !== undefined) {
      res.writeHead(reply.status, { 'content-type': 'text/html', ...out });
      res.end(reply.text);
    } else if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, out);
      res.end();
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...out });
      res.end(JSON.stringify(reply.body));
    }
  }

  private route(method: string, path: string, record: RecordedRequest, headers: Record<string, string>): Reply {
    let pathMatched = false;
    for (const [methods, pattern, handler, auth = true] of routes) {
      const m = pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (![methods].flat().includes(method)) continue;
      if (auth && headers.authorization !== `Bot ${this.ctx.token}`) return E.unauthorized();
      try {
        return handler(this.ctx, {
          method,
          params: m.slice(1),
          query: record.query,
          body: record.body,
          files: record.files,
        });
      } catch (err) {
        // A bug in the emulator should look like a Discord 500, not hang the client.
        console.error('[discord-emulator] handler crashed', method, path, err);
        return { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
      }
    }
    return pathMatched ? E.methodNotAllowed() : E.notFound();
  }

  private injected(method: string, path: string): Reply | undefined {
    const i = this.rules.findIndex((r) => (!r.method || r.method.toUpperCase() === method) && r.pathPattern.test(path));
    const rule = this.rules[i];
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules.splice(i, 1);
    if (rule.status === 429) {
      const retryAfter = rule.retryAfter ?? 1;
      return {
        status: 429,
        headers: {
          'retry-after': String(retryAfter),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(retryAfter),
          'x-ratelimit-reset': String((Date.now() + retryAfter * 1000) / 1000),
          'x-ratelimit-scope': rule.global ? 'global' : 'user',
          ...(rule.global ? { 'x-ratelimit-global': 'true' } : { 'x-ratelimit-bucket': 'emulator-bucket' }),
        },
        body: {
          message: 'You are being rate limited.',
          retry_after: retryAfter,
          global: rule.global === true,
          ...(rule.global ? { code: 0 } : {}),
        },
      };
    }
    if (rule.status === 502) {
      return {
        status: 502,
        text: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>',
      };
    }
    return {
      status: rule.status,
      body: { message: rule.status === 500 ? '500: Internal Server Error' : '503: Service Unavailable', code: 0 },
    };
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
