import { ChannelType, type Client, PermissionFlagsBits as P, PermissionsBitField } from 'discord.js';
import type { Config } from '../app/config.js';

/** What a configured channel must be, and what the bot must be allowed to do there. */
interface Need {
  /** The channel types that work, and how to name them to the admin. */
  types: readonly ChannelType[];
  kind: string;
  permissions: readonly bigint[];
}

const READ_AND_ANSWER = [P.ViewChannel, P.SendMessages, P.SendMessagesInThreads, P.ReadMessageHistory, P.EmbedLinks];

/** Per setting: the permissions README "Running it in Discord" asks for, where each is used. */
const NEEDS = {
  HELP_CHANNEL_IDS: {
    types: [ChannelType.GuildText, ChannelType.GuildForum, ChannelType.GuildAnnouncement],
    kind: 'a text or forum channel',
    permissions: READ_AND_ANSWER,
  },
  TICKET_CHANNEL_ID: {
    types: [ChannelType.GuildText],
    kind: 'a text channel (tickets are its private threads)',
    permissions: [...READ_AND_ANSWER, P.CreatePrivateThreads, P.ManageThreads],
  },
  TRANSCRIPT_CHANNEL_ID: {
    types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
    kind: 'a text channel',
    permissions: [P.ViewChannel, P.SendMessages, P.EmbedLinks, P.AttachFiles],
  },
  STAFF_LOG_CHANNEL_ID: {
    types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
    kind: 'a text channel',
    permissions: [P.ViewChannel, P.SendMessages],
  },
} satisfies Record<string, Need>;

/** "Create Private Threads" for the flag, as Discord's settings name it. */
const permissionName = (flag: bigint): string =>
  (new PermissionsBitField(flag).toArray()[0] ?? String(flag)).replace(/([a-z])([A-Z])/g, '$1 $2');

/**
 * What in the configuration will not work in the servers the bot is in, one sentence each for the admin: a channel id
 * no server has, a channel of the wrong kind, a permission the bot lacks there, a support role that is no server's
 * role or is @everyone. Read from discord.js's cache once the bot is ready; an empty list means all is in place. A
 * sharded bot sees its own servers only, so an id it cannot find is left to the shard that can.
 */
export function setupProblems(client: Client, config: Config): string[] {
  const problems: string[] = [];
  const me = client.user;
  if (!me) return problems;
  const sharded = client.shard !== null;
  for (const [setting, need] of Object.entries(NEEDS) as Array<[keyof typeof NEEDS, Need]>) {
    const value = config[setting];
    const ids = value === undefined ? [] : Array.isArray(value) ? value : [value];
    for (const id of ids) {
      const channel = client.channels.cache.get(id);
      if (!channel) {
        if (!sharded)
          problems.push(
            `${setting} ${id}: no channel with this id in the servers the bot is in (is the bot invited to that server?).`,
          );
        continue;
      }
      if (channel.isDMBased()) {
        problems.push(`${setting} ${id}: this is a direct message, not ${need.kind}.`);
        continue;
      }
      const name = `${setting} ${id} (#${channel.name})`;
      if (!need.types.includes(channel.type)) {
        problems.push(`${name}: needs to be ${need.kind}.`);
        continue;
      }
      const allowed = channel.permissionsFor(me);
      const missing = need.permissions.filter((p) => !allowed?.has(p));
      if (missing.length > 0) problems.push(`${name}: the bot lacks ${missing.map(permissionName).join(', ')} there.`);
    }
  }
  for (const id of config.SUPPORT_ROLE_ID) {
    const guild = client.guilds.cache.find((g) => g.roles.cache.has(id));
    if (!guild) {
      if (!sharded) problems.push(`SUPPORT_ROLE_ID ${id}: no role with this id in the servers the bot is in.`);
    } else if (id === guild.id)
      problems.push(
        `SUPPORT_ROLE_ID ${id} is @everyone in ${guild.name}: every member would be staff. Name the support team's role.`,
      );
  }
  return problems;
}
