import { t } from '../../core/i18n/messages.js';
import { isOpen } from '../../core/tickets/support-hours.js';
import type { Ticket } from '../../store/store.js';
import type { BotContext } from '../context.js';
import { supportRoleFor, ticketThread } from './ticket-channels.js';
import { keepOpenButton } from './ticket-forms.js';

/** Staff reminders posted per sweep (once a minute): enough for any real queue, never a flood of role pings. */
export const REMINDERS_PER_SWEEP = 10;

/**
 * What happens to tickets while nobody acts: staff are reminded of one waiting for them, and one waiting for a member
 * who left is warned, then closed. Read from the database every minute, so it survives restarts.
 */
export class TicketSweeps {
  constructor(
    private readonly ctx: BotContext,
    /** Closing's last steps (transcript, Reopen, archive): the ticket service's, shared with a close by hand. */
    private readonly finishClose: (ticket: Ticket) => Promise<void>,
  ) {}

  /**
   * Run every minute (and by tests with their own clock), from the database, so it survives restarts; each warning
   * and reminder is claimed in the database, so it is posted once across shards.
   */
  async sweep(now = this.ctx.now()): Promise<void> {
    await this.remindStaff(now);
    await this.sweepIdle(now);
  }

  /**
   * A ticket that has waited TICKET_REMIND_HOURS for staff (nobody answered the member, or the member wrote last)
   * pings whoever claimed it, or else the support role, once until someone writes again. Outside SUPPORT_HOURS the
   * reminder waits for the next opening: nobody is there to read it. At most `limit` reminders go out per sweep,
   * oldest ticket first, so a backlog (say, after an upgrade) reaches staff a few a minute, not as one burst of pings.
   */
  async remindStaff(now = this.ctx.now(), limit = REMINDERS_PER_SWEEP): Promise<void> {
    const { ctx } = this;
    const remindHours = ctx.config.TICKET_REMIND_HOURS;
    if (remindHours <= 0) return;
    const hours = ctx.config.SUPPORT_HOURS;
    if (hours && !isOpen(hours, new Date(now))) return;
    const mine = (t: Ticket) => ctx.client.guilds.cache.has(t.guildId);
    let sent = 0;
    for (const ticket of (await ctx.store.unansweredTickets(now - remindHours * 3_600_000)).filter(mine)) {
      if (sent >= limit) break;
      if (!(await ctx.store.markStaffReminded(ticket.id, now))) continue;
      const thread = await ticketThread(ctx, ticket);
      if (!thread) continue;
      const role = ticket.claimedBy ? undefined : supportRoleFor(ctx, thread.guild);
      const who = ticket.claimedBy ? `<@${ticket.claimedBy}> ` : role ? `<@&${role}> ` : '';
      const waited = Math.floor((now - (ticket.lastActivityAt ?? ticket.createdAt)) / 3_600_000);
      await thread.send({
        content: `${who}${t(thread.guild.preferredLocale, 'staff.ticket.reminder', { id: ticket.id, hours: waited })}`,
        allowedMentions: { parse: [], roles: role ? [role] : [], users: ticket.claimedBy ? [ticket.claimedBy] : [] },
      });
      sent += 1;
    }
  }

  /**
   * Auto-close: a ticket waiting for the member (staff wrote last) with nothing written for TICKET_IDLE_HOURS gets a
   * warning with Keep open; TICKET_IDLE_CLOSE_HOURS later it closes as "inactive", with a transcript. A ticket waiting
   * for staff never closes this way: the member would lose a request nobody read.
   */
  async sweepIdle(now = this.ctx.now()): Promise<void> {
    const { ctx } = this;
    const idleHours = ctx.config.TICKET_IDLE_HOURS;
    if (idleHours <= 0) return;
    const mine = (t: Ticket) => ctx.client.guilds.cache.has(t.guildId);
    for (const ticket of (await ctx.store.idleTickets(now - idleHours * 3_600_000)).filter(mine)) {
      if (!(await ctx.store.markIdleWarned(ticket.id, now))) continue;
      const thread = await ticketThread(ctx, ticket);
      if (!thread) continue;
      const lang = ticket.answers.lang;
      await thread.send({
        content: `<@${ticket.userId}> ${t(lang, 'ticket.idle.warning', { hours: idleHours, closeHours: ctx.config.TICKET_IDLE_CLOSE_HOURS })}`,
        components: keepOpenButton(ticket.id, lang),
        allowedMentions: { parse: [], users: [ticket.userId] },
      });
    }
    const before = now - ctx.config.TICKET_IDLE_CLOSE_HOURS * 3_600_000;
    for (const ticket of (await ctx.store.ticketsWarnedBefore(before)).filter(mine)) {
      const closed = await ctx.store.closeTicket(ticket.id, ctx.client.user?.id ?? 'stepwise', 'inactive', now);
      if (closed) await this.finishClose(closed);
    }
  }
}
