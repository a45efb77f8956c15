import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';

/** A made-up token of the usual shape (three dot-separated base64url parts). */
const TOKEN = ['MTIzNDU2Nzg5MDEyMzQ1Njc4', 'Gabcde', 'abcdefghijklmnopqrstuvwxyz01234'].join('.');
const CHANNEL = '123456789012345678';
const ROLE = '223456789012345678';

describe('parseConfig', () => {
  it('accepts an empty environment (playground) with the documented defaults', () => {
    expect(parseConfig({})).toEqual({
      ok: true,
      config: {
        HELP_CHANNEL_IDS: [],
        SUPPORT_ROLE_ID: [],
        TICKET_CHANNEL_ID: [],
        STEPWISE_DB: 'data/stepwise.db',
        KNOWLEDGE_DIR: 'knowledge',
        LOG_LEVEL: 'info',
        SHARD_SPAWN_DELAY_MS: 5500,
        INSIGHTS_RETENTION_DAYS: 90,
        TRANSCRIPT_CHANNEL_ID: [],
        TRANSCRIPT_TO_MEMBER: false,
        TICKET_REOPEN_DAYS: 7,
        TICKET_REMIND_HOURS: 24,
        TICKET_IDLE_HOURS: 48,
        TICKET_IDLE_CLOSE_HOURS: 24,
      },
    });
  });

  it.each([
    ['Mon-Fry 09:00-17:00 UTC', /unknown day/i],
    ['Mon-Fri 9-5 Europe/Berlin', /SUPPORT_HOURS/],
    ['Mon-Fri 09:00-17:00 Mars/Olympus', /time zone/i],
  ])('SUPPORT_HOURS=%j is refused at start-up with one line naming it', (value, why) => {
    const r = parseConfig({ SUPPORT_HOURS: value });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/^Invalid SUPPORT_HOURS: /);
      expect(r.message).toMatch(why);
      expect(r.message.split('\n')).toHaveLength(1);
    }
  });

  it('treats every variable left empty as in .env.example (NAME=) as unset', () => {
    const env = {
      DISCORD_TOKEN: '',
      DISCORD_API_URL: '',
      HELP_CHANNEL_IDS: '',
      SUPPORT_ROLE_ID: '',
      TICKET_CHANNEL_ID: '',
      STEPWISE_DB: '',
      KNOWLEDGE_DIR: '',
      LOG_LEVEL: '',
    };
    expect(parseConfig(env)).toEqual(parseConfig({}));
  });

  it('accepts a minimal bot setup: token, two help channels with spaces and a trailing comma, role, ticket channel', () => {
    const result = parseConfig({
      DISCORD_TOKEN: TOKEN,
      HELP_CHANNEL_IDS: ` ${CHANNEL} , 323456789012345678,`,
      SUPPORT_ROLE_ID: ROLE,
      TICKET_CHANNEL_ID: CHANNEL,
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.config.DISCORD_TOKEN).toBe(TOKEN);
      expect(result.config.HELP_CHANNEL_IDS).toEqual([CHANNEL, '323456789012345678']);
      expect(result.config.SUPPORT_ROLE_ID).toEqual([ROLE]);
    }
  });

  it('accepts a local emulator URL for DISCORD_API_URL', () => {
    const result = parseConfig({ DISCORD_API_URL: 'http://127.0.0.1:8080/api' });
    expect(result.ok && result.config.DISCORD_API_URL).toBe('http://127.0.0.1:8080/api');
  });

  it('trims a token pasted with a leading space and a trailing newline', () => {
    const result = parseConfig({ DISCORD_TOKEN: ` ${TOKEN}\n` });
    expect(result.ok && result.config.DISCORD_TOKEN).toBe(TOKEN);
  });

  const bad: Array<[string, Record<string, string>, string]> = [
    [
      'a channel name instead of an id in HELP_CHANNEL_IDS',
      { HELP_CHANNEL_IDS: 'general' },
      'Invalid HELP_CHANNEL_IDS: must be a Discord id (17-20 digits). See .env.example.',
    ],
    [
      'one good and one short id in HELP_CHANNEL_IDS',
      { HELP_CHANNEL_IDS: `${CHANNEL},123` },
      'Invalid HELP_CHANNEL_IDS: must be a Discord id (17-20 digits). See .env.example.',
    ],
    [
      'an ftp URL in DISCORD_API_URL',
      { DISCORD_API_URL: 'ftp://example.com/api' },
      'Invalid DISCORD_API_URL: must be an http(s) URL. See .env.example.',
    ],
    [
      'words in DISCORD_API_URL',
      { DISCORD_API_URL: 'not a url' },
      'Invalid DISCORD_API_URL: must be an http(s) URL. See .env.example.',
    ],
    [
      'a role mention instead of an id in SUPPORT_ROLE_ID',
      { SUPPORT_ROLE_ID: `<@&${ROLE}>` },
      'Invalid SUPPORT_ROLE_ID: must be a Discord id (17-20 digits). See .env.example.',
    ],
    [
      'a 3-digit TICKET_CHANNEL_ID',
      { TICKET_CHANNEL_ID: '123' },
      'Invalid TICKET_CHANNEL_ID: must be a Discord id (17-20 digits). See .env.example.',
    ],
    [
      'a 5-character token',
      { DISCORD_TOKEN: 'short' },
      'Invalid DISCORD_TOKEN: looks too short to be a bot token. See .env.example.',
    ],
    [
      'a token with the "Bot " prefix',
      { DISCORD_TOKEN: `Bot ${TOKEN}` },
      'Invalid DISCORD_TOKEN: must be the token alone, without spaces or a "Bot " prefix. See .env.example.',
    ],
    [
      'LOG_LEVEL=verbose',
      { LOG_LEVEL: 'verbose' },
      'Invalid LOG_LEVEL: Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent". See .env.example.',
    ],
  ];
  for (const [tried, env, message] of bad) {
    it(`refuses ${tried} with one line naming the variable`, () => {
      const result = parseConfig({ DISCORD_TOKEN: TOKEN, ...env });
      expect(result).toEqual({ ok: false, message });
      if (!result.ok) expect(result.message).not.toContain('\n');
    });
  }

  it('never puts the token in the message, wherever the token was pasted by mistake', () => {
    for (const name of ['DISCORD_API_URL', 'HELP_CHANNEL_IDS', 'SUPPORT_ROLE_ID', 'TICKET_CHANNEL_ID', 'LOG_LEVEL']) {
      const result = parseConfig({ DISCORD_TOKEN: TOKEN, [name]: TOKEN });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(new RegExp(`^Invalid ${name}:`));
        expect(result.message).not.toContain(TOKEN);
        expect(result.message).not.toContain('MTIzNDU2');
      }
    }
    const prefixed = parseConfig({ DISCORD_TOKEN: `Bot ${TOKEN}` });
    expect(!prefixed.ok && prefixed.message).not.toContain('MTIzNDU2');
  });
});

describe('npm start', () => {
  // Input: package.json's start script. The bot's memory figures (bench, README) are measured with NODE_FLAGS on the
  // built JavaScript; an admin running `npm start` must get the same process, or the 10,000-topic figure is too low.
  it('builds, then runs the built bot with node and every flag the benchmark and the shard processes use', async () => {
    const { readFileSync } = await import('node:fs');
    const { NODE_FLAGS } = await import('../../src/app/node-flags.js');
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
    const [build, run] = start.split('&&').map((c) => c.trim().split(/\s+/));
    expect(build).toEqual(['node', 'scripts/build.mjs']);
    expect(run).toEqual(['node', ...NODE_FLAGS, 'dist/app/main.js']);
  });
});
