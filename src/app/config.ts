import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { parseSupportHours } from '../core/tickets/support-hours.js';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17-20 digits)');
const idList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(snowflake));
/** A variable left empty in .env (`NAME=`) counts as unset, so its default applies. */
const emptyIsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);

/** Every setting Stepwise reads, validated once at start-up. Names are part of the public contract. */
export const configSchema = z.object({
  // Trimmed, because a token pasted with a trailing space or newline otherwise fails at login with no hint why.
  DISCORD_TOKEN: emptyIsUnset(
    z
      .string()
      .trim()
      .min(20, 'looks too short to be a bot token')
      .regex(/^\S+$/, 'must be the token alone, without spaces or a "Bot " prefix')
      .optional(),
  ),
  DISCORD_API_URL: emptyIsUnset(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional()),
  HELP_CHANNEL_IDS: idList,
  /** One id, or one per server when the bot serves several (comma-separated). */
  SUPPORT_ROLE_ID: idList,
  TICKET_CHANNEL_ID: idList,
  /** Optional: a staff channel where the bot reports problems admins must fix (e.g. a rejected guide edit). */
  STAFF_LOG_CHANNEL_ID: emptyIsUnset(snowflake.optional()),
  STEPWISE_DB: emptyIsUnset(z.string().min(1).default('data/stepwise.db')),
  KNOWLEDGE_DIR: emptyIsUnset(z.string().min(1).default('knowledge')),
  LOG_LEVEL: emptyIsUnset(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  // Days recorded questions and feedback are kept for insights; 0 keeps them forever.
  // Run through discord.js's ShardingManager, one process per shard: 'auto' asks Discord how many.
  SHARDS: emptyIsUnset(
    z
      .string()
      .trim()
      .regex(/^(?:auto|off|[1-9]\d{0,3})$/, "must be 'auto', 'off' or a number of shards")
      .transform((v) => (v === 'off' ? undefined : v === 'auto' ? ('auto' as const) : Number(v)))
      .optional(),
  ),
  // The shards this machine runs, when the fleet spans several machines (e.g. 0,1 here and 2,3 there).
  SHARD_LIST: emptyIsUnset(
    z
      .string()
      .regex(/^\d+(?:\s*,\s*\d+)*$/, 'must be shard numbers separated by commas, e.g. 0,1')
      .transform((v) => v.split(',').map((x) => Number(x.trim())))
      .optional(),
  ),
  // Pause between starting shards; Discord allows one IDENTIFY per 5 s for most bots.
  SHARD_SPAWN_DELAY_MS: emptyIsUnset(z.coerce.number<string | number>().int().min(0).default(5500)),
  INSIGHTS_RETENTION_DAYS: emptyIsUnset(
    z.coerce
      .number<string | number>({ error: 'must be a whole number of days' })
      .int('must be a whole number of days')
      .min(0, 'must be 0 (keep forever) or more')
      .default(90),
  ),
  /** Staff channel(s) where closed tickets' transcripts are posted (one per server, comma-separated). */
  TRANSCRIPT_CHANNEL_ID: idList,
  /** Also DM the member their own transcript when their ticket closes. */
  TRANSCRIPT_TO_MEMBER: emptyIsUnset(
    z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  ).transform((v) => v === 'true'),
  /** Days after closing during which the member or staff may reopen a ticket. */
  TICKET_REOPEN_DAYS: emptyIsUnset(
    z.coerce.number<string | number>({ error: 'must be a number of days' }).min(0).default(7),
  ),
  /** Hours a ticket waits for staff (nobody answered, or the member wrote last) before they are reminded; 0: never. */
  TICKET_REMIND_HOURS: emptyIsUnset(
    z.coerce.number<string | number>({ error: 'must be a number of hours' }).min(0).default(24),
  ),
  /**
   * Hours without a message after staff's last one before the member gets a "still there?" warning; 0 turns auto-close
   * off. A ticket waiting for staff is never closed for idleness.
   */
  TICKET_IDLE_HOURS: emptyIsUnset(
    z.coerce.number<string | number>({ error: 'must be a number of hours' }).min(0).default(48),
  ),
  /** Hours after that warning before the ticket closes as "inactive". */
  TICKET_IDLE_CLOSE_HOURS: emptyIsUnset(
    z.coerce.number<string | number>({ error: 'must be a number of hours' }).min(0).default(24),
  ),
  /** When staff answer tickets, e.g. "Mon-Fri 09:00-17:00 Europe/Berlin"; unset: always. */
  SUPPORT_HOURS: emptyIsUnset(
    z
      .string()
      .transform((text, ctx) => {
        const parsed = parseSupportHours(text);
        if (parsed.ok) return parsed.hours;
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      })
      .optional(),
  ),
});

export type Config = z.infer<typeof configSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Read .env quietly (dotenv 17 otherwise prints to stdout, which would corrupt JSON output). */
export function loadEnv(): void {
  loadDotenv({ quiet: true });
}

/** Validate the environment; a bad value gives one line naming the variable, never its value. */
export function parseConfig(env: NodeJS.ProcessEnv): ConfigResult {
  // Inside a shard process discord.js sets SHARDS to that process's shard ids; it is not ours to read there.
  const own = env.SHARDING_MANAGER ? { ...env, SHARDS: undefined, SHARD_LIST: undefined } : env;
  const parsed = configSchema.safeParse(own);
  if (parsed.success) return { ok: true, config: parsed.data };
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? 'configuration');
  return { ok: false, message: `Invalid ${name}: ${issue.message}. See .env.example.` };
}

/**
 * The settings the terminal tools share with the bot (where the guide and the database are), with the
 * bot's own defaults: a CLI never retypes a default. An invalid value falls back to the default here;
 * the bot itself refuses it at start-up.
 */
export function toolSettings(env: NodeJS.ProcessEnv): Pick<Config, 'STEPWISE_DB' | 'KNOWLEDGE_DIR'> {
  const shape = configSchema.pick({ STEPWISE_DB: true, KNOWLEDGE_DIR: true });
  const parsed = shape.safeParse(env);
  return parsed.success ? parsed.data : shape.parse({});
}
