import type { Message, ThreadChannel } from 'discord.js';
import { LIMITS, truncate } from '../../core/render/discord-limits.js';
import { escapeUserText } from '../../core/render/escape.js';
import {
  formatDuration,
  renderTranscriptHtml,
  transcriptFileName,
  type TranscriptMessage,
} from '../../core/tickets/transcript.js';
import type { StoredTranscript, Ticket } from '../../store/store.js';
import type { BotContext } from '../context.js';
import { channelForServer, ticketThread } from './ticket-channels.js';
import { NO_PINGS } from '../replies.js';
import { t } from '../../core/i18n/messages.js';

/** At most this many messages go into a transcript (the newest kept): a runaway thread still closes. */
const MAX_MESSAGES = 2_000;
/** How far back start-up looks for closed tickets whose transcript a crash interrupted. */
const RESUME_WINDOW_MS = 7 * 24 * 3_600_000;

/** The thread's messages, oldest first, as the transcript shows them. */
async function threadMessages(ctx: BotContext, ticket: Ticket, thread: ThreadChannel): Promise<TranscriptMessage[]> {
  const all: Message[] = [];
  let before: string | undefined;
  while (all.length < MAX_MESSAGES) {
    const page = await thread.messages.fetch({ limit: 100, ...(before ? { before } : {}) });
    if (page.size === 0) break;
    all.push(...page.values());
    before = page.last()?.id;
    if (page.size < 100) break;
  }
  const me = ctx.client.user?.id;
  return all
    .sort((a, b) => a.createdTimestamp - b.createdTimestamp)
    .map((m) => ({
      authorName: m.member?.displayName ?? m.author.globalName ?? m.author.username,
      authorIsStaff: !m.author.bot && m.author.id !== ticket.userId,
      authorIsBot: m.author.bot || m.author.id === me,
      at: m.createdTimestamp,
      text: m.content,
      attachments: [...m.attachments.values()].map((a) => ({ name: a.name, url: a.url })),
      embeds: m.embeds.map((e) => ({
        ...(e.title ? { title: e.title } : {}),
        ...(e.description ? { description: e.description } : {}),
        fields: e.fields.map((f) => ({ name: f.name, value: f.value })),
      })),
    }));
}

const nameOf = async (ctx: BotContext, guildId: string, userId: string | null): Promise<string | null> => {
  if (!userId) return null;
  const guild = ctx.client.guilds.cache.get(guildId);
  const member = await guild?.members.fetch(userId).catch(() => null);
  return member?.displayName ?? (await ctx.client.users.fetch(userId).catch(() => null))?.username ?? `user ${userId}`;
};

/**
 * Read the closed ticket's thread and keep its transcript, once: a second close, a retry or a resume after
 * a crash finds it already kept. Returns the stored transcript (new or earlier).
 */
export async function keepTranscript(
  ctx: BotContext,
  ticket: Ticket,
  thread: ThreadChannel,
): Promise<StoredTranscript | null> {
  const earlier = await ctx.store.getTranscript(ticket.id);
  if (earlier) return earlier;
  const html = renderTranscriptHtml({
    ticketNumber: ticket.id,
    guildName: thread.guild.name,
    memberName: (await nameOf(ctx, ticket.guildId, ticket.userId)) ?? 'member',
    claimedByName: await nameOf(ctx, ticket.guildId, ticket.claimedBy),
    openedAt: ticket.createdAt,
    closedAt: ticket.closedAt ?? Date.now(),
    closeReason: ticket.closeReason,
    rating: ticket.rating,
    messages: await threadMessages(ctx, ticket, thread),
    // The staff's archive, in the staff's language (as the thread's summary is).
    lang: thread.guild.preferredLocale,
  });
  await ctx.store.saveTranscript(ticket.id, html);
  return ctx.store.getTranscript(ticket.id);
}

/**
 * Post a kept transcript to the staff's transcript channel (and, with TRANSCRIPT_TO_MEMBER, to the member by
 * DM), then mark it posted. After a crash between posting and marking, the channel is checked first, so a
 * ticket never gets two transcripts there.
 */
export async function postTranscript(ctx: BotContext, ticket: Ticket, stored: StoredTranscript): Promise<void> {
  if (stored.postedAt !== null) return;
  const name = transcriptFileName(ticket.id);
  const channel = await channelForServer(ctx, ctx.config.TRANSCRIPT_CHANNEL_ID, ticket.guildId);
  if (channel) {
    const recent = await channel.messages.fetch({ limit: 50 }).catch(() => null);
    const already = recent?.some(
      (m) => m.author.id === ctx.client.user?.id && m.attachments.some((a) => a.name === name),
    );
    if (!already) {
      await channel.send({
        embeds: [transcriptEmbed(ticket, channel.guild.preferredLocale)],
        files: [{ attachment: Buffer.from(stored.html), name }],
        allowedMentions: NO_PINGS,
      });
    }
  }
  await ctx.store.markTranscriptPosted(ticket.id);
  if (ctx.config.TRANSCRIPT_TO_MEMBER) {
    // A member with DMs closed simply does not get a copy: not an error.
    const user = await ctx.client.users.fetch(ticket.userId).catch(() => null);
    await user
      ?.send({
        content: t(ticket.answers.lang, 'ticket.transcriptDm', { id: ticket.id }),
        files: [{ attachment: Buffer.from(stored.html), name }],
      })
      .catch((err: unknown) =>
        ctx.log.info({ ticket: ticket.id, code: (err as { code?: unknown }).code }, 'could not DM the transcript'),
      );
  }
}

/** The summary beside a transcript, for staff in the server's language: number, member, claimer, how long it was open, reason, rating. */
function transcriptEmbed(ticket: Ticket, staffLang?: string) {
  const open = (ticket.closedAt ?? Date.now()) - ticket.createdAt;
  return {
    title: t(staffLang, 'staff.transcript.title', { id: ticket.id }),
    color: 0x64748b,
    fields: [
      { name: t(staffLang, 'staff.transcript.member'), value: `<@${ticket.userId}>`, inline: true },
      {
        name: t(staffLang, 'staff.transcript.claimedBy'),
        value: ticket.claimedBy ? `<@${ticket.claimedBy}>` : '—',
        inline: true,
      },
      {
        name: t(staffLang, 'staff.transcript.openFor'),
        value: formatDuration(open, staffLang),
        inline: true,
      },
      {
        name: t(staffLang, 'staff.transcript.closeReason'),
        value: truncate(escapeUserText(ticket.closeReason ?? '—'), LIMITS.fieldValue),
      },
      ...(ticket.rating
        ? [
            {
              name: t(staffLang, 'staff.transcript.rating'),
              value: `${'★'.repeat(ticket.rating)}${'☆'.repeat(5 - ticket.rating)}`,
              inline: true,
            },
          ]
        : []),
    ],
    timestamp: new Date(ticket.closedAt ?? Date.now()).toISOString(),
  };
}

/** Start-up: closed tickets whose transcript a crash interrupted get it now; kept ones not yet posted are posted. */
export async function resumeTranscripts(ctx: BotContext, owns: (guildId: string) => boolean): Promise<void> {
  // Only recent closes: a database from before transcripts existed is not transcribed wholesale at start-up.
  const since = Date.now() - RESUME_WINDOW_MS;
  const pending = (await ctx.store.closedWithoutTranscript()).filter(
    (t) => owns(t.guildId) && (t.closedAt ?? 0) > since,
  );
  for (const ticket of pending) {
    const thread = await ticketThread(ctx, ticket);
    if (!thread) continue;
    await keepTranscript(ctx, ticket, thread);
    // The close was cut short before the thread was archived: finish that too.
    if (!thread.archived || !thread.locked) {
      await thread.edit({ archived: true, locked: true, reason: `Ticket #${ticket.id} closed` });
    }
  }
  for (const stored of await ctx.store.unpostedTranscripts()) {
    const ticket = await ctx.store.getTicket(stored.ticketId);
    if (ticket && owns(ticket.guildId)) await postTranscript(ctx, ticket, stored);
  }
}
