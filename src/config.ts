import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17-20 digits)');
const idList = z
  .string()
  .default('')
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(snowflake));
const optionalSnowflake = z.preprocess((v) => (v === '' ? undefined : v), snowflake.optional());

/** Every setting Stepwise reads, validated once at start-up. Names are part of the public contract. */
export const configSchema = z.object({
  DISCORD_TOKEN: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(20, 'looks too short to be a bot token').optional()),
  DISCORD_API_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional()),
  HELP_CHANNEL_IDS: idList,
  SUPPORT_ROLE_ID: optionalSnowflake,
  TICKET_CHANNEL_ID: optionalSnowflake,
  STEPWISE_DB: z.string().min(1).default('data/stepwise.db'),
  KNOWLEDGE_DIR: z.string().min(1).default('knowledge'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Read .env quietly (dotenv 17 otherwise prints to stdout, which would corrupt JSON output). */
export function loadEnv(): void {
  loadDotenv({ quiet: true });
}

/** Validate the environment; a bad value gives one line naming the variable, never its value. */
export function parseConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? 'configuration');
  return { ok: false, message: `Invalid ${name}: ${issue.message}. See .env.example.` };
}
