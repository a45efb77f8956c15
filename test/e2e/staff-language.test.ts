import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n/messages.js';
import { buttons, closeAsStaff, data, openTicket, transcriptOf, useStepwise } from './harness.js';

/**
 * What staff read in a ticket thread follows the server's preferred language (Server Settings → Community); what the
 * member is told follows the member's. Here the server prefers German and the member's Discord is in English.
 */
const sw = useStepwise(undefined, {
  emulator: { guildLocale: 'de' },
  env: (emu) => ({ TRANSCRIPT_CHANNEL_ID: emu.guild.channels.general }),
});
const g = () => sw.emu.guild;

describe('a ticket on a server that prefers German (input: /ticket from an English client, then Claim)', () => {
  it('gives staff the summary, its buttons, the pings and the transcript in German, and tells the member in English', async () => {
    const member = g().users.member;
    const { thread, summary } = await openTicket(sw.emu, member, 'cannot sign in');
    const ticket = (await sw.run.store.getTicketByThread(thread.id))!;

    expect(summary.content).toContain(t('de', 'staff.ticket.new', { member: `<@${member}>` }));
    const embed = summary.embeds[0]!;
    expect(embed.title).toBe(t('de', 'staff.ticket.title', { id: ticket.id }));
    expect(embed.description).toContain(`**${t('de', 'staff.ticket.question')}**`);
    expect(embed.fields!.map((f: { name: string }) => f.name)).toContain(t('de', 'staff.ticket.shown'));
    expect(embed.footer!.text).toContain(t('de', 'staff.ticket.status.open'));
    expect(buttons(summary.components).map((b) => b.label)).toEqual([
      t('de', 'staff.ticket.claim'),
      t('de', 'staff.ticket.close'),
    ]);
    // The German strings are not the English ones (a missing translation would fall back to English silently).
    expect(t('de', 'staff.ticket.claim')).not.toBe(t('en', 'staff.ticket.claim'));

    const claim = buttons(summary.components)[0]!;
    const claimed = (
      await sw.emu
        .clickButton({
          customId: claim.custom_id,
          messageId: summary.id,
          userId: g().users.staff,
          channelId: thread.id,
        })
        .callback()
    ).body as any;
    expect(buttons(claimed.data.components)[0]).toMatchObject({
      label: t('de', 'staff.ticket.claimedButton'),
      disabled: true,
    });
    expect(claimed.data.embeds[0].footer.text).toContain(t('de', 'staff.ticket.status.claimed'));
    // The member wrote from an English client: who will help them is said in English.
    const notice = t('en', 'ticket.claimedNotice', { staff: `<@${g().users.staff}>` });
    await sw.emu.waitForMessage((m) => m.channel_id === thread.id && m.content === notice);

    // Staff add a colleague: said in the thread in German. Then they close it: the transcript's summary is German.
    const add = data(
      await sw.emu
        .slashCommand({
          name: 'tickets',
          options: [{ name: 'add', type: 1, options: [{ name: 'user', type: 6, value: g().users.owner }] }],
          userId: g().users.staff,
          channelId: thread.id,
        })
        .callback(),
    );
    expect(add.content).toBe(
      t('de', 'staff.tickets.added', { user: `<@${g().users.owner}>`, id: ticket.id, who: `<@${g().users.staff}>` }),
    );
    await closeAsStaff(sw.emu, thread.id, summary.id, 'erledigt');
    const { request: posted, html } = await transcriptOf(sw.emu, ticket.id);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(`<dt>${t('de', 'staff.transcript.closeReason')}</dt><dd>erledigt</dd>`);
    const transcript = (posted.body as any).embeds[0];
    expect(transcript.title).toBe(t('de', 'staff.transcript.title', { id: ticket.id }));
    expect(transcript.fields.map((f: { name: string }) => f.name)).toContain(t('de', 'staff.transcript.closeReason'));
  });
});
