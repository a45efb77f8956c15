import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { Assistant } from '../../src/core/assistant.js';
import { importGuide } from '../../src/core/import/import-guide.js';
import { DiscordEmulator } from '../emulator/index.js';
import { startStepwise, tempDir, writeImportedGuide, type RunningBot } from './harness.js';

/**
 * A team's own ticket form (knowledge/ticket-form.yml): an imported guide whose product has no accounts asks for the
 * app's version instead of an e-mail address, and staff read the answers under the team's own labels.
 */
const FORM = `# Syncthing has no accounts: ask for the version instead of an e-mail address.
fields:
  - error
  - id: app-version
    label: Syncthing version
    placeholder: e.g. v1.27.4 (Actions > About)
    required: true
    translations:
      ja: { label: Syncthing のバージョン, placeholder: 例：v1.27.4（操作 > 情報） }
`;

let emu: DiscordEmulator;
let run: RunningBot;
let dir: string;
const tmp = tempDir();
const g = () => emu.guild;

beforeAll(async () => {
  const { topics } = importGuide({
    fileName: 'guide.rst',
    text: readFileSync('test/data/guides/syncthing/guide.rst', 'utf8'),
    allowedHosts: [],
  });
  dir = writeImportedGuide(join(tmp.dir, 'kb'), topics);
  writeFileSync(join(dir, 'ticket-form.yml'), FORM);
  emu = await DiscordEmulator.start();
  run = await startStepwise(emu, `${tmp.dir}/stepwise.db`, {}, dir);
});
afterAll(async () => {
  await run?.stop();
  await emu?.stop();
  tmp.cleanup();
});

async function ticketForm(userId = g().users.member, locale?: string) {
  return (
    await emu
      .slashCommand({ name: 'ticket', userId, channelId: g().channels.help, ...(locale ? { locale } : {}) })
      .callback()
  ).body as any;
}
const inputs = (form: any) => form.data.components.map((row: any) => row.components[0]);

/** Send the form as `userId` with these answers; the ticket thread's summary fields, by name. */
async function send(form: any, userId: string, fields: Record<string, string>): Promise<Record<string, string>> {
  const submit = emu.submitModal({ customId: form.data.custom_id, fields, userId, channelId: g().channels.help });
  const done = await submit.original((m) => /ticket/i.test(m.content), 5000);
  const thread = emu.threads.find((t) => done!.content.includes(`<#${t.id}>`))!;
  const summary = emu.messages(thread.id)[0]!.embeds[0] as any;
  return Object.fromEntries(summary.fields.map((f: any) => [f.name, f.value]));
}

describe('ticket-form.yml (input: error, then a required "Syncthing version" field of the team\'s own)', () => {
  it('the form asks the question first, then exactly the fields the file lists, with their labels and placeholder', async () => {
    const shown = inputs(await ticketForm());
    expect(shown.map((c: any) => c.custom_id)).toEqual(['goal', 'error', 'app-version']);
    expect(shown.map((c: any) => c.label)).toEqual([
      'What were you trying to do?',
      'The exact error message',
      'Syncthing version',
    ]);
    expect(shown[2]).toMatchObject({ required: true, placeholder: 'e.g. v1.27.4 (Actions > About)', max_length: 200 });
  });

  it("a member whose Discord is in Japanese reads the team's Japanese label and the built-in ones in Japanese", async () => {
    const shown = inputs(await ticketForm(g().users.member, 'ja'));
    expect(shown[2]).toMatchObject({ label: 'Syncthing のバージョン', placeholder: '例：v1.27.4（操作 > 情報）' });
    expect(shown[1].label).toBe('表示されたエラーメッセージ（そのまま）');
  });

  it('the ticket-template reply to a question the guide does not cover lists the same fields, and no e-mail', async () => {
    const sent = await emu.sendMessage({
      channelId: g().channels.help,
      authorId: g().users.other,
      content: 'can I get a refund for my subscription',
    });
    const reply = await sent.waitForReply();
    const text = reply.embeds[0].description as string;
    expect(text).toContain('Syncthing version');
    expect(text).not.toContain('Account e-mail');
  });

  it("staff read the answers under the team's labels in the ticket thread, and the record keeps them by id", async () => {
    const fields = await send(await ticketForm(), g().users.member, {
      goal: 'folders stay out of sync',
      'app-version': 'v1.27.4',
    });
    expect(fields['Syncthing version']).toBe('v1.27.4');
    expect(fields['The exact error message']).toBe('—');
    expect(fields).not.toHaveProperty('Account e-mail');
    const ticket = await run.store.findOpenTicket(g().id, g().users.member);
    expect(ticket?.answers['app-version']).toBe('v1.27.4');
  });

  it('a form opened before the guide changed its ticket form loses nothing: the dropped field is kept under its id', async () => {
    // The member opens the form, then the team drops its own field from ticket-form.yml and the guide reloads.
    const form = await ticketForm(g().users.other);
    writeFileSync(join(dir, 'ticket-form.yml'), 'fields: [error]\n');
    const reloaded = await loadKnowledge(dir);
    if (!reloaded.ok) throw new Error('the changed guide must load');
    await run.bot.setAssistant(new Assistant(reloaded.knowledge));
    const fields = await send(form, g().users.other, { goal: 'relay keeps disconnecting', 'app-version': 'v2.0.1' });
    expect(fields['app-version']).toBe('v2.0.1');
  });
});
