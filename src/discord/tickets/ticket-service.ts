import {
  ChannelType,
  MessageFlags,
  ThreadAutoArchiveDuration,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
  type TextChannel,
  type ThreadChannel,
} from 'discord.js';
import { LIMITS, truncate } from '../../core/render/discord-limits.js';
import { escapeUserText } from '../../core/render/escape.js';
import { cleanText } from '../../core/normalise/normalise.js';
import { redactSecrets } from '../../core/normalise/secrets.js';
import { t, uiLocale } from '../../core/i18n/messages.js';
import { describeNextOpening, isOpen } from '../../core/tickets/support-hours.js';
import {
  answeredIds,
  answerLabel,
  FIELD_ID,
  MAX_ANSWER_CHARS,
  MAX_TICKET_FIELDS,
  type TicketAnswers,
  type TicketField,
} from '../../core/tickets/ticket-template.js';
import type { Ticket } from '../../store/store.js';
import type { BotContext } from '../context.js';
import type { Handoff } from '../handoffs.js';
import { ticketCooldown } from '../cooldowns.js';
import { isGone } from '../errors.js';
import { NO_PINGS } from '../replies.js';
import { closedButtons, closeModal, ratingModal, ticketModal } from './ticket-forms.js';
import { channelForServer, supportRoleFor, ticketThread } from './ticket-channels.js';
import { TicketSweeps } from './ticket-sweeps.js';
import { keepTranscript, postTranscript } from './transcripts.js';
import { ticketButtons, ticketSummary } from './ticket-summary.js';

const EPHEMERAL = MessageFlags.Ephemeral;

function threadLink(ticket: Ticket): string {
  return ticket.threadId ? `<#${ticket.threadId}>` : `ticket #${ticket.id}`;
}

/**
 * The whole ticket lifecycle: offer the form, store the ticket, open (or resume) its private thread,
 * claim, close. The features under features/ are thin: they check access and call in here. Access is
 * checked by the dispatcher before any of these run.
 */
export class TicketService {
  /** One thread-making run per ticket at a time: start-up finishing a ticket must not race its own submit. */
  private readonly finishing = new Map<number, Promise<ThreadChannel | null>>();
  /** Answers already counted as "didn't help": pressing the button again, or after a cancelled form, counts once. */
  private readonly unhelpful = new WeakSet<Handoff>();

  /** The minute's timers: staff reminders and auto-close, which close through this service. */
  readonly sweeps: TicketSweeps;

  constructor(private readonly ctx: BotContext) {
    this.sweeps = new TicketSweeps(ctx, (ticket) => this.finishClose(ticket));
  }

  /** "Open a ticket" and /ticket: point to an existing ticket, or show the form. */
  async offer(i: ButtonInteraction | ChatInputCommandInteraction, handoffKey: string): Promise<void> {
    const { ctx } = this;
    let open: Ticket | null;
    try {
      open = i.guildId ? await ctx.store.findOpenTicket(i.guildId, i.user.id) : null;
    } catch (err) {
      // No database, no ticket: say so now rather than after the member has filled in the form.
      ctx.db.failed('find open ticket', err);
      await i.reply({ content: t(i.locale, 'ticket.saveFailed'), flags: EPHEMERAL });
      return;
    }
    if (open) {
      await i.reply({
        content: t(i.locale, 'ticket.alreadyOpen', { link: threadLink(open) }),
        flags: EPHEMERAL,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    // Checked before the form opens, never after: a submitted form is always kept.
    const wait = i.guildId ? await ticketCooldown(ctx.store, i.guildId, i.user.id) : 0;
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      await i.reply({
        content: t(i.locale, 'ticket.cooldown', { seconds }),
        flags: EPHEMERAL,
      });
      return;
    }
    const handoff = ctx.handoffs.get(handoffKey);
    await i.showModal(ticketModal(handoffKey, handoff?.question ?? '', i.locale, ctx.assistant().knowledge.ticketForm));
    if (handoff?.answered && i.isButton() && !this.unhelpful.has(handoff)) {
      // The member saw steps and still wants a human: that answer did not help. Counted once per answer.
      this.unhelpful.add(handoff);
      await ctx.store
        .recordFeedback(handoff.questionId ?? null, handoff.answered, false)
        .catch((err: unknown) => ctx.log.error({ err }, 'could not record feedback'));
    }
  }

  /**
   * Create the private thread for a stored ticket, add the member, post the summary for staff. The
   * thread is attached to the ticket last, so a ticket without one is unfinished whatever step a crash
   * interrupted; when resuming, a thread left behind is reused rather than doubled.
   */
  ensureThread(ticket: Ticket, username: string, resume = false): Promise<ThreadChannel | null> {
    const pending = this.finishing.get(ticket.id);
    if (pending) return pending;
    const work = this.makeThread(ticket, username, resume).finally(() => this.finishing.delete(ticket.id));
    this.finishing.set(ticket.id, work);
    return work;
  }

  /**
   * Modal submit: the ticket is written first, then the submit is acknowledged (deferred: the thread may
   * take longer than Discord's 3 s), then the thread is made, then the member is told. Writing before
   * acknowledging means a crash can never leave a member with an accepted form and no ticket.
   */
  async submit(i: ModalSubmitInteraction, handoffKey: string): Promise<void> {
    const { ctx } = this;
    if (!i.guildId) return;
    const handoff = ctx.handoffs.get(handoffKey);
    // Staff see which language the member wrote in: the one their question was in, else their client's.
    const answers: TicketAnswers = {
      ...readAnswers(i, ctx.assistant().knowledge.ticketForm),
      lang: handoff?.lang ?? i.locale,
    };
    let result: Awaited<ReturnType<typeof ctx.store.createTicket>>;
    try {
      result = await ctx.store.createTicket(
        {
          interactionId: i.id,
          guildId: i.guildId,
          userId: i.user.id,
          question: answers.goal ?? handoff?.question ?? '',
          topicsShown: handoff?.topicsShown ?? [],
          triedTopic: handoff?.answered ?? null,
          answers,
          questionId: handoff?.questionId ?? null,
        },
        ctx.now(),
      );
      ctx.db.ok();
    } catch (err) {
      // The database is down or read-only: the ticket is one statement, so nothing was half-written. Said once
      // per outage in the log, every time to the member.
      ctx.db.failed('save ticket', err);
      await i.reply({ content: t(i.locale, 'ticket.saveFailed'), flags: EPHEMERAL });
      return;
    }
    let ticket = result.ticket;
    const acknowledged = await i.deferReply({ flags: EPHEMERAL }).then(
      () => true,
      (err: unknown) => {
        // Too late to answer: the ticket is kept and still gets its thread; the member will find it there.
        if (!isGone(err)) throw err;
        const code = (err as { code?: unknown }).code;
        ctx.log.warn({ ticket: ticket.id, code }, 'ticket saved but the submit could not be acknowledged');
        return false;
      },
    );
    if (result.kind === 'already-open') {
      // The member raced their own open ticket: what they wrote goes into it rather than nowhere.
      const added = await this.addToOpenTicket(ticket, answers);
      if (!acknowledged) return;
      const key = added ? 'ticket.addedToOpen' : 'ticket.addThere';
      await i.editReply({
        content: t(i.locale, key, { link: threadLink(ticket) }),
        allowedMentions: NO_PINGS,
      });
      return;
    }
    if (!ticket.threadId) {
      const thread = await this.ensureThread(ticket, i.user.username, result.kind === 'duplicate');
      if (thread) ticket = { ...ticket, threadId: thread.id };
    }
    ctx.log.info({ ticket: ticket.id, thread: ticket.threadId, kind: result.kind }, 'ticket opened');
    if (!acknowledged) return;
    const hours = ctx.config.SUPPORT_HOURS;
    const at = new Date(ctx.now());
    const offline =
      hours && !isOpen(hours, at)
        ? `\n${t(i.locale, 'ticket.outsideHours', { when: describeNextOpening(hours, at, uiLocale(i.locale)) ?? '' })}`
        : '';
    await i.editReply({
      content:
        (ticket.threadId
          ? `${t(i.locale, 'ticket.opened', { link: threadLink(ticket) })} ${t(i.locale, 'neverShare')}`
          : `${t(i.locale, 'ticket.saved', { id: ticket.id })} ${t(i.locale, 'neverShare')}`) + offline,
      allowedMentions: NO_PINGS,
    });
  }

  /** Claim: one staff member takes an open ticket; the member is told who will help. */
  claim(i: ButtonInteraction, ticketId: number): Promise<void> {
    return this.changeClaim(i, ticketId, 'ticket.claimedNotice', () =>
      this.ctx.store.claimTicket(ticketId, i.user.id, this.ctx.now()),
    );
  }

  /** Release: a claimed ticket back to open, for any staff member to claim; the member is told someone else will help. */
  release(i: ButtonInteraction, ticketId: number): Promise<void> {
    return this.changeClaim(i, ticketId, 'ticket.releasedNotice', () =>
      this.ctx.store.releaseTicket(ticketId, i.user.id, this.ctx.now()),
    );
  }

  /**
   * Claim and Release from the summary: `change` the ticket, then redraw the summary (in the server's language,
   * whoever's client clicked) and tell the member `notice`, in the language their ticket is in. When the ticket was
   * not in the state to change, say why, privately.
   */
  private async changeClaim(
    i: ButtonInteraction,
    ticketId: number,
    notice: 'ticket.claimedNotice' | 'ticket.releasedNotice',
    change: () => Promise<Ticket | null>,
  ): Promise<void> {
    const { ctx } = this;
    const ticket = await change();
    if (!ticket) {
      const current = await ctx.store.getTicket(ticketId);
      const status = current ? t(i.locale, `staff.ticket.status.${current.status}`) : '';
      await i.reply({
        content: !current
          ? t(i.locale, 'staff.ticket.gone')
          : current.claimedBy
            ? t(i.locale, 'staff.ticket.alreadyBy', { id: ticketId, status, who: `<@${current.claimedBy}>` })
            : t(i.locale, 'staff.ticket.already', { id: ticketId, status }),
        flags: EPHEMERAL,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    const staffLang = i.guildLocale ?? undefined;
    await i.update({
      embeds: [ticketSummary(ticket, ctx.assistant().knowledge, staffLang)],
      components: ticketButtons(ticket.id, ticket.status === 'claimed', staffLang),
    });
    await i.followUp({
      content: t(ticket.answers.lang, notice, { staff: `<@${i.user.id}>` }),
      allowedMentions: NO_PINGS,
    });
  }

  /** The Close button: ask for the reason (the form), unless the ticket is closed already. */
  async askCloseReason(i: ButtonInteraction, ticketId: number): Promise<void> {
    const ticket = await this.ctx.store.getTicket(ticketId);
    if (!ticket || ticket.status === 'closed') {
      await i.reply({ content: t(i.locale, 'ticket.alreadyClosed'), flags: EPHEMERAL });
      return;
    }
    await i.showModal(closeModal(ticketId, i.locale));
  }

  async close(i: ModalSubmitInteraction, ticketId: number): Promise<void> {
    const { ctx } = this;
    const reason = redactSecrets(cleanText(i.fields.getTextInputValue('reason'))) || 'no reason given';
    const ticket = await ctx.store.closeTicket(ticketId, i.user.id, reason, ctx.now());
    if (!ticket) {
      await i.reply({ content: t(i.locale, 'ticket.alreadyClosed'), flags: EPHEMERAL });
      return;
    }
    await i.reply({
      content: `Ticket #${ticket.id} closed by <@${i.user.id}>: ${escapeUserText(truncate(reason, 1500))}`,
      allowedMentions: NO_PINGS,
    });
    await this.finishClose(ticket);
  }

  /**
   * After the database says closed: the closing post (Reopen, and "How did we do?" for the member), the
   * transcript read while the thread is still open, the thread archived and locked, the transcript posted.
   * Each step can be resumed: start-up finishes transcripts a crash interrupted.
   */
  async finishClose(ticket: Ticket): Promise<void> {
    const { ctx } = this;
    const thread = await ticketThread(ctx, ticket);
    if (!thread) return;
    const lang = ticket.answers.lang;
    await thread.send({
      content: `${t(lang, 'ticket.closedNotice', { id: ticket.id, days: ctx.config.TICKET_REOPEN_DAYS })}\n${t(lang, 'ticket.rate.prompt')}`,
      components: closedButtons(ticket.id, lang),
      allowedMentions: NO_PINGS,
    });
    const stored = await keepTranscript(ctx, ticket, thread);
    await thread.edit({ archived: true, locked: true, reason: `Ticket #${ticket.id} closed` });
    if (stored) await postTranscript(ctx, ticket, stored);
  }

  /** Reopen (member or staff, within TICKET_REOPEN_DAYS): one open ticket per member still holds. */
  async reopen(i: ButtonInteraction, ticketId: number): Promise<void> {
    const { ctx } = this;
    const before = await ctx.store.getTicket(ticketId);
    const days = ctx.config.TICKET_REOPEN_DAYS;
    if (before?.closedAt && ctx.now() - before.closedAt > days * 86_400_000) {
      await i.reply({ content: t(i.locale, 'ticket.reopenExpired', { days }), flags: EPHEMERAL });
      return;
    }
    const result = await ctx.store.reopenTicket(ticketId, i.user.id, ctx.now());
    if (result.kind === 'already-open') {
      await i.reply({
        content: t(i.locale, 'ticket.alreadyOpen', { link: threadLink(result.ticket) }),
        flags: EPHEMERAL,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    if (result.kind !== 'reopened') {
      const content = before
        ? t(i.locale, 'ticket.alreadyOpen', { link: threadLink(before) })
        : t(i.locale, 'staff.ticket.gone');
      await i.reply({ content, flags: EPHEMERAL, allowedMentions: NO_PINGS });
      return;
    }
    const ticket = result.ticket;
    const thread = await ticketThread(ctx, ticket);
    if (thread) await thread.edit({ archived: false, locked: false, reason: `Ticket #${ticket.id} reopened` });
    await i.reply({ content: t(i.locale, 'ticket.reopened', { who: `<@${i.user.id}>` }), allowedMentions: NO_PINGS });
    if (thread) {
      // The support role is pinged once, as for a new ticket; nobody else.
      const role = supportRoleFor(this.ctx, thread.guild);
      const staffLang = thread.guild.preferredLocale;
      await thread.send({
        content: `${role ? `<@&${role}> ` : ''}${t(staffLang, 'staff.ticket.reopenedBy', { id: ticket.id, who: `<@${i.user.id}>` })}`,
        components: ticketButtons(ticket.id, ticket.status === 'claimed', staffLang),
        allowedMentions: { parse: [], roles: role ? [role] : [], users: [] },
      });
    }
  }

  /** A star button: only the member rates; the comment form is optional. */
  async askRating(i: ButtonInteraction, ticketId: number, stars: number): Promise<void> {
    const ticket = await this.ctx.store.getTicket(ticketId);
    if (!ticket || ticket.userId !== i.user.id) {
      await i.reply({ content: t(i.locale, 'ticket.rate.notYours'), flags: EPHEMERAL });
      return;
    }
    await i.showModal(ratingModal(ticketId, stars, i.locale));
  }

  async rate(i: ModalSubmitInteraction, ticketId: number, stars: number): Promise<void> {
    const raw = i.fields.fields.get('comment');
    const text = raw && 'value' in raw && typeof raw.value === 'string' ? raw.value : '';
    const comment = text.trim() ? redactSecrets(cleanText(text)).slice(0, 1000) : null;
    const ok = await this.ctx.store.rateTicket(ticketId, i.user.id, stars, comment);
    await i.reply({ content: t(i.locale, ok ? 'ticket.rate.thanks' : 'ticket.rate.notYours'), flags: EPHEMERAL });
  }

  /** "Keep open" under an idle warning: activity, so the countdown starts again. */
  async keepOpen(i: ButtonInteraction, ticketId: number): Promise<void> {
    await this.ctx.store.noteActivity(ticketId, false);
    await i.reply({ content: t(i.locale, 'ticket.idle.kept'), flags: EPHEMERAL });
  }

  /**
   * A message in a ticket thread: the ticket is not idle. Written by staff (the support role, or whoever claimed it),
   * it now waits for the member; by anyone else (the member, or someone staff added with /tickets add), it waits for
   * staff, so it is never closed for idleness while a question there is unanswered.
   */
  async noteMessage(ticket: Ticket, authorId: string, hasSupportRole: boolean): Promise<void> {
    const byStaff = authorId !== ticket.userId && (hasSupportRole || authorId === ticket.claimedBy);
    await this.ctx.store.noteActivity(ticket.id, byStaff, this.ctx.now());
  }

  /** The member a ticket belongs to, for the owner-or-staff access rule. */
  async ownerOf(ticketId: number): Promise<string | null> {
    return (await this.ctx.store.getTicket(ticketId))?.userId ?? null;
  }

  /** The ticket channel configured for a server: the listed channel in that guild (or the only one listed). */
  private async ticketChannelFor(guildId: string): Promise<TextChannel | null> {
    const ids = this.ctx.config.TICKET_CHANNEL_ID;
    const channel = await channelForServer(this.ctx, ids, guildId);
    if (!channel && ids.length > 0)
      throw new Error(`no TICKET_CHANNEL_ID is a text channel the bot can see in server ${guildId}`);
    return channel;
  }

  private async makeThread(ticket: Ticket, username: string, resume: boolean): Promise<ThreadChannel | null> {
    const { ctx } = this;
    const parent = await this.ticketChannelFor(ticket.guildId);
    if (!parent) return null;
    const found = resume ? await threadLeftBehind(parent, ticket.id) : null;
    const thread =
      found ??
      (await parent.threads.create({
        name: truncate(`ticket-${ticket.id} ${username}`, LIMITS.threadName),
        type: ChannelType.PrivateThread,
        invitable: false,
        autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek,
        reason: `Support ticket #${ticket.id}`,
      }));
    await thread.members.add(ticket.userId);
    const mine = (m: { author: { id: string }; embeds: unknown[] }) =>
      m.author.id === ctx.client.user?.id && m.embeds.length > 0;
    const posted = found ? (await thread.messages.fetch({ limit: 20 })).some(mine) : false;
    if (!posted) {
      const role = supportRoleFor(this.ctx, parent.guild);
      // Staff read the thread's first post in the server's preferred language.
      const staffLang = parent.guild.preferredLocale;
      await thread.send({
        content: `${role ? `<@&${role}> ` : ''}${t(staffLang, 'staff.ticket.new', { member: `<@${ticket.userId}>` })}`,
        embeds: [ticketSummary({ ...ticket, threadId: thread.id }, ctx.assistant().knowledge, staffLang)],
        components: ticketButtons(ticket.id, false, staffLang),
        // Only the support role is pinged; the member was added to the thread directly.
        allowedMentions: { parse: [], roles: role ? [role] : [], users: [] },
      });
    }
    await ctx.store.attachThread(ticket.id, thread.id);
    return thread;
  }

  /** Post a second form's answers into the member's open ticket thread; false when nothing is new or no thread yet. */
  private async addToOpenTicket(ticket: Ticket, answers: TicketAnswers): Promise<boolean> {
    const fresh = answeredIds(answers).filter((id) => answers[id] && answers[id] !== ticket.answers[id]);
    if (fresh.length === 0) return false;
    const thread = await ticketThread(this.ctx, ticket);
    if (!thread?.isSendable()) return false;
    const form = this.ctx.assistant().knowledge.ticketForm;
    const lines = fresh.map((id) => `**${answerLabel(id, form)}**\n${escapeUserText(answers[id]!)}`);
    await thread.send({
      content: truncate(
        `${t(thread.guild.preferredLocale, 'staff.ticket.memberAdded')}\n${lines.join('\n')}`,
        LIMITS.content,
      ),
      allowedMentions: NO_PINGS,
    });
    return true;
  }
}

/** A thread opened for this ticket by a run that was cut short (found by its name), if any. */
async function threadLeftBehind(parent: TextChannel, ticketId: number): Promise<ThreadChannel | null> {
  const active = await parent.threads.fetchActive();
  return active.threads.find((t) => t.parentId === parent.id && t.name.startsWith(`ticket-${ticketId} `)) ?? null;
}

/**
 * What the form held, by field id. Every box submitted is read, not only those of the form the guide asks now: a
 * guide reloaded with another ticket-form.yml while a member was typing must not lose what they wrote. Ids are the
 * modal's own (at most five, dashed lowercase, never "lang"), each answer within its field's length.
 */
function readAnswers(i: ModalSubmitInteraction, form: readonly TicketField[]): TicketAnswers {
  const answers: TicketAnswers = {};
  for (const [id, raw] of [...i.fields.fields].slice(0, MAX_TICKET_FIELDS)) {
    if (!FIELD_ID.test(id) || id === 'lang') continue;
    const value = 'value' in raw && typeof raw.value === 'string' ? raw.value : '';
    const max = form.find((f) => f.id === id)?.maxLength ?? MAX_ANSWER_CHARS;
    // Secrets never reach the database: a pasted password or code is stored as [redacted].
    if (value.trim()) answers[id] = redactSecrets(cleanText(value)).slice(0, max);
  }
  return answers;
}
