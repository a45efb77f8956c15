import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n/messages.js';
import { buttons, data, useStepwise } from './harness.js';

/**
 * A forum channel as the help channel (one post per question), end to end against the emulator: the bot answers a
 * post from its title and first message, then leaves the conversation to people unless it is asked.
 */
const sw = useStepwise(undefined, {
  env: (emu) => ({ HELP_CHANNEL_IDS: `${emu.guild.channels.help},${emu.guild.channels.forum}` }),
});
const g = () => sw.emu.guild;
const title = (id: string) => sw.run.assistant.knowledge.byId.get(id)!.title;
const open = (postTitle: string, content: string) =>
  sw.emu.createForumPost({ forumId: g().channels.forum, authorId: g().users.member, title: postTitle, content });
const say = (threadId: string, content: string, authorId = g().users.member, extra = {}) =>
  sw.emu.sendMessage({ channelId: threadId, authorId, content, ...extra });
const outcome = (id: string) => sw.run.bot.messageOutcome(id);

describe('a forum channel as the help channel', () => {
  it('answers a post from its title and first message together (input: "Verification code never arrives" / "tried twice, nothing")', async () => {
    const post = await open('Verification code never arrives', 'tried twice already, nothing');
    const reply = await post.waitForReply();
    expect(reply.channel_id).toBe(post.id);
    expect(reply.embeds[0]!.title).toBe(title('verification-code'));
  });

  it("leaves the post's conversation to people, and answers there when mentioned (inputs: a helper's question, the author's reply, a mention)", async () => {
    const post = await open('Account locked', 'it says too many attempts');
    await post.waitForReply();
    expect(await outcome((await say(post.id, 'did you wait the 30 minutes?', g().users.other)).id)).toBe('not-for-me');
    expect(await outcome((await say(post.id, 'yes and it is still locked, what else can i try')).id)).toBe(
      'not-for-me',
    );
    const mention = `<@${sw.emu.botUser.id}>`;
    const asked = await say(post.id, `${mention} how do i turn on 2fa`, g().users.other, {
      mentions: [sw.emu.botUser.id],
    });
    expect((await asked.waitForReply()).embeds[0]!.title).toBe(title('two-factor'));
  });

  it('asks what is wrong when a post names nothing, then reads the author\'s answer with the title (inputs: "Help" / "can someone help me?", then the details)', async () => {
    const post = await open('Help', 'can someone help me?');
    expect((await post.waitForReply()).content).toBe(t('en', 'clarify.text'));
    // Someone else talking meanwhile is not the answer the bot waits for.
    expect(await outcome((await say(post.id, 'same problem here lol', g().users.other)).id)).toBe('not-for-me');
    const details = await say(post.id, 'my account got locked after too many tries');
    expect((await details.waitForReply()).embeds[0]!.title).toBe(title('account-locked'));
    // Answered: what the author says next is conversation again.
    expect(await outcome((await say(post.id, 'thanks, waiting it out now')).id)).toBe('not-for-me');
  });

  it('tags the post "✅ Solved" when its author presses "This solved it", and not for someone else (inputs: both presses)', async () => {
    const post = await open('Verification code never arrives', 'checked spam too');
    const reply = await post.waitForReply();
    const solved = buttons(reply.components).find((b) => b.custom_id.startsWith('sw:solved:'))!;
    const press = (userId: string) =>
      sw.emu.clickButton({ customId: solved.custom_id, messageId: reply.id, userId, channelId: post.id }).callback();
    const tag = (name: string) => sw.emu.forumTags(g().channels.forum).find((t) => t.name === name)!.id;
    const tags = () => sw.emu.threads.find((th) => th.id === post.id)!.appliedTags ?? [];

    expect(data(await press(g().users.other)).content).toBe(t('en', 'solved.thanks'));
    expect(tags()).toEqual([]);
    expect(data(await press(g().users.member)).content).toBe(t('en', 'solved.thanksPost'));
    expect(tags()).toEqual([tag('✅ Solved')]);
  });
});
