import { PermissionFlagsBits as P } from 'discord.js';
import { afterAll, describe, expect, it } from 'vitest';
import { BOT_PERMISSIONS } from '../emulator/state.js';
import { DiscordEmulator } from '../emulator/index.js';
import { startStepwise, tempDir, useStepwise, type RunningBot } from './harness.js';

/** What an admin is told at start-up about settings that cannot work in their server (see setup-check.ts). */
describe('the setup check at start-up', () => {
  const sw = useStepwise();

  it('finds nothing wrong in a server set up as README says (input: the emulator guild with help, ticket channel and role)', () => {
    expect(sw.run.bot.setupProblems).toEqual([]);
  });

  const tmp = tempDir();
  let emu: DiscordEmulator | undefined;
  let run: RunningBot | undefined;
  afterAll(async () => {
    await run?.stop();
    await emu?.stop();
    tmp.cleanup();
  });

  it('names each setting that cannot work, and why (inputs: an id of no channel, a forum for transcripts, @everyone as staff, no Manage Threads)', async () => {
    emu = await DiscordEmulator.start({ botPermissions: BOT_PERMISSIONS & ~P.ManageThreads });
    const g = emu.guild;
    const nowhere = '123456789012345678';
    run = await startStepwise(emu, `${tmp.dir}/stepwise.db`, {
      HELP_CHANNEL_IDS: `${g.channels.help},${nowhere}`,
      TICKET_CHANNEL_ID: g.channels.tickets,
      TRANSCRIPT_CHANNEL_ID: g.channels.forum,
      SUPPORT_ROLE_ID: g.id,
    });
    expect(run.bot.setupProblems).toEqual([
      `HELP_CHANNEL_IDS ${nowhere}: no channel with this id in the servers the bot is in (is the bot invited to that server?).`,
      `TICKET_CHANNEL_ID ${g.channels.tickets} (#tickets): the bot lacks Manage Threads there.`,
      `TRANSCRIPT_CHANNEL_ID ${g.channels.forum} (#help-forum): needs to be a text channel.`,
      `SUPPORT_ROLE_ID ${g.id} is @everyone in Stepwise Test Guild: every member would be staff. Name the support team's role.`,
    ]);
    // The help channel that does exist is still served.
    const sent = await emu.sendMessage({
      channelId: g.channels.help,
      authorId: g.users.member,
      content: 'my account got locked after too many tries',
    });
    expect((await sent.waitForReply()).embeds[0]!.title).toBe(
      run.assistant.knowledge.byId.get('account-locked')!.title,
    );
  });
});
