import { describe, expect, it } from 'vitest';
import { confirmedEvalLines } from '../../src/core/learn/insights.js';
import { t } from '../../src/core/i18n/messages.js';
import { buttons, data, openTicket, useStepwise } from './harness.js';

/**
 * "Answer from the guide" (right-click a member's message → Apps), end to end against the emulator: staff pick a
 * topic, and the bot posts it in reply to the member.
 */
const sw = useStepwise();
const g = () => sw.emu.guild;
const NAME = 'Answer from the guide';

/** A member's message in #general, where the bot does not answer free text. */
const memberSays = async (content: string, extra = {}) => {
  const sent = await sw.emu.sendMessage({
    channelId: g().channels.general,
    authorId: g().users.member,
    content,
    ...extra,
  });
  expect(await sw.run.bot.messageOutcome(sent.id)).toBe('not-for-me');
  return sent;
};
/** Staff (or whoever `userId` is) use the command on a message: the ephemeral reply and its stored message. */
const use = async (messageId: string, userId = g().users.staff) => {
  const i = sw.emu.messageCommand({ name: NAME, messageId, userId, channelId: g().channels.general });
  const reply = data(await i.callback());
  return { reply, shown: (await i.original())! };
};
const click = (customId: string, messageId: string, userId = g().users.staff, channelId = g().channels.general) =>
  sw.emu.clickButton({ customId, messageId, userId, channelId });
const title = (id: string) => sw.run.assistant.knowledge.byId.get(id)!.title;

describe('Answer from the guide', () => {
  it('is registered as a message command, named in every shipped language, hidden from members by default', () => {
    const cmd = (sw.emu.commands.guild[g().id] ?? []).find((c: any) => c.type === 3);
    expect(cmd).toMatchObject({ name: NAME, default_member_permissions: expect.any(String) });
    expect(cmd.name_localizations.de).toBe(t('de', 'menu.answerFromGuide'));
    for (const name of Object.values(cmd.name_localizations as Record<string, string>))
      expect(name.length).toBeLessThanOrEqual(32);
  });

  it('posts the topic staff pick in reply to the member, pinging only them (input: "my verification code never arrived" in #general)', async () => {
    const sent = await memberSays('my verification code never arrived');
    const { reply, shown } = await use(sent.id);
    expect(reply.flags & 64).toBe(64);
    expect(reply.content).toContain(`<@${g().users.member}>`);
    const labels = buttons(reply.components).map((b) => b.label);
    expect(labels[0]).toBe(title('verification-code'));
    expect(labels.at(-1)).toBe(t('en', 'staff.answer.ticket'));
    expect(labels.length).toBeLessThanOrEqual(4);

    const picked = click(buttons(reply.components)[0]!.custom_id, shown.id);
    const done = data(await picked.callback());
    expect(done.content).toBe(
      t('en', 'staff.answer.posted', { title: title('verification-code'), member: `<@${g().users.member}>` }),
    );
    expect(done.components).toEqual([]);

    const posted = sw.emu.messages(g().channels.general).find((m) => m.message_reference?.message_id === sent.id)!;
    expect(posted.embeds[0]!.title).toBe(title('verification-code'));
    expect(posted.content).toBe(t('en', 'staff.answer.pickedBy', { staff: `<@${g().users.staff}>` }));
    expect((posted as any).allowed_mentions).toMatchObject({ parse: [], replied_user: true });
    // The member confirms: their own words are labelled with the topic staff picked, ready for examples.jsonl.
    const solved = buttons(posted.components).find((b) => b.custom_id.startsWith('sw:solved:verification-code'))!;
    await click(solved.custom_id, posted.id, g().users.member).callback();
    const lines = confirmedEvalLines(await sw.run.store.questionsSince(0), await sw.run.store.feedbackSince(0));
    expect(lines).toContainEqual({ q: 'my verification code never arrived', expect: ['verification-code'], cat: 'in' });
  });

  it('a question the bot already read in a help channel is recorded once, and the pick labels it (input: "password", then staff pick)', async () => {
    const sent = await sw.emu.sendMessage({
      channelId: g().channels.help,
      authorId: g().users.member,
      content: 'password',
    });
    await sent.waitForReply();
    const i = sw.emu.messageCommand({
      name: NAME,
      messageId: sent.id,
      userId: g().users.staff,
      channelId: g().channels.help,
    });
    const reply = data(await i.callback());
    const pick = buttons(reply.components)[0]!;
    const help = g().channels.help;
    await click(pick.custom_id, (await i.original())!.id, g().users.staff, help).callback();
    const posted = sw.emu
      .messages(g().channels.help)
      .find((m) => m.message_reference?.message_id === sent.id && m.content.includes(`<@${g().users.staff}>`))!;
    const solved = buttons(posted.components).find((b) => b.custom_id.startsWith('sw:solved:'))!;
    await click(solved.custom_id, posted.id, g().users.member, help).callback();
    const questions = await sw.run.store.questionsSince(0);
    expect(questions.filter((q) => q.question === 'password')).toHaveLength(1);
    const topicId = solved.custom_id.split(':')[2]!.split('.')[0]!;
    expect(confirmedEvalLines(questions, await sw.run.store.feedbackSince(0))).toContainEqual({
      q: 'password',
      expect: [topicId],
      cat: 'in',
    });
  });

  it('posts the ticket form in the member\'s language, and the form keeps their words (input: "no me llega el código de verificación")', async () => {
    const words = 'no me llega el código de verificación';
    const sent = await memberSays(words);
    const { reply, shown } = await use(sent.id);
    const form = buttons(reply.components).find((b) => b.label === t('en', 'staff.answer.ticket'))!;
    await click(form.custom_id, shown.id).callback();
    const posted = sw.emu.messages(g().channels.general).find((m) => m.message_reference?.message_id === sent.id)!;
    expect(posted.embeds[0]!.title).toBe(t('es-ES', 'escalate.title'));
    expect(posted.content).toBe(t('es-ES', 'staff.answer.pickedBy', { staff: `<@${g().users.staff}>` }));
    const open = buttons(posted.components).find((b) => b.custom_id.startsWith('sw:ticket:'))!;
    const modal = (await click(open.custom_id, posted.id, g().users.member).callback()).body as any;
    expect(modal.type).toBe(9);
    expect(modal.data.components.flatMap((r: any) => r.components ?? [r.component])[0].value).toBe(words);
  });

  it("in a ticket thread, offers steps only and posts them without a ticket button (input: a member's message in their ticket)", async () => {
    const { thread } = await openTicket(sw.emu, g().users.other, 'my verification code never arrived');
    const sent = await sw.emu.sendMessage({
      channelId: thread.id,
      authorId: g().users.other,
      content: 'the verification code still never arrives',
    });
    expect(await sw.run.bot.messageOutcome(sent.id)).toBe('not-for-me');
    const i = sw.emu.messageCommand({ name: NAME, messageId: sent.id, userId: g().users.staff, channelId: thread.id });
    const reply = data(await i.callback());
    const labels = buttons(reply.components).map((b) => b.label);
    expect(labels[0]).toBe(title('verification-code'));
    expect(labels).not.toContain(t('en', 'staff.answer.ticket'));
    await click(
      buttons(reply.components)[0]!.custom_id,
      (await i.original())!.id,
      g().users.staff,
      thread.id,
    ).callback();
    const posted = sw.emu.messages(thread.id).find((m) => m.message_reference?.message_id === sent.id)!;
    expect(posted.embeds[0]!.title).toBe(title('verification-code'));
    const ids = buttons(posted.components).map((b) => b.custom_id);
    expect(ids.some((id) => id.startsWith('sw:solved:verification-code'))).toBe(true);
    expect(ids.filter((id) => id.startsWith('sw:ticket:'))).toEqual([]);
  });

  it('is refused to members, and says so for a message with nothing to answer (inputs: a member using it; an image with no words)', async () => {
    const sent = await memberSays('my verification code never arrived');
    const { reply } = await use(sent.id, g().users.member);
    expect(reply.content).toBe(t('en', 'denied.staff'));
    expect(reply.components ?? []).toEqual([]);
    const image = await memberSays('');
    expect((await use(image.id)).reply.content).toBe(t('en', 'staff.answer.nothing'));
  });

  it('tells staff when the choices have expired after a restart, and posts nothing (input: a pick from before the restart)', async () => {
    const sent = await memberSays('how do i turn on 2fa');
    const { reply, shown } = await use(sent.id);
    const { startStepwise } = await import('./harness.js');
    await sw.run.stop();
    sw.run = await startStepwise(sw.emu, sw.run.dbFile);
    const late = data(await click(buttons(reply.components)[0]!.custom_id, shown.id).callback());
    expect(late.content).toBe(t('en', 'staff.answer.expired'));
    expect(sw.emu.messages(g().channels.general).some((m) => m.message_reference?.message_id === sent.id)).toBe(false);
  });
});
