import { ApplicationCommandOptionType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { t } from '../../core/i18n/messages.js';
import { transcriptFileName } from '../../core/tickets/transcript.js';
import { NO_PINGS } from '../replies.js';
import { queueText } from '../tickets/ticket-queue.js';
import { GUILD_ONLY } from './command-data.js';
import type { CommandFeature } from './feature.js';

const EPHEMERAL = MessageFlags.Ephemeral;

/**
 * /tickets — staff actions on tickets, apart from the members' /ticket: the queue of open tickets, add or remove
 * someone in the ticket thread this is run in, and fetch a closed ticket's transcript again.
 */
export const tickets: CommandFeature = {
  name: 'tickets',
  access: 'staff',
  denied: 'denied.staff',
  data: () => ({
    description: 'Staff: the open tickets, people in a ticket, transcripts',
    ...GUILD_ONLY,
    default_member_permissions: PermissionFlagsBits.ManageThreads.toString(),
    options: [
      {
        name: 'queue',
        description: 'The open tickets of this server, oldest first',
        type: ApplicationCommandOptionType.Subcommand,
      },
      {
        name: 'add',
        description: 'Add someone to this ticket thread',
        type: ApplicationCommandOptionType.Subcommand,
        options: [{ name: 'user', description: 'Who to add', type: ApplicationCommandOptionType.User, required: true }],
      },
      {
        name: 'remove',
        description: 'Remove someone from this ticket thread',
        type: ApplicationCommandOptionType.Subcommand,
        options: [
          { name: 'user', description: 'Who to remove', type: ApplicationCommandOptionType.User, required: true },
        ],
      },
      {
        name: 'transcript',
        description: "A closed ticket's transcript",
        type: ApplicationCommandOptionType.Subcommand,
        options: [
          {
            name: 'number',
            description: 'The ticket number',
            type: ApplicationCommandOptionType.Integer,
            required: true,
            min_value: 1,
          },
        ],
      },
    ],
  }),
  async run(ctx, i) {
    const sub = i.options.getSubcommand();
    if (sub === 'queue') {
      const open = i.guildId ? await ctx.store.openTickets(i.guildId) : [];
      await i.reply({ content: queueText(open, ctx.now(), i.locale), flags: EPHEMERAL, allowedMentions: NO_PINGS });
      return;
    }
    if (sub === 'transcript') {
      const number = i.options.getInteger('number', true);
      const ticket = await ctx.store.getTicket(number);
      const stored = ticket && ticket.guildId === i.guildId ? await ctx.store.getTranscript(number) : null;
      if (!stored) {
        await i.reply({
          content: t(i.locale, 'staff.tickets.noTranscript', { id: number }),
          flags: EPHEMERAL,
        });
        return;
      }
      await i.reply({
        files: [{ attachment: Buffer.from(stored.html), name: transcriptFileName(number) }],
        flags: EPHEMERAL,
      });
      return;
    }
    const ticket = await ctx.store.getTicketByThread(i.channelId);
    const thread = i.channel?.isThread() ? i.channel : null;
    if (!ticket || !thread) {
      await i.reply({ content: t(i.locale, 'staff.tickets.notInThread'), flags: EPHEMERAL });
      return;
    }
    const user = i.options.getUser('user', true);
    if (sub === 'add') {
      await thread.members.add(user.id);
      await i.reply({
        // Said in the thread, to everyone in it: in the server's language, as the ticket's summary is.
        content: t(i.guildLocale, 'staff.tickets.added', {
          user: `<@${user.id}>`,
          id: ticket.id,
          who: `<@${i.user.id}>`,
        }),
        allowedMentions: NO_PINGS,
      });
    } else {
      if (user.id === ticket.userId) {
        await i.reply({ content: t(i.locale, 'staff.tickets.memberStays'), flags: EPHEMERAL });
        return;
      }
      await thread.members.remove(user.id);
      await i.reply({
        content: t(i.guildLocale, 'staff.tickets.removed', { user: `<@${user.id}>`, id: ticket.id }),
        allowedMentions: NO_PINGS,
      });
    }
  },
};
