import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n/messages.js';
import { DiscordEmulator } from '../emulator/index.js';
import {
  buttons,
  closeAsStaff,
  data,
  openTicket,
  startStepwise,
  tempDir,
  transcriptOf,
  type RunningBot,
} from './harness.js';

/**
 * Tickets after the handoff, end to end against the emulator: transcripts, reopen, ratings, auto-close (with a
 * clock the test moves) and working hours. The transcript channel is the guild's #general here.
 */
let emu: DiscordEmulator;
let run: RunningBot;
const tmp = tempDir();
let clock = Date.parse('2026-11-30T10:00:00Z'); // a Monday, 10:00 UTC
const g = () => emu.guild;

beforeAll(async () => {
  emu = await DiscordEmulator.start();
  run = await startStepwise(
    emu,
    `${tmp.dir}/stepwise.db`,
    {
      TRANSCRIPT_CHANNEL_ID: emu.guild.channels.general,
      TRANSCRIPT_TO_MEMBER: 'true',
      TICKET_REMIND_HOURS: '24',
      TICKET_IDLE_HOURS: '48',
      TICKET_IDLE_CLOSE_HOURS: '24',
      SUPPORT_HOURS: 'Mon-Fri 09:00-17:00 UTC',
    },
    'knowledge',
    { now: () => clock, sweepEveryMs: 3_600_000 },
  );
});
afterAll(async () => {
  await run?.stop();
  await emu?.stop();
  tmp.cleanup();
});

/** Wait for a condition the bot brings about (checked every 20 ms, up to 5 s). */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 250; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('condition not reached within 5 s');
}

describe('a claimed ticket handed back (input: Claim, then Release by the member and by staff)', () => {
  it('only staff release it; Claim is live again, the member is told in their language, and it can be claimed again', async () => {
    const { thread, summary } = await openTicket(emu, g().users.owner, 'no puedo iniciar sesión', 'es-ES');
    const click = (prefix: string, userId: string) => {
      const b = buttons(emu.message(summary.id)!.components).find((x) => x.custom_id.startsWith(prefix))!;
      return emu.clickButton({ customId: b.custom_id, messageId: summary.id, userId, channelId: thread.id }).callback();
    };
    expect(buttons(summary.components).some((b) => b.custom_id.startsWith('sw:release:'))).toBe(false);
    // The staff's queue lists it, waiting, with its thread; a member may not see the queue.
    const queue = async (userId: string) =>
      data(
        await emu
          .slashCommand({
            name: 'tickets',
            options: [{ name: 'queue', type: 1 }],
            userId,
            channelId: g().channels.help,
          })
          .callback(),
      );
    const mine = (await run.store.getTicketByThread(thread.id))!;
    expect((await queue(g().users.staff)).content).toContain(`**#${mine.id}** <#${thread.id}> · open`);
    expect((await queue(g().users.member)).content).toMatch(/only support staff|staff only/i);
    await click('sw:claim:', g().users.staff);
    expect((await queue(g().users.staff)).content).toContain(`claimed by <@${g().users.staff}>`);
    const claimed = buttons(emu.message(summary.id)!.components);
    expect(claimed.map((b) => [b.label, Boolean(b.disabled)])).toEqual([
      ['Claimed', true],
      ['Release', false],
      ['Close', false],
    ]);
    expect(data(await click('sw:release:', g().users.member)).content).toMatch(/only support staff/i);
    await click('sw:release:', g().users.staff);
    const ticket = (await run.store.getTicketByThread(thread.id))!;
    expect(ticket).toMatchObject({ status: 'open', claimedBy: null });
    expect(buttons(emu.message(summary.id)!.components).map((b) => b.label)).toEqual(['Claim', 'Close']);
    const told = t('es-ES', 'ticket.releasedNotice', { staff: `<@${g().users.staff}>` });
    await until(async () => emu.messages(thread.id).some((m) => m.content === told));
    await click('sw:claim:', g().users.staff);
    expect((await run.store.getTicket(ticket.id))!.status).toBe('claimed');
    expect((await run.store.ticketHistory(ticket.id)).map((e) => [e.status, e.note])).toEqual([
      ['open', null],
      ['claimed', null],
      ['open', 'released'],
      ['claimed', null],
    ]);
    await closeAsStaff(emu, thread.id, summary.id, 'done');
  });
});

describe('a ticket opened from a Japanese Discord client (input: /ticket and its form with locale ja)', () => {
  it('tells the member who claimed it, and DMs its transcript with the HTML attached, in Japanese', async () => {
    const { thread } = await openTicket(emu, g().users.other, 'ログインできません', 'ja');
    const ticket = (await run.store.getTicketByThread(thread.id))!;
    const summary = emu.messages(thread.id)[0]!;
    // Staff claim it: the member is told who will help, in Japanese.
    const claim = buttons(summary.components).find((b) => b.custom_id.startsWith('sw:claim:'))!;
    await emu
      .clickButton({ customId: claim.custom_id, messageId: summary.id, userId: g().users.staff, channelId: thread.id })
      .callback();
    const claimed = t('ja', 'ticket.claimedNotice', { staff: `<@${g().users.staff}>` });
    await until(async () => emu.messages(thread.id).some((m) => m.content === claimed));
    await closeAsStaff(emu, thread.id, summary.id, 'solved');
    const name = `ticket-${ticket.id}.html`;
    const dm = await emu.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path !== `/channels/${g().channels.general}/messages` &&
        r.files.some((f) => f.filename === name),
      10_000,
    );
    expect((dm.body as any).content).toBe(t('ja', 'ticket.transcriptDm', { id: ticket.id }));
    expect((dm.body as any).content).not.toBe(t('en', 'ticket.transcriptDm', { id: ticket.id }));
    expect(dm.files.find((f) => f.filename === name)!.data.toString('utf8')).toContain('ログインできません');
  });
});

describe('a ticket closed by staff (input: member and staff messages, one pasting a password)', () => {
  let threadId = '';
  let ticketNumber = 0;

  it('posts one HTML transcript to the transcript channel holding both messages and not the password', async () => {
    const { thread, summary, reply } = await openTicket(emu, g().users.member, 'cannot sign in since yesterday');
    expect(reply).toMatch(/ticket is open/i);
    threadId = thread.id;
    ticketNumber = (await run.store.getTicketByThread(thread.id))!.id;
    const mine = await emu.sendMessage({
      channelId: thread.id,
      authorId: g().users.member,
      content: 'my password is Hunter2!xyz and it says wrong password',
    });
    const theirs = await emu.sendMessage({
      channelId: thread.id,
      authorId: g().users.staff,
      content: 'Thanks, please reset it from the sign-in page',
    });
    expect(await run.bot.messageOutcome(mine.id)).toBe('not-for-me');
    await run.bot.messageOutcome(theirs.id);
    await closeAsStaff(emu, thread.id, summary.id, 'reset worked');

    const { html, request } = await transcriptOf(emu, ticketNumber);
    expect(html).toContain('it says wrong password');
    expect(html).toContain('please reset it from the sign-in page');
    expect(html).not.toContain('Hunter2!xyz');
    expect((request.body as any).embeds[0].title).toBe(`Ticket #${ticketNumber} transcript`);
    // Marked posted once Discord accepted it (just after the upload the emulator recorded).
    await until(async () => (await run.store.getTranscript(ticketNumber))?.postedAt != null);
    const t = emu.threads.find((x) => x.id === thread.id)!;
    expect(t.archived && t.locked).toBe(true);
    // The time to first staff reply is kept for /stats.
    expect((await run.store.getTicket(ticketNumber))!.firstStaffReplyAt).not.toBeNull();
  });

  it('the member rates it ★★★★ with a comment, after the thread is archived', async () => {
    const closing = emu
      .messages(threadId)
      .find((m) => buttons(m.components).some((b) => b.custom_id.startsWith('sw:rate:')))!;
    const four = buttons(closing.components).find((b) => b.custom_id === `sw:rate:${ticketNumber}.4`)!;
    const notMine = data(
      await emu
        .clickButton({ customId: four.custom_id, messageId: closing.id, userId: g().users.other, channelId: threadId })
        .callback(),
    );
    expect(notMine.content).toMatch(/only the member/i);
    const form = (
      await emu
        .clickButton({ customId: four.custom_id, messageId: closing.id, userId: g().users.member, channelId: threadId })
        .callback()
    ).body as any;
    expect(form.type).toBe(9);
    await emu
      .submitModal({
        customId: form.data.custom_id,
        fields: { comment: 'quick and kind' },
        userId: g().users.member,
        channelId: threadId,
      })
      .callback();
    expect(await run.store.getTicket(ticketNumber)).toMatchObject({ rating: 4, ratingComment: 'quick and kind' });
  });

  it('the member presses Reopen: the thread is unarchived, unlocked and usable, the support role pinged once', async () => {
    const closing = emu
      .messages(threadId)
      .find((m) => buttons(m.components).some((b) => b.custom_id.startsWith('sw:reopen:')))!;
    const reopen = buttons(closing.components).find((b) => b.custom_id.startsWith('sw:reopen:'))!;
    await emu
      .clickButton({ customId: reopen.custom_id, messageId: closing.id, userId: g().users.member, channelId: threadId })
      .callback();
    const t = emu.threads.find((x) => x.id === threadId)!;
    expect(t.archived || t.locked).toBe(false);
    const again = await emu.sendMessage({ channelId: threadId, authorId: g().users.member, content: 'it broke again' });
    expect(await run.bot.messageOutcome(again.id)).toBe('not-for-me');
    await emu.waitForMessage((m) => m.channel_id === threadId && /reopened by/.test(m.content), 5000);
    const pings = emu.messages(threadId).filter((m) => m.mention_roles.includes(g().roles.support));
    expect(pings).toHaveLength(2); // the new ticket, and the reopen
    expect((await run.store.getTicket(ticketNumber))!.status).toBe('open');
    expect((await run.store.ticketHistory(ticketNumber)).map((e) => e.status)).toEqual(['open', 'closed', 'open']);
  });

  it('a second close keeps one transcript per ticket (the first one)', async () => {
    const summary = emu.messages(threadId)[0]!;
    const before = (await run.store.getTranscript(ticketNumber))!;
    await closeAsStaff(emu, threadId, summary.id, 'really fixed now');
    await emu.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path === `/channels/${threadId}` &&
        (r.body as any).archived === true &&
        r.at > before.createdAt,
    );
    expect((await run.store.getTranscript(ticketNumber))!.createdAt).toBe(before.createdAt);
  });
});

/** Staff write in a ticket thread; resolves once the bot has noted that the ticket now waits for the member. */
async function staffWrite(threadId: string, content: string): Promise<void> {
  await emu.sendMessage({ channelId: threadId, authorId: g().users.staff, content });
  await until(async () => (await run.store.getTicketByThread(threadId))!.awaitingStaff === false);
}

/** `/tickets add` or `/tickets remove` `user:` run by `userId` in a ticket thread; resolves to the interaction's reply. */
function ticketsMember(action: 'add' | 'remove', userId: string, target: string, threadId: string) {
  return emu
    .slashCommand({
      name: 'tickets',
      options: [{ name: action, type: 1, options: [{ name: 'user', type: 6, value: target }] }],
      userId,
      channelId: threadId,
    })
    .callback();
}

describe('auto-close (input: a ticket staff answered and the member left, with the clock moved on)', () => {
  it('warns 48 h after staff wrote, with Keep open, and closes as "inactive" 24 h later with a transcript', async () => {
    const { thread } = await openTicket(emu, g().users.other, 'my verification code never arrives');
    const ticket = (await run.store.getTicketByThread(thread.id))!;
    await staffWrite(thread.id, 'Could you check your spam folder and tell us what you find?');
    clock += 47 * 3_600_000;
    await run.bot.ctx.tickets.sweeps.sweepIdle();
    expect(emu.messages(thread.id).some((m) => /Keep open/.test(JSON.stringify(m.components)))).toBe(false);
    clock += 2 * 3_600_000;
    await run.bot.ctx.tickets.sweeps.sweepIdle();
    await run.bot.ctx.tickets.sweeps.sweepIdle(); // a second sweep (or shard) does not warn twice
    const warnings = emu
      .messages(thread.id)
      .filter((m) => buttons(m.components).some((b) => b.custom_id.startsWith('sw:keep-open:')));
    expect(warnings).toHaveLength(1);
    clock += 25 * 3_600_000;
    await run.bot.ctx.tickets.sweeps.sweepIdle();
    expect(await run.store.getTicket(ticket.id)).toMatchObject({ status: 'closed', closeReason: 'inactive' });
    await transcriptOf(emu, ticket.id);
  });

  it('Keep open stops the countdown', async () => {
    const { thread, summary } = await openTicket(emu, g().users.owner, 'two factor codes are late');
    const ticket = (await run.store.getTicketByThread(thread.id))!;
    await staffWrite(thread.id, 'Is the clock on your phone set automatically?');
    clock += 49 * 3_600_000;
    await run.bot.ctx.tickets.sweeps.sweepIdle();
    const warning = emu
      .messages(thread.id)
      .find((m) => buttons(m.components).some((b) => b.custom_id.startsWith('sw:keep-open:')))!;
    const keep = buttons(warning.components).find((b) => b.custom_id.startsWith('sw:keep-open:'))!;
    await emu
      .clickButton({ customId: keep.custom_id, messageId: warning.id, userId: g().users.owner, channelId: thread.id })
      .callback();
    clock += 25 * 3_600_000;
    await run.bot.ctx.tickets.sweeps.sweepIdle();
    expect((await run.store.getTicket(ticket.id))!.status).not.toBe('closed');
    await closeAsStaff(emu, thread.id, summary.id, 'clock set to automatic');
  });

  it('someone staff added (not staff) writes last: the ticket waits for staff and is never warned or closed', async () => {
    const { thread, summary } = await openTicket(emu, g().users.member, 'our shared account is locked');
    const ticket = (await run.store.getTicketByThread(thread.id))!;
    await staffWrite(thread.id, 'Which e-mail address is on the account?');
    await ticketsMember('add', g().users.staff, g().users.other, thread.id);
    await emu.sendMessage({ channelId: thread.id, authorId: g().users.other, content: 'I manage it: it is ops@' });
    await until(async () => (await run.store.getTicket(ticket.id))!.awaitingStaff === true);
    clock += 49 * 3_600_000;
    await run.bot.ctx.tickets.sweeps.sweepIdle();
    expect(emu.messages(thread.id).some((m) => /Keep open/.test(JSON.stringify(m.components)))).toBe(false);
    await closeAsStaff(emu, thread.id, summary.id, 'unlocked for ops');
  });
});

describe('reminders (input: tickets no staff member answers, TICKET_REMIND_HOURS 24, the clock moved on)', () => {
  it('never closes it as inactive; reminds the support role once, then whoever claimed it, only in support hours', async () => {
    clock = Date.parse('2026-12-10T10:00:00Z'); // a Thursday, in hours
    const { thread, summary } = await openTicket(emu, g().users.other, 'my authenticator shows the wrong codes');
    const ticket = (await run.store.getTicketByThread(thread.id))!;
    const reminders = () =>
      emu.messages(thread.id).filter((m) => /waiting \d+ hours for a reply from staff/.test(m.content));
    clock += 23 * 3_600_000;
    await run.bot.ctx.tickets.sweeps.sweep();
    expect(reminders()).toHaveLength(0);
    clock += 2 * 3_600_000; // Friday 11:00: 25 hours
    await run.bot.ctx.tickets.sweeps.sweep();
    await run.bot.ctx.tickets.sweeps.sweep(); // a second sweep (or shard) does not remind twice
    expect(reminders().map((m) => m.content)).toEqual([
      `<@&${g().roles.support}> ${t('en', 'staff.ticket.reminder', { id: ticket.id, hours: 25 })}`,
    ]);
    expect(reminders()[0]!.mention_roles).toEqual([g().roles.support]);
    // Claimed, then the member writes again: the next reminder is counted from their message and pings the claimer.
    const claim = buttons(summary.components).find((b) => b.custom_id.startsWith('sw:claim:'))!;
    await emu
      .clickButton({ customId: claim.custom_id, messageId: summary.id, userId: g().users.staff, channelId: thread.id })
      .callback();
    const again = await emu.sendMessage({ channelId: thread.id, authorId: g().users.other, content: 'any news?' });
    expect(await run.bot.messageOutcome(again.id)).toBe('not-for-me');
    await until(async () => (await run.store.getTicket(ticket.id))!.staffRemindedAt === null);
    clock += 25 * 3_600_000; // Saturday 12:00: support is closed, the reminder waits
    await run.bot.ctx.tickets.sweeps.sweep();
    expect(reminders()).toHaveLength(1);
    clock = Date.parse('2026-12-14T09:30:00Z'); // Monday, in hours again: 70 hours after the member's message
    await run.bot.ctx.tickets.sweeps.sweep();
    const last = reminders().at(-1)!;
    expect(reminders()).toHaveLength(2);
    expect(last.content).toBe(
      `<@${g().users.staff}> ${t('en', 'staff.ticket.reminder', { id: ticket.id, hours: 70 })}`,
    );
    expect(last.mentions.map((u: { id: string }) => u.id)).toEqual([g().users.staff]);
    expect(last.mention_roles).toEqual([]);
    // Far past TICKET_IDLE_HOURS + TICKET_IDLE_CLOSE_HOURS, it was neither warned nor closed.
    expect(emu.messages(thread.id).some((m) => /Keep open/.test(JSON.stringify(m.components)))).toBe(false);
    expect((await run.store.getTicket(ticket.id))!.status).toBe('claimed');
    await closeAsStaff(emu, thread.id, summary.id, 'codes fixed after a time sync');
  });

  it('a backlog of waiting tickets is reminded a few per sweep, oldest first, not as one burst of pings', async () => {
    clock = Date.parse('2026-12-17T10:00:00Z'); // a Thursday, in hours
    await run.bot.ctx.tickets.sweeps.sweep(); // tickets left by earlier tests are reminded now, out of the way
    const first = await openTicket(emu, g().users.member, 'backup codes all rejected');
    clock += 60_000;
    const second = await openTicket(emu, g().users.owner, 'new phone, no authenticator');
    const reminded = (thread: { id: string }) =>
      emu.messages(thread.id).filter((m) => /waiting \d+ hours for a reply from staff/.test(m.content)).length;
    clock += 25 * 3_600_000;
    await run.bot.ctx.tickets.sweeps.remindStaff(clock, 1);
    expect([reminded(first.thread), reminded(second.thread)]).toEqual([1, 0]);
    await run.bot.ctx.tickets.sweeps.remindStaff(clock + 60_000, 1); // the next minute's sweep
    expect([reminded(first.thread), reminded(second.thread)]).toEqual([1, 1]);
    await closeAsStaff(emu, first.thread.id, first.summary.id, 'new codes issued');
    await closeAsStaff(emu, second.thread.id, second.summary.id, 'authenticator moved');
  });
});

describe('working hours (input: SUPPORT_HOURS Mon-Fri 09:00-17:00 UTC)', () => {
  it('a ticket opened on a Saturday tells the member when staff are next in', async () => {
    clock = Date.parse('2026-12-05T12:00:00Z'); // Saturday
    const { reply } = await openTicket(emu, g().users.staff, 'account locked after many tries');
    expect(reply).toMatch(/offline/i);
    expect(reply).toMatch(/Monday/);
  });
});

describe('/tickets for staff (input: add and remove a user in a ticket thread, fetch a transcript)', () => {
  it("staff add and remove someone; members cannot; a closed ticket's transcript comes back as a file", async () => {
    clock = Date.parse('2026-12-07T10:00:00Z'); // Monday, in hours
    const { thread } = await openTicket(emu, g().users.member, 'need help with two factor');
    const add = (userId: string, target: string) => ticketsMember('add', userId, target, thread.id);
    const denied = data(await add(g().users.member, g().users.other));
    expect(denied.content).toMatch(/only support staff/i);
    expect(emu.threads.find((x) => x.id === thread.id)!.members).not.toContain(g().users.other);
    await add(g().users.staff, g().users.other);
    expect(emu.threads.find((x) => x.id === thread.id)!.members).toContain(g().users.other);
    await ticketsMember('remove', g().users.staff, g().users.other, thread.id);
    expect(emu.threads.find((x) => x.id === thread.id)!.members).not.toContain(g().users.other);

    const first = (await run.store.ticketsSince(0)).find((t) => t.status === 'closed')!;
    const fetched = emu.slashCommand({
      name: 'tickets',
      options: [{ name: 'transcript', type: 1, options: [{ name: 'number', type: 4, value: first.id }] }],
      userId: g().users.staff,
      channelId: g().channels.general,
    });
    const res = await fetched.callback();
    expect(res.files.map((f) => f.filename)).toEqual([`ticket-${first.id}.html`]);
    expect(data(res).flags & 64).toBe(64);
  });
});
