import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../../src/cli/cli.js';
import { main as ask } from '../../src/cli/ask.js';
import { main as chat } from '../../src/cli/chat.js';
import { main as deployCommands } from '../../src/cli/deploy-commands.js';
import { main as evalMain } from '../../src/cli/eval.js';
import { main as insights } from '../../src/cli/insights.js';
import { main as kbCheck } from '../../src/cli/kb-check.js';
import { main as kbImport } from '../../src/cli/kb-import.js';
import { main as migrate } from '../../src/cli/migrate-to-postgres.js';
import { main as privacyMain } from '../../src/cli/privacy.js';

/** Each CLI's main, called in this process as the terminal would call it: argv in, exit code and output back. */
const dir = mkdtempSync(join(tmpdir(), 'stepwise-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, KNOWLEDGE_DIR: 'knowledge', STEPWISE_DB: join(dir, 'none.db') };

describe('every CLI runs in-process', () => {
  it.each([
    ['ask', ask],
    ['chat', chat],
    ['deploy-commands', deployCommands],
    ['eval', evalMain],
    ['insights', insights],
    ['kb:check', kbCheck],
    ['kb:import', kbImport],
    ['db:migrate-to-postgres', migrate],
    ['privacy', privacyMain],
  ])('%s --help prints its usage on stdout and exits 0', async (_name, main) => {
    const r = await runInProcess(main, ['--help'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage/);
    expect(r.stderr).toBe('');
  });

  it.each([
    ['ask', ask, 1],
    ['eval', evalMain, 1],
    ['kb:import', kbImport, 1],
    ['db:migrate-to-postgres', migrate, 2],
  ])('%s with an unknown option (--frobnicate) says so in one line and exits %i', async (_name, main, code) => {
    const r = await runInProcess(main, ['--frobnicate'], { env });
    expect(r).toEqual({ code, stdout: '', stderr: "Unknown option '--frobnicate'. See --help.\n" });
  });

  it('ask "i forgot my password" prints the reset steps; --json answers each stdin line in order', async () => {
    const person = await runInProcess(ask, ['i forgot my password'], { env });
    expect(person.code).toBe(0);
    expect(person.stdout).toContain('(answer reset-password');
    const machine = await runInProcess(ask, ['--json'], { env, stdin: 'i forgot my password\nthanks!\n' });
    const rows = machine.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string; topic: string | null });
    expect(rows.map((r) => [r.action, r.topic])).toEqual([
      ['answer', 'reset-password'],
      ['ignore', null],
    ]);
  });

  it('input: ask "i forgot my password" --json with stdin also open → one JSON line for that question, stdin unread', async () => {
    const r = await runInProcess(ask, ['i forgot my password', '--json'], { env, stdin: 'thanks!\n' });
    const rows = r.stdout.trim().split('\n');
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!)).toMatchObject({ question: 'i forgot my password', action: 'answer', lang: 'en' });
  });

  it('chat (piped) answers /topics, a topic command and /ask like Discord, and stays silent on "thanks"', async () => {
    const r = await runInProcess(chat, [], {
      env,
      stdin: '/topics\n/reset-password\n/ask my account is locked\nthanks\n/nope\n',
    });
    const replies = r.stdout.split('\n\n').filter((b) => b.trim());
    expect(replies).toHaveLength(4);
    expect(replies[0]).toContain('/reset-password');
    expect(replies[1]).toContain('Forgot your password?');
    expect(replies[2]).toContain('locked');
    expect(replies[3]).toBe('Unknown command /nope. Try /topics for the list, or /help.');
  });

  it('kb:check with no argument checks KNOWLEDGE_DIR, the same default as the bot', async () => {
    const r = await runInProcess(kbCheck, [], { env: { ...env, KNOWLEDGE_DIR: join(dir, 'missing') } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(join(dir, 'missing'));
  });

  it('kb:import a two-section guide writes a folder kb:check accepts', async () => {
    const guide = join(dir, 'guide.md');
    writeFileSync(
      guide,
      '# Widgets\n\n## Reset a widget\n\n1. Hold the button.\n2. Wait for the light.\n\n## Pair a widget\n\n1. Open the app.\n2. Tap Pair.\n',
    );
    const out = join(dir, 'imported');
    const r = await runInProcess(kbImport, [guide, '--out', out, '--json'], { env });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { topics: Array<{ heading: string }> };
    expect(report.topics.map((t) => t.heading)).toEqual(expect.arrayContaining(['Reset a widget', 'Pair a widget']));
    expect((await runInProcess(kbCheck, [out], { env })).code).toBe(0);
  });

  it('insights with no database at STEPWISE_DB says how to get one (exit 1)', async () => {
    const r = await runInProcess(insights, ['--json'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`No database at ${env.STEPWISE_DB}`);
  });

  it('eval on a two-line question file scores both lines', async () => {
    const file = join(dir, 'q.jsonl');
    writeFileSync(
      file,
      '{"q":"i forgot my password","expect":["reset-password"],"cat":"in"}\n{"q":"how do i get a refund","expect":"escalate","cat":"oos"}\n',
    );
    const r = await runInProcess(evalMain, [file, '--json'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 2, correct: 2 });
  });
});

describe("npm run privacy (input: a database with two members' tickets, one with a transcript)", () => {
  it('--export-user prints their tickets as JSON; --erase-user removes their id and words, counts stay', async () => {
    const { main: privacy } = await import('../../src/cli/privacy.js');
    const { SqliteStore } = await import('../../src/store/sqlite-store.js');
    const file = join(dir, 'privacy.db');
    const store = new SqliteStore(file);
    const member = '123456789012345678';
    const t = (
      await store.createTicket({
        interactionId: 'i1',
        guildId: 'g',
        userId: member,
        question: 'my e-mail is me@example.com',
        topicsShown: [],
        answers: { email: 'me@example.com' },
      })
    ).ticket;
    await store.closeTicket(t.id, member, 'solved');
    await store.saveTranscript(t.id, '<p>me@example.com</p>');
    await store.createTicket({
      interactionId: 'i2',
      guildId: 'g',
      userId: '223456789012345678',
      question: 'other',
      topicsShown: [],
      answers: {},
    });
    await store.close();
    const exported = await runInProcess(privacy, ['--export-user', member, '--db', file], { env });
    expect(exported.code).toBe(0);
    const held = JSON.parse(exported.stdout) as { tickets: Array<{ question: string }>; transcripts: unknown[] };
    expect(held.tickets.map((x) => x.question)).toEqual(['my e-mail is me@example.com']);
    expect(held.transcripts).toHaveLength(1);
    const erased = await runInProcess(privacy, ['--erase-user', member, '--db', file], { env });
    expect(erased.stdout).toMatch(/1 ticket\(s\).*1 transcript\(s\) deleted/);
    const after = await runInProcess(privacy, ['--export-user', member, '--db', file], { env });
    expect((JSON.parse(after.stdout) as { tickets: unknown[] }).tickets).toEqual([]);
    const check = new SqliteStore(file);
    expect(JSON.stringify(await check.ticketsSince(0))).not.toContain('me@example.com');
    expect(await check.ticketsSince(0)).toHaveLength(2);
    await check.close();
    expect((await runInProcess(privacy, ['--erase-user', 'bob', '--db', file], { env })).stderr).toMatch(
      /not a Discord user id/,
    );
  });

  it('kb:import --pack turns a translated guide into a pack: a Spanish question gets the Spanish topic; a translation missing sections is refused', async () => {
    // Input: test/fixtures/translated-guide — a 3-section English guide, its Spanish translation, and the
    // translation cut after its first section.
    const fixtures = 'test/fixtures/translated-guide';
    const kb = join(dir, 'frame');
    expect((await runInProcess(kbImport, [`${fixtures}/guide.md`, '--out', kb], { env })).code).toBe(0);
    const short = await runInProcess(
      kbImport,
      [`${fixtures}/guia-incompleta.md`, '--pack', 'es-ES', '--translates', `${fixtures}/guide.md`, '--guide', kb],
      { env },
    );
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/2 sections and the guide 4 topics/);
    expect(existsSync(join(kb, 'locales', 'es-ES'))).toBe(false);

    const pack = await runInProcess(
      kbImport,
      [`${fixtures}/guia.md`, '--pack', 'es-ES', '--translates', `${fixtures}/guide.md`, '--guide', kb, '--json'],
      { env },
    );
    expect(pack.code, pack.stderr).toBe(0);
    const report = JSON.parse(pack.stdout) as { valid: boolean; topics: Array<{ id: string; title: string }> };
    expect(report.valid).toBe(true);
    expect(report.topics).toContainEqual({
      id: 'connect-the-frame-to-wi-fi',
      guideTitle: 'Connect the frame to Wi-Fi',
      title: 'Conectar el marco a la wifi',
    });
    expect((await runInProcess(kbCheck, [kb], { env })).stdout).toMatch(/es-ES 4\/4/);

    const frameEnv = { ...env, KNOWLEDGE_DIR: kb };
    const question = 'no consigo conectar el marco a la wifi';
    const asked = await runInProcess(ask, ['--json'], { env: frameEnv, stdin: `${question}\n` });
    const d = JSON.parse(asked.stdout) as { action: string; topic: string; lang: string };
    expect(d).toMatchObject({ topic: 'connect-the-frame-to-wi-fi', lang: 'es-ES' });
    const text = await runInProcess(ask, [question], { env: frameEnv });
    expect(text.stdout).toContain('Conectar el marco a la wifi');
    expect(text.stdout).not.toContain('Connect the frame to Wi-Fi');
  });

  it("eval --folds 2 --packs cross-validates the language packs' labelled questions, per language", async () => {
    // Input: the sign-in guide's own packs (knowledge/locales/*/examples.jsonl), dealt into two groups.
    const r = await runInProcess(evalMain, ['--folds', '2', '--packs', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { total: number; byLanguage: Record<string, { inScope: number }> };
    const lines = readdirSync('knowledge/locales').reduce(
      (n, tag) =>
        n +
        readFileSync(join('knowledge/locales', tag, 'examples.jsonl'), 'utf8')
          .trim()
          .split('\n').length,
      0,
    );
    expect(report.total).toBe(lines);
    expect(Object.keys(report.byLanguage).sort()).toEqual(readdirSync('knowledge/locales').sort());
  }, 120_000);
});
