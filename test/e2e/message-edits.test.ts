import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDIT_WINDOW_MS } from '../../src/discord/read-messages.js';
import { DiscordEmulator } from '../emulator/index.js';
import { startStepwise, tempDir, type RunningBot } from './harness.js';

/**
 * A member edits or deletes a message the bot replied to, end to end against the emulator: the reply follows the
 * new words, or goes with the message. The bot's clock is the test's, so the edit window can be passed.
 */
let emu: DiscordEmulator;
let run: RunningBot;
const tmp = tempDir();
let clock = Date.parse('2026-12-01T10:00:00Z');
const g = () => emu.guild;

beforeAll(async () => {
  emu = await DiscordEmulator.start();
  run = await startStepwise(emu, `${tmp.dir}/stepwise.db`, {}, 'knowledge', { now: () => clock });
});
afterAll(async () => {
  await run?.stop();
  await emu?.stop();
  tmp.cleanup();
});

const post = (content: string, channelId = g().channels.help, extra = {}) =>
  emu.sendMessage({ channelId, authorId: g().users.other, content, ...extra });
/** The bot's reply to a message, as the channel holds it now (undefined once deleted). */
const replyTo = (id: string, channelId = g().channels.help) =>
  emu.messages(channelId).find((m) => m.message_reference?.message_id === id);
/** A member edits their message; resolves with what the bot did about the edit. */
const edit = (id: string, content: string) => {
  const edited = emu.editMessage(id, content);
  return run.bot.messageOutcome(id, 5_000, { editedAt: Date.parse(edited.edited_timestamp!) });
};
const title = (id: string) => run.assistant.knowledge.byId.get(id)!.title;

describe('a member edits a question the bot replied to', () => {
  it('the reply is edited in place (input: "my account got locked" -> "my verification code never arrived")', async () => {
    const sent = await post('my account got locked after too many tries');
    const reply = await sent.waitForReply();
    expect(reply.embeds[0]!.title).toBe(title('account-locked'));
    expect(await edit(sent.id, 'my verification code never arrived')).toBe('updated');
    const now = replyTo(sent.id)!;
    expect(now.id).toBe(reply.id);
    expect(now.embeds[0]!.title).toBe(title('verification-code'));
    expect(emu.messages(g().channels.help).filter((m) => m.message_reference?.message_id === sent.id)).toHaveLength(1);
  });

  it('an edit that changes nothing the bot would say leaves the reply alone (input: a typo fixed)', async () => {
    const sent = await post('my acount got locked after too many tries');
    const reply = await sent.waitForReply();
    expect(await edit(sent.id, 'my account got locked after too many tries')).toBe('unchanged');
    expect(replyTo(sent.id)!.edited_timestamp ?? null).toBeNull();
    expect(replyTo(sent.id)!.embeds[0]!.title).toBe(reply.embeds[0]!.title);
  });

  it('small talk edited into a question is answered, and the answer goes when it is edited into thanks (inputs: "hi all", "hi all, how do i reset my password", "nvm got it, thanks!")', async () => {
    const sent = await post('hi all');
    expect(await run.bot.messageOutcome(sent.id)).toBe('silent');
    expect(await edit(sent.id, 'hi all, how do i reset my password')).toBe('replied');
    expect(replyTo(sent.id)!.embeds[0]!.title).toBe(title('reset-password'));
    expect(await edit(sent.id, 'nvm got it, thanks!')).toBe('withdrawn');
    expect(replyTo(sent.id)).toBeUndefined();
  });

  it("dropping the bot's mention outside the help channels takes the question back (input: the mention edited out)", async () => {
    const mention = `<@${emu.botUser.id}>`;
    const sent = await post(`${mention} how do i turn on 2fa`, g().channels.general, { mentions: [emu.botUser.id] });
    await sent.waitForReply();
    expect(await edit(sent.id, 'how do i turn on 2fa')).toBe('withdrawn');
    expect(replyTo(sent.id, g().channels.general)).toBeUndefined();
  });

  it('an edit made after the edit window leaves the reply as it was (input: a new question 16 minutes on)', async () => {
    const sent = await post('my account got locked after too many tries');
    const reply = await sent.waitForReply();
    clock += EDIT_WINDOW_MS + 60_000;
    expect(await edit(sent.id, 'my verification code never arrived')).toBe('late');
    expect(replyTo(sent.id)!.embeds[0]!.title).toBe(reply.embeds[0]!.title);
  });
});

describe('a member deletes a question the bot replied to', () => {
  it('the reply is deleted too (input: a pasted password, deleted as the warning asks)', async () => {
    const sent = await post('my password is Tr0ub4dor&3 and it still says wrong password');
    const warning = await sent.waitForReply();
    expect(warning.content).toMatch(/delete it/i);
    emu.deleteMessage(sent.id);
    expect(await run.bot.messageOutcome(sent.id, 5_000, 'deleted')).toBe('withdrawn');
    expect(emu.message(warning.id)).toBeUndefined();
  });

  it('a reply a moderator already deleted is no error, and a message never replied to needs nothing (input: both)', async () => {
    const sent = await post('my verification code never arrived');
    const reply = await sent.waitForReply();
    emu.deleteMessage(reply.id);
    emu.deleteMessage(sent.id);
    expect(await run.bot.messageOutcome(sent.id, 5_000, 'deleted')).toBe('withdrawn');
    const chat = await post('hi all');
    expect(await run.bot.messageOutcome(chat.id)).toBe('silent');
    emu.deleteMessage(chat.id);
    expect(await run.bot.messageOutcome(chat.id, 5_000, 'deleted')).toBe('unchanged');
  });
});
