import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '../../src/core/i18n/messages.js';
import { buttons, data, sleep, useStepwise } from './harness.js';

const sw = useStepwise();

const g = () => sw.emu.guild;

async function recorded(n: number): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await sw.run.store.questionsSince(0)).length >= n) return;
    await sleep(50);
  }
  throw new Error(`expected ${n} recorded questions`);
}

describe('/stats', () => {
  it('is registered for guilds only, hidden from members by default, with a period choice', () => {
    const stats = (sw.emu.commands.guild[g().id] ?? []).find((c: any) => c.name === 'stats') as any;
    expect(stats).toBeDefined();
    expect(stats.default_member_permissions).toBe(String(1n << 34n));
    expect(stats.options[0]).toMatchObject({ name: 'period', type: 3 });
    expect(stats.options[0].choices.map((c: any) => c.value)).toEqual(['1d', '7d', '30d', 'all']);
  });

  it('refuses a member, and shows staff the figures of what members asked', async () => {
    const { member, other, owner, staff } = g().users;
    const help = g().channels.help;

    // Answered, then marked as solved.
    const solved = await sw.emu.sendMessage({ channelId: help, authorId: member, content: 'i forgot my password' });
    const solvedReply = await solved.waitForReply();
    const solvedButton = buttons(solvedReply.components).find((b) => b.custom_id.startsWith('sw:solved:'))!;
    await sw.emu
      .clickButton({ customId: solvedButton.custom_id, messageId: solvedReply.id, userId: member, channelId: help })
      .callback();

    // Answered, then "didn't help": a ticket linked to that question, so not deflected.
    const locked = await sw.emu.sendMessage({ channelId: help, authorId: other, content: 'my account is locked' });
    const lockedReply = await locked.waitForReply();
    const ticketButton = buttons(lockedReply.components).find((b) => b.custom_id.startsWith('sw:ticket:'))!;
    const modal = (
      await sw.emu
        .clickButton({ customId: ticketButton.custom_id, messageId: lockedReply.id, userId: other, channelId: help })
        .callback()
    ).body as any;
    await sw.emu
      .submitModal({
        customId: modal.data.custom_id,
        fields: { goal: 'still locked after an hour' },
        userId: other,
        channelId: help,
      })
      .original((m) => /ticket/i.test(m.content), 5000);

    // Two variants of one question the guide does not cover, and small talk.
    await (
      await sw.emu.sendMessage({ channelId: help, authorId: owner, content: 'how do i cancel my subscription?' })
    ).waitForReply();
    await (
      await sw.emu.sendMessage({ channelId: help, authorId: member, content: 'How do I cancel my subscription' })
    ).waitForReply();
    await sw.emu.sendMessage({ channelId: help, authorId: owner, content: 'thanks!!' });
    await recorded(5);

    const refused = data(
      await sw.emu.slashCommand({ name: 'stats', userId: member, channelId: g().channels.general }).callback(),
    );
    expect(refused.flags & 64).toBe(64);
    expect(refused.content).toMatch(/only support staff/i);
    expect(refused.embeds ?? []).toEqual([]);

    /** /stats period:all from the staff member, whose Discord client is in `locale`. */
    const allStats = async (locale?: string) =>
      data(
        await sw.emu
          .slashCommand({
            name: 'stats',
            options: [{ name: 'period', type: 3, value: 'all' }],
            userId: staff,
            channelId: g().channels.general,
            ...(locale ? { locale } : {}),
          })
          .callback(),
      );
    const reply = await allStats();
    expect(reply.flags & 64).toBe(64);
    const embed = reply.embeds[0];
    expect(embed.title).toBe('Stepwise insights: all retained history');
    expect(embed.description).toContain(
      'Questions: **5** · **2** answered · **0** suggested · **2** escalated · **0** asked for details · **1** ignored',
    );
    expect(embed.description).toContain('**50%** of answers (1 of 2)');
    expect(embed.description).toContain('**1** helpful · **1** not helpful (50% helpful)');
    // "i forgot my password", marked solved, is a question its member labelled with its topic.
    expect(embed.description).toContain('Labelled by members: **1** question(s)');
    const [perTopic, unanswered] = embed.fields;
    expect(perTopic.value).toContain(
      `**${sw.run.assistant.knowledge.byId.get('reset-password')!.title}**: 100% (1 of 1)`,
    );
    expect(perTopic.value).toContain(
      `**${sw.run.assistant.knowledge.byId.get('account-locked')!.title}**: 0% (0 of 1)`,
    );
    expect(unanswered.value).toMatch(/^1\. “how do i cancel my subscription\?” ×2$/);

    // A staff member whose Discord client is in Japanese gets the same figures in Japanese.
    const ja = (await allStats('ja')).embeds[0];
    expect(ja.title).toBe(t('ja', 'stats.title', { period: t('ja', 'stats.period.all') }));
    expect(ja.title).not.toBe(embed.title);
    expect(ja.fields.map((f: { name: string }) => f.name)).toEqual(
      ['stats.helpfulPerTopic', 'stats.topUnanswered', 'stats.perStaff'].map((k) => t('ja', k as MessageKey)),
    );
    expect(ja.description).toContain('**5**');

    // No user id is stored with the questions.
    const rows = await sw.run.store.questionsSince(0);
    expect(JSON.stringify(rows)).not.toContain(member);
    expect(JSON.stringify(rows)).not.toContain(other);
  });
});
