import { ChannelType, GatewayIntentBits } from 'discord.js';
import type { Gateway, GatewaySession } from './gateway.js';
import {
  channelPayload,
  isEphemeral,
  memberPayload,
  messageDispatchPayload,
  threadMemberPayload,
  threadPayload,
  withoutContent,
} from './payloads.js';
import type { EmuChannel, EmuThread, EmulatorState, Json, StoredMessage } from './state.js';

/** Turns state changes into the gateway events Discord would send for them. */
export class Events {
  constructor(
    private readonly state: EmulatorState,
    private readonly gateway: Gateway,
  ) {}

  private messageScope(m: StoredMessage) {
    const dm = !m.guild_id;
    const botId = this.state.botUser.id;
    return {
      ...(m.guild_id ? { guildId: m.guild_id } : {}),
      intent: dm ? GatewayIntentBits.DirectMessages : GatewayIntentBits.GuildMessages,
      // Without MessageContent Discord still shows content of DMs, the bot's own messages and
      // messages that mention it; everything else arrives blank.
      transform: (d: Json, s: GatewaySession) =>
        dm ||
        (s.intents & GatewayIntentBits.MessageContent) !== 0 ||
        m.author.id === botId ||
        m.mentions.some((u) => u.id === botId)
          ? d
          : withoutContent(d),
    };
  }

  messageCreate(m: StoredMessage): void {
    // Ephemeral messages exist only for the user who saw them; Discord never dispatches them.
    if (isEphemeral(m)) return;
    this.gateway.dispatch('MESSAGE_CREATE', messageDispatchPayload(this.state, m), this.messageScope(m));
  }

  messageUpdate(m: StoredMessage): void {
    if (isEphemeral(m)) return;
    this.gateway.dispatch('MESSAGE_UPDATE', messageDispatchPayload(this.state, m), this.messageScope(m));
  }

  messageDelete(m: StoredMessage): void {
    if (isEphemeral(m)) return;
    const { transform: _t, ...scope } = this.messageScope(m);
    this.gateway.dispatch(
      'MESSAGE_DELETE',
      { id: m.id, channel_id: m.channel_id, ...(m.guild_id ? { guild_id: m.guild_id } : {}) },
      scope,
    );
  }

  reactionAdd(m: StoredMessage, userId: string, emoji: Json): void {
    const guildScope = m.guild_id ? { guildId: m.guild_id } : {};
    this.gateway.dispatch(
      'MESSAGE_REACTION_ADD',
      {
        user_id: userId,
        channel_id: m.channel_id,
        message_id: m.id,
        emoji,
        burst: false,
        type: 0,
        message_author_id: m.author.id,
        ...(m.guild_id ? { guild_id: m.guild_id } : {}),
      },
      {
        ...guildScope,
        intent: m.guild_id ? GatewayIntentBits.GuildMessageReactions : GatewayIntentBits.DirectMessageReactions,
      },
    );
  }

  channelUpdate(ch: EmuChannel): void {
    if (!ch.guildId) return;
    this.gateway.dispatch('CHANNEL_UPDATE', channelPayload(ch, this.state), {
      guildId: ch.guildId,
      intent: GatewayIntentBits.Guilds,
    });
  }

  channelDelete(ch: EmuChannel): void {
    if (!ch.guildId) return;
    this.gateway.dispatch('CHANNEL_DELETE', channelPayload(ch, this.state), {
      guildId: ch.guildId,
      intent: GatewayIntentBits.Guilds,
    });
  }

  threadCreate(t: EmuThread): void {
    this.gateway.dispatch(
      'THREAD_CREATE',
      { ...threadPayload(t, this.state.botUser.id), newly_created: true },
      { guildId: t.guildId, intent: GatewayIntentBits.Guilds },
    );
  }

  threadUpdate(t: EmuThread): void {
    this.gateway.dispatch('THREAD_UPDATE', threadPayload(t), { guildId: t.guildId, intent: GatewayIntentBits.Guilds });
  }

  threadDelete(t: EmuThread): void {
    this.gateway.dispatch(
      'THREAD_DELETE',
      { id: t.id, guild_id: t.guildId, parent_id: t.parentId, type: t.type },
      { guildId: t.guildId, intent: GatewayIntentBits.Guilds },
    );
  }

  threadMembers(t: EmuThread, added: string[], removed: string[]): void {
    if (added.length === 0 && removed.length === 0) return;
    const botId = this.state.botUser.id;
    const guild = this.state.guild(t.guildId);
    this.gateway.dispatch('THREAD_MEMBERS_UPDATE', null, {
      guildId: t.guildId,
      intent: GatewayIntentBits.Guilds,
      // Without GuildMembers Discord only reports the bot's own joins and leaves.
      transform: (_d, s) => {
        const all = (s.intents & GatewayIntentBits.GuildMembers) !== 0;
        const add = all ? added : added.filter((id) => id === botId);
        const rem = all ? removed : removed.filter((id) => id === botId);
        if (add.length === 0 && rem.length === 0) return null;
        return {
          id: t.id,
          guild_id: t.guildId,
          member_count: Math.min(t.members.length, 50),
          ...(add.length
            ? {
                added_members: add.map((uid) => {
                  const m = guild?.members.get(uid);
                  return {
                    ...threadMemberPayload(t, uid),
                    ...(m ? { member: memberPayload(this.state, m), presence: null } : {}),
                  };
                }),
              }
            : {}),
          ...(rem.length ? { removed_member_ids: rem } : {}),
        };
      },
    });
  }

  /** Adds users to a thread and reports it; returns who was actually new. */
  addThreadMembers(t: EmuThread, userIds: string[]): string[] {
    const fresh = [...new Set(userIds)].filter((id) => !t.members.includes(id));
    const now = new Date().toISOString();
    for (const id of fresh) {
      t.members.push(id);
      t.memberJoinedAt[id] = now;
    }
    this.threadMembers(t, fresh, []);
    return fresh;
  }

  isPrivateThread(t: EmuThread): boolean {
    return t.type === ChannelType.PrivateThread;
  }
}
