import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  Routes,
  TextInputBuilder,
  TextInputStyle,
  type Client,
  type Interaction,
  type Message,
  type TextChannel,
} from 'discord.js';
import { connectClient } from '../emulator/client.js';
import { DiscordEmulator, type RecordedRequest } from '../emulator/index.js';

/**
 * A throwaway bot wired straight onto discord.js events, so these tests prove the emulator
 * speaks the protocol the real Client expects, independent of Stepwise's own code.
 */
function installBot(
  client: Client,
  log: { messages: Message[]; modalFields: Record<string, string>[]; errors: unknown[] },
  ticketsId: () => string,
) {
  client.on(Events.InteractionCreate, async (interaction: Interaction) => {
    try {
      if (interaction.isChatInputCommand()) {
        switch (interaction.commandName) {
          case 'ping':
            await interaction.reply({ content: 'pong', flags: MessageFlags.Ephemeral });
            return;
          case 'slow':
            await interaction.deferReply();
            await interaction.editReply({ content: 'done' });
            return;
          case 'panel':
            await interaction.reply({
              content: 'Need a human?',
              components: [
                new ActionRowBuilder<ButtonBuilder>().addComponents(
                  new ButtonBuilder().setCustomId('open-form').setLabel('Contact staff').setStyle(ButtonStyle.Primary),
                ),
              ],
            });
            return;
          case 'ticket': {
            const parent = (await client.channels.fetch(ticketsId())) as TextChannel;
            const thread = await parent.threads.create({
              name: `ticket-${interaction.user.username}`,
              type: ChannelType.PrivateThread,
              invitable: false,
            });
            await thread.members.add(interaction.user.id);
            await interaction.reply({
              content: `<#${thread.id}>`,
              flags: MessageFlags.Ephemeral,
              allowedMentions: { parse: [] },
            });
            return;
          }
          case 'double':
            await interaction.reply({ content: 'one' });
            // discord.js refuses a second reply client-side, so go around it to reach "Discord".
            await client.rest
              .post(Routes.interactionCallback(interaction.id, interaction.token), {
                body: { type: 4, data: { content: 'two' } },
                auth: false,
              })
              .catch((err: unknown) => log.errors.push(err));
            return;
        }
      }
      if (interaction.isButton() && interaction.customId === 'open-form') {
        await interaction.showModal(
          new ModalBuilder()
            .setCustomId('feedback')
            .setTitle('Tell us more')
            .addComponents(
              new ActionRowBuilder<TextInputBuilder>().addComponents(
                new TextInputBuilder()
                  .setCustomId('reason')
                  .setLabel('What happened?')
                  .setStyle(TextInputStyle.Paragraph),
              ),
            ),
        );
        return;
      }
      if (interaction.isModalSubmit() && interaction.customId === 'feedback') {
        log.modalFields.push({ reason: interaction.fields.getTextInputValue('reason') });
        await interaction.reply({
          content: `thanks: ${interaction.fields.getTextInputValue('reason')}`,
          flags: MessageFlags.Ephemeral,
        });
      }
    } catch (err) {
      log.errors.push(err);
    }
  });
  client.on(Events.MessageCreate, async (message) => {
    log.messages.push(message);
    if (message.author.bot) return;
    if (message.content === '!help') {
      await message.reply({ content: 'here to help', allowedMentions: { parse: [], repliedUser: false } });
    }
  });
}

describe('Discord emulator driven by a real discord.js Client', () => {
  let emu: DiscordEmulator;
  let client: Client<true>;
  const log = { messages: [] as Message[], modalFields: [] as Record<string, string>[], errors: [] as unknown[] };

  beforeAll(async () => {
    emu = await DiscordEmulator.start();
    client = await connectClient(
      emu,
      {},
      {
        setup: (c) => {
          installBot(c, log, () => emu.guild.channels.tickets);
        },
      },
    );
    await emu.connected();
  });

  afterAll(async () => {
    await client?.destroy();
    await emu?.stop();
  });

  const callbacksFor = (id: string): RecordedRequest[] =>
    emu.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));

  it('becomes ready and sees the guild, its channels and roles', () => {
    const guild = client.guilds.cache.get(emu.guild.id);
    expect(guild).toBeDefined();
    expect(guild?.channels.cache.get(emu.guild.channels.help)?.name).toBe('help');
    expect(guild?.channels.cache.get(emu.guild.channels.tickets)?.name).toBe('tickets');
    expect(guild?.roles.cache.get(emu.guild.roles.support)?.name).toBe('Support');
    expect(guild?.members.me?.permissions.has('ManageThreads')).toBe(true);
    expect(client.user.id).toBe(emu.botUser.id);
    expect(emu.identifies).toHaveLength(1);
    expect(emu.identifies[0]?.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent,
    );
    expect(emu.identifies[0]?.shard).toEqual([0, 1]);
  });

  it('delivers a slash command and records an ephemeral reply with flags 64', async () => {
    const i = emu.slashCommand({ name: 'ping', userId: emu.guild.users.member, channelId: emu.guild.channels.help });
    const cb = await i.callback();
    expect(cb.status).toBe(204);
    expect(cb.body).toEqual({
      type: 4,
      data: expect.objectContaining({ content: 'pong', flags: MessageFlags.Ephemeral }),
    });
    const original = await i.original();
    expect(original?.flags).toBe(MessageFlags.Ephemeral);
    expect(original?.interaction_metadata?.user.id).toBe(emu.guild.users.member);
  });

  it('updates @original on deferReply + editReply', async () => {
    const i = emu.slashCommand({ name: 'slow', userId: emu.guild.users.staff, channelId: emu.guild.channels.help });
    expect((await i.callback()).body).toMatchObject({ type: 5 });
    const original = await i.original((m) => m.content === 'done');
    expect(original!.flags & MessageFlags.Loading).toBe(0);
    const edit = await emu.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.endsWith(`/${i.token}/messages/@original`),
    );
    expect(edit.body).toMatchObject({ content: 'done' });
  });

  it('opens a modal from a button and receives the submitted fields', async () => {
    const panel = emu.slashCommand({
      name: 'panel',
      userId: emu.guild.users.member,
      channelId: emu.guild.channels.help,
    });
    const message = await panel.original((m) => m.components.length > 0);
    expect(message).toBeDefined();
    const click = emu.clickButton({
      customId: 'open-form',
      messageId: message!.id,
      userId: emu.guild.users.member,
      channelId: emu.guild.channels.help,
    });
    const modal = await click.callback();
    expect(modal.body).toMatchObject({ type: 9, data: { custom_id: 'feedback', title: 'Tell us more' } });

    const submit = emu.submitModal({
      customId: 'feedback',
      fields: { reason: 'it broke' },
      userId: emu.guild.users.member,
      channelId: emu.guild.channels.help,
    });
    expect((await submit.callback()).body).toMatchObject({ type: 4, data: { content: 'thanks: it broke' } });
    expect(log.modalFields).toContainEqual({ reason: 'it broke' });
  });

  it('passes MESSAGE_CREATE to messageCreate and records a reply with allowed_mentions', async () => {
    const sent = await emu.sendMessage({
      channelId: emu.guild.channels.help,
      authorId: emu.guild.users.member,
      content: '!help',
    });
    const reply = await sent.waitForReply();
    expect(reply.content).toBe('here to help');
    expect(reply.mentions).toEqual([]);
    const req = await emu.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${emu.guild.channels.help}/messages`,
    );
    expect(req.body).toMatchObject({
      content: 'here to help',
      allowed_mentions: { parse: [], replied_user: false },
      message_reference: { message_id: sent.id },
    });
    // The bot's own message comes back over the gateway like on Discord, and is ignored.
    await expect.poll(() => log.messages.some((m) => m.id === reply.id && m.author.id === emu.botUser.id)).toBe(true);
    expect(
      emu.messages(emu.guild.channels.help).filter((m) => m.message_reference?.message_id === sent.id),
    ).toHaveLength(1);
  });

  it('creates a private thread and adds the member', async () => {
    const i = emu.slashCommand({ name: 'ticket', userId: emu.guild.users.member, channelId: emu.guild.channels.help });
    await i.callback();
    const create = emu.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${emu.guild.channels.tickets}/threads`,
    );
    expect(create?.body).toMatchObject({ type: ChannelType.PrivateThread, invitable: false, name: 'ticket-member' });
    const thread = emu.threads.find((t) => t.name === 'ticket-member');
    expect(thread).toMatchObject({
      parentId: emu.guild.channels.tickets,
      type: ChannelType.PrivateThread,
      invitable: false,
      archived: false,
      locked: false,
    });
    expect(thread?.members).toEqual(expect.arrayContaining([emu.botUser.id, emu.guild.users.member]));
    expect(
      emu.requests.some(
        (r) =>
          r.method === 'PUT' &&
          r.path === `/channels/${thread?.id}/thread-members/${emu.guild.users.member}` &&
          r.status === 204,
      ),
    ).toBe(true);
    expect(client.channels.cache.get(thread!.id)?.type).toBe(ChannelType.PrivateThread);
  });

  it('rejects a second callback with 40060', async () => {
    const i = emu.slashCommand({
      name: 'double',
      userId: emu.guild.users.member,
      channelId: emu.guild.channels.general,
    });
    await emu.waitForRequest((r) => r.path.startsWith(`/interactions/${i.id}/`) && r.status === 400);
    await expect.poll(() => log.errors.length).toBeGreaterThan(0);
    expect(log.errors.at(-1)).toBeInstanceOf(DiscordAPIError);
    expect((log.errors.at(-1) as DiscordAPIError).code).toBe(40060);
    log.errors.length = 0;
  });

  it('retries an injected 429 and lands the reply exactly once', async () => {
    emu.failNext({
      method: 'POST',
      pathPattern: /^\/interactions\/\d+\/[^/]+\/callback$/,
      status: 429,
      retryAfter: 0.05,
    });
    const i = emu.slashCommand({ name: 'ping', userId: emu.guild.users.other, channelId: emu.guild.channels.help });
    const cb = await i.callback();
    expect(cb.status).toBe(204);
    expect(callbacksFor(i.id).map((r) => [r.status, r.injected])).toEqual([
      [429, true],
      [204, false],
    ]);
    expect(emu.messages(emu.guild.channels.help).filter((m) => m.interaction_metadata?.id === i.id)).toHaveLength(1);
    const [limited, retried] = callbacksFor(i.id);
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(40);
  });

  it('resumes after closeGateway(4000), replays what was missed and keeps answering', async () => {
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    emu.closeGateway(4000);
    // Dispatched while the client is away: buffered and replayed on RESUME.
    const missed = emu.slashCommand({
      name: 'ping',
      userId: emu.guild.users.member,
      channelId: emu.guild.channels.help,
    });
    await resumed;
    expect(emu.identifies).toHaveLength(1);
    expect(emu.resumes).toHaveLength(1);
    expect(emu.resumes[0]?.replayed).toBeGreaterThanOrEqual(1);
    expect((await missed.callback()).status).toBe(204);
    const later = emu.slashCommand({
      name: 'slow',
      userId: emu.guild.users.member,
      channelId: emu.guild.channels.help,
    });
    expect(await later.original((m) => m.content === 'done')).toBeDefined();
    expect(log.errors).toEqual([]);
  });
});

describe('Discord emulator with two shards', () => {
  it('routes each guild to its own shard', async () => {
    const emu = await DiscordEmulator.start({ shards: 2, guilds: 2 });
    // discord.js only follows the recommended shard count from /gateway/bot with shards: 'auto'.
    const client = await connectClient(emu, { shards: 'auto' });
    try {
      await emu.connected();
      expect(emu.identifies.map((i) => i.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      const [g0, g1] = emu.guilds;
      expect(client.guilds.cache.get(g0!.id)?.shardId).toBe(0);
      expect(client.guilds.cache.get(g1!.id)?.shardId).toBe(1);
      const seen: string[] = [];
      client.on(Events.InteractionCreate, async (i) => {
        if (!i.isChatInputCommand()) return;
        seen.push(`${i.guildId}@${i.guild?.shardId}`);
        await i.reply({ content: 'ok' });
      });
      const a = emu.slashCommand({ name: 'ping', userId: g1!.users.member, channelId: g1!.channels.help });
      expect((await a.callback()).status).toBe(204);
      expect(seen).toEqual([`${g1!.id}@1`]);
    } finally {
      await client.destroy();
      await emu.stop();
    }
  });
});
