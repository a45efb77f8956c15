import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';
import { askCommand, buttons, data, useStepwise } from './harness.js';

/**
 * A team's own guide on day one: Syncthing's docs imported as kb:import writes them, served as they are,
 * with no alias or example written for them.
 */
const sw = useStepwise(
  importGuide({
    fileName: 'guide.rst',
    text: readFileSync('test/data/guides/syncthing/guide.rst', 'utf8'),
    allowedHosts: [],
  }).topics,
);

const post = (content: string) =>
  sw.emu.sendMessage({ channelId: sw.emu.guild.channels.help, authorId: sw.emu.guild.users.other, content });

/** /ask from the member in #general: the private reply as posted (with its id, to press its buttons). */
async function askPosted(question: string) {
  const asked = sw.emu.slashCommand({
    name: 'ask',
    options: [{ name: 'question', type: 3, value: question }],
    userId: sw.emu.guild.users.member,
    channelId: sw.emu.guild.channels.general,
  });
  await asked.callback();
  return (await asked.original((m) => m.embeds?.length > 0))!;
}

/** The bot's own record of having handled a message: how a test knows silence was a decision, not a delay. */
async function handled(question: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const row = (await sw.run.store.questionsSince(0)).find((q) => q.question === question);
    if (row) return row.action;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`never handled: ${question}`);
}

describe('an imported guide served as it is (input: Syncthing docs via kb:import, no aliases or examples)', () => {
  it('/ask answers a plain question with the section that says it', async () => {
    const reply = await askCommand(sw.emu, 'where are the syncthing logs');
    expect(reply.embeds[0].title).toBe('Where are the Syncthing logs?');
  });

  it('free text that fits several sections gets "did you mean" buttons and "None of these — open a ticket"', async () => {
    const reply = await (await post('discovery')).waitForReply();
    const shown = buttons(reply.components);
    expect(shown.filter((b) => b.custom_id.startsWith('sw:topic:')).map((b) => b.label)).toEqual(
      expect.arrayContaining(['Global Discovery', 'Local Discovery']),
    );
    expect(shown.filter((b) => b.custom_id.startsWith('sw:topic:')).length).toBeLessThanOrEqual(3);
    expect(shown.some((b) => b.label === 'None of these — open a ticket' && b.custom_id.startsWith('sw:ticket:'))).toBe(
      true,
    );
  });

  it('input: /ask autocomplete for "patterns" → the one-word section "Patterns" is shown with its section, and sending it back answers it', async () => {
    const a = sw.emu.autocomplete({
      name: 'ask',
      focused: { name: 'question', value: 'patterns' },
      userId: sw.emu.guild.users.member,
      channelId: sw.emu.guild.channels.general,
    });
    const choices = ((await a.callback()).body as any).data.choices as Array<{ name: string; value: string }>;
    const patterns = choices.find((c) => c.value === 'Patterns');
    expect(patterns?.name).toBe('Patterns (Ignoring Files)');
    const reply = await askCommand(sw.emu, patterns!.value);
    expect(reply.embeds[0].title).toBe('Patterns');
  });

  it('input: /ask "Patterns" → the section, longer than one message, comes whole over two pages via "Show more"', async () => {
    const { member, channels } = { member: sw.emu.guild.users.member, channels: sw.emu.guild.channels };
    const first = await askPosted('Patterns');
    expect(first.embeds[0].title).toBe('Patterns');
    const more = buttons(first.components).find((b) => b.custom_id.startsWith('sw:more:'))!;
    expect(more.label).toBe('Show more (2/2)');
    const next = data(
      await sw.emu
        .clickButton({ customId: more.custom_id, messageId: first.id, userId: member, channelId: channels.general })
        .callback(),
    );
    expect(next.embeds[0].title).toBe('Patterns (2/2)');
    expect(next.flags & 64).toBe(64); // only the member who pressed sees it
    expect(buttons(next.components)).toEqual([]);
    // The section's closing note, cut away before, is on the second page; the two pages hold every pattern rule.
    expect(next.embeds[0].description).toMatch(/\(\?d\)/);
    expect(next.embeds[0].description).toMatch(/\*\*Note:\*\*/);
    expect(`${first.embeds[0].description}${next.embeds[0].description}`.match(/^\d+\. /gm)!.length).toBeGreaterThan(5);
  });

  it('input: "Show more" for a topic the guide has since lost (sw:more:gone-topic.2) → told so, privately', async () => {
    const { member, channels } = { member: sw.emu.guild.users.member, channels: sw.emu.guild.channels };
    const shown = await askPosted('Patterns');
    const click = sw.emu.clickButton({
      customId: 'sw:more:gone-topic.2',
      messageId: shown.id,
      userId: member,
      channelId: channels.general,
      unchecked: true, // a button posted before the guide was edited
    });
    const reply = data(await click.callback());
    expect(reply.content).toMatch(/removed from the guide/);
    expect(reply.flags & 64).toBe(64);
  });

  it('a question the guide does not cover gets the ticket template', async () => {
    const reply = await (await post('can I get a refund for my subscription')).waitForReply();
    expect(buttons(reply.components).map((b) => b.label)).toContain('Open a ticket');
  });

  it('a greeting that names the product gets silence, by decision', async () => {
    const sent = await post('good morning syncthing people');
    expect(await handled('good morning syncthing people')).toBe('ignore');
    expect(sw.emu.messages(sw.emu.guild.channels.help).some((m) => m.message_reference?.message_id === sent.id)).toBe(
      false,
    );
  });
});
