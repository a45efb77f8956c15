import { describe, expect, it } from 'vitest';
import { ANSWER_LIMIT } from '../../src/discord/cooldowns.js';
import { confirmedEvalLines } from '../../src/core/learn/insights.js';
import { parseId } from '../../src/discord/custom-ids.js';
import { t } from '../../src/core/i18n/messages.js';
import { askCommand, buttons, closeAsStaff, data, startStepwise, submitTicketForm, useStepwise } from './harness.js';

const sw = useStepwise();

const g = () => sw.emu.guild;

describe('start-up and commands', () => {
  it('registers /ask, /topics, /ticket, /tickets, /stats and one command per topic that declares one', () => {
    const names = (sw.emu.commands.guild[g().id] ?? [])
      .filter((c: any) => c.type === 1)
      .map((c: any) => c.name)
      .sort();
    const fromGuide = sw.run.assistant.knowledge.topics.filter((t) => t.command).map((t) => t.command!);
    expect(names).toEqual(['ask', 'stats', 'ticket', 'tickets', 'topics', ...fromGuide].sort());
    expect(names).toEqual(
      expect.arrayContaining(['reset-password', 'login', 'account-locked', 'verification-code', 'two-factor']),
    );
  });

  it('answers every generated topic command with its steps, ephemerally, with feedback and ticket buttons', async () => {
    for (const topic of sw.run.assistant.knowledge.topics.filter((t) => t.command)) {
      const i = sw.emu.slashCommand({
        name: topic.command!,
        userId: g().users.member,
        channelId: g().channels.general,
      });
      const reply = data(await i.callback());
      expect(reply.flags & 64, topic.id).toBe(64);
      expect(reply.embeds[0].title).toBe(topic.title);
      expect(reply.embeds[0].description).toMatch(/^1\. /m);
      const ids = buttons(reply.components).map((b) => b.custom_id);
      expect(ids.some((id) => id.startsWith(`sw:solved:${topic.id}`))).toBe(true);
      expect(ids.some((id) => id.startsWith('sw:ticket:'))).toBe(true);
    }
  });

  it('/ask with a typo answers with the right topic', async () => {
    const reply = await askCommand(sw.emu, 'i forgot my pasword');
    expect(reply.flags & 64).toBe(64);
    expect(reply.embeds[0].title).toBe(sw.run.assistant.knowledge.byId.get('reset-password')!.title);
  });

  it('autocompletes /ask over topics as the member types, typos included', async () => {
    const a = sw.emu.autocomplete({
      name: 'ask',
      focused: { name: 'question', value: 'verfication cod' },
      userId: g().users.member,
      channelId: g().channels.general,
    });
    const body = (await a.callback()).body as any;
    expect(body.type).toBe(8);
    const names = body.data.choices.map((c: any) => c.name);
    expect(names).toContain(sw.run.assistant.knowledge.byId.get('verification-code')!.title);
    expect(names.length).toBeLessThanOrEqual(25);
  });

  it('/topics lists the guide by section', async () => {
    const reply = data(
      await sw.emu
        .slashCommand({ name: 'topics', userId: g().users.member, channelId: g().channels.general })
        .callback(),
    );
    const sections = new Set(sw.run.assistant.knowledge.topics.map((t) => t.section));
    expect(reply.embeds[0].fields.map((f: any) => f.name).sort()).toEqual([...sections].sort());
  });
});

describe('free text', () => {
  const post = (content: string, channelId = g().channels.help, authorId = g().users.other, extra = {}) =>
    sw.emu.sendMessage({ channelId, authorId, content, ...extra });
  /** What the bot recorded doing with a message (once it is done with it), and whether any reply to it exists. */
  const handled = async (id: string) => {
    const outcome = await sw.run.bot.messageOutcome(id);
    const replied = sw.emu.messages(sw.emu.message(id)!.channel_id).some((m) => m.message_reference?.message_id === id);
    return { outcome, replied };
  };

  it('answers a question in a help channel with a reply that pings nobody', async () => {
    const sent = await post('my account got locked after too many tries');
    const reply = await sent.waitForReply();
    expect(reply.embeds[0]!.title).toBe(sw.run.assistant.knowledge.byId.get('account-locked')!.title);
    expect(reply.message_reference?.message_id).toBe(sent.id);
    expect((reply as any).allowed_mentions).toMatchObject({ parse: [], replied_user: false });
  });

  it('offers "did you mean" buttons when unsure, and the ticket template when the guide does not cover it', async () => {
    const vague = await post('password');
    const suggest = await vague.waitForReply();
    const ids = buttons(suggest.components).map((b) => b.custom_id);
    expect(ids.filter((id) => id.startsWith('sw:topic:')).length).toBeGreaterThanOrEqual(2);

    const offTopic = await post('how do i get a refund for my subscription');
    const escalate = await offTopic.waitForReply();
    expect(escalate.embeds[0]!.description).toMatch(/exact error message/i);
    expect(buttons(escalate.components).map((b) => b.label)).toContain('Open a ticket');
  });

  it('a topic picked from "did you mean" stands for the member\'s question (input: "password", then a pick)', async () => {
    const member = g().users.member;
    const sent = await post('password', g().channels.help, member);
    const offer = await sent.waitForReply();
    const pick = buttons(offer.components).find((b) => b.custom_id.startsWith('sw:topic:'))!;
    const picked = parseId(pick.custom_id);
    if (picked?.kind !== 'topic') throw new Error(`not a topic button: ${pick.custom_id}`);
    const click = (customId: string, messageId: string) =>
      sw.emu.clickButton({ customId, messageId, userId: member, channelId: g().channels.help });
    const opened = click(pick.custom_id, offer.id);
    expect(data(await opened.callback()).embeds[0].title).toBe(
      sw.run.assistant.knowledge.byId.get(picked.topicId)!.title,
    );
    const steps = (await opened.original())!;
    const [solved, didntHelp] = buttons(steps.components);

    // "This solved it" labels the member's own words with the topic they picked, ready for examples.jsonl.
    await click(solved!.custom_id, steps.id).callback();
    const lines = confirmedEvalLines(await sw.run.store.questionsSince(0), await sw.run.store.feedbackSince(0));
    expect(lines).toContainEqual({ q: 'password', expect: [picked.topicId], cat: 'in' });

    // "Didn't help" opens the ticket form with what the member wrote, not the title of the topic they opened.
    const form = (await click(didntHelp!.custom_id, steps.id).callback()).body as any;
    expect(form.type).toBe(9);
    expect(form.data.components.flatMap((r: any) => r.components ?? [r.component])[0].value).toBe('password');

    // Sent, the ticket tells staff which of the topics shown the member opened and found no help in.
    const { thread, summary } = await submitTicketForm(sw.emu, form.data.custom_id, member, 'password');
    const fields = summary.embeds[0]!.fields as Array<{ name: string; value: string }>;
    const shown = fields.find((f) => f.name === 'Topics the bot already showed')!.value;
    const tried = shown.split('\n').filter((line) => line.includes('they did not help'));
    const title = sw.run.assistant.knowledge.byId.get(picked.topicId)!.title;
    expect(tried).toEqual([`• ${title} — the member opened these steps; they did not help`]);
    expect(shown.split('\n').length).toBeGreaterThan(1);
    await closeAsStaff(sw.emu, thread.id, summary.id, 'pointed to the right page');

    // After a restart the bot no longer holds the offer: the same button still opens the topic.
    await sw.run.stop();
    sw.run = await startStepwise(sw.emu, sw.run.dbFile);
    expect(data(await click(pick.custom_id, offer.id).callback()).embeds[0].title).toBe(
      sw.run.assistant.knowledge.byId.get(picked.topicId)!.title,
    );
  });

  it('asks what is wrong when a member asks for help and names nothing (inputs: "can someone help me?", a bare mention, "ayuda por favor")', async () => {
    const asked = await (await post('can someone help me?')).waitForReply();
    expect(asked.content).toBe(t('en', 'clarify.text'));
    expect(asked.embeds).toEqual([]);
    expect(buttons(asked.components).map((b) => b.label)).toEqual(['Open a ticket']);
    const mention = `<@${sw.emu.botUser.id}>`;
    const bare = await post(mention, g().channels.general, g().users.other, { mentions: [sw.emu.botUser.id] });
    expect((await bare.waitForReply()).content).toBe(t('en', 'clarify.text'));
    expect((await (await post('ayuda por favor')).waitForReply()).content).toBe(t('es-ES', 'clarify.text'));
  });

  it('stays silent on small talk, outside help channels, and for bots and webhooks', async () => {
    const question = 'how do i reset my password';
    expect(await handled((await post('thanks!!')).id)).toEqual({ outcome: 'silent', replied: false });
    expect(await handled((await post(question, g().channels.general)).id)).toEqual({
      outcome: 'not-for-me',
      replied: false,
    });
    const fromBot = await post(question, g().channels.help, g().users.other, { bot: true });
    expect(await handled(fromBot.id)).toEqual({ outcome: 'not-for-me', replied: false });
    const fromWebhook = await post(question, g().channels.help, g().users.other, { webhookId: '123456789012345678' });
    expect(await handled(fromWebhook.id)).toEqual({ outcome: 'not-for-me', replied: false });
  });

  it('answers a mention in any channel', async () => {
    const sent = await post(`<@${sw.emu.botUser.id}> how do i turn on 2fa`, g().channels.general, g().users.other, {
      mentions: [sw.emu.botUser.id],
    });
    const reply = await sent.waitForReply();
    expect(reply.embeds[0]!.title).toBe(sw.run.assistant.knowledge.byId.get('two-factor')!.title);
  });

  it('never lets @everyone or a role mention in user text ping anyone', async () => {
    const sent = await post(
      `@everyone <@&${g().roles.support}> my verification code never arrived`,
      g().channels.help,
      g().users.other,
      { mentionEveryone: true, mentionRoles: [g().roles.support] },
    );
    const reply = await sent.waitForReply();
    expect(reply.mention_everyone).toBe(false);
    expect(reply.mention_roles).toEqual([]);
    expect(reply.mentions).toEqual([]);
  });

  it('warns about a pasted password and does not echo it', async () => {
    const sent = await post('my password is Tr0ub4dor&3 and it still says wrong password');
    const reply = await sent.waitForReply();
    expect(reply.content).toMatch(/delete it/i);
    // Only what the bot wrote counts (Discord also returns the member's own message as referenced_message).
    expect(JSON.stringify([reply.content, reply.embeds, reply.components])).not.toContain('Tr0ub4dor');
  });
});

describe('tickets', () => {
  it('runs the whole flow: button → form → private thread with summary → claim → close', async () => {
    const member = g().users.member;
    const sent = await sw.emu.sendMessage({
      channelId: g().channels.help,
      authorId: member,
      content: 'the app crashes when i open my licence page and nothing in the guide helps',
    });
    const offer = await sent.waitForReply();
    const ticketButton = buttons(offer.components).find((b) => b.custom_id.startsWith('sw:ticket:'))!;

    const click = sw.emu.clickButton({
      customId: ticketButton.custom_id,
      messageId: offer.id,
      userId: member,
      channelId: g().channels.help,
    });
    const modal = (await click.callback()).body as any;
    expect(modal.type).toBe(9);
    const inputs = modal.data.components.flatMap((r: any) => r.components ?? [r.component]);
    expect(inputs.map((c: any) => c.custom_id)).toEqual(['goal', 'error', 'tried', 'device', 'email']);
    expect(inputs[0].value).toContain('licence page');

    const submit = sw.emu.submitModal({
      customId: modal.data.custom_id,
      fields: {
        goal: 'open my licence page',
        error: 'Error 0x80070005 @everyone',
        tried: 'reinstalling',
        device: 'Windows 11',
        email: 'me@example.com',
      },
      userId: member,
      channelId: g().channels.help,
    });
    const done = await submit.original((m) => /ticket is open/i.test(m.content), 5000);
    const thread = sw.emu.threads.find((t) => done!.content.includes(`<#${t.id}>`))!;
    expect(thread).toMatchObject({ parentId: g().channels.tickets, type: 12, invitable: false });
    expect(thread.members).toContain(member);

    const summary = sw.emu.messages(thread.id)[0]!;
    expect(summary.mention_roles).toEqual([g().roles.support]);
    expect(summary.mention_everyone).toBe(false);
    expect((summary as any).allowed_mentions).toMatchObject({ parse: [], roles: [g().roles.support], users: [] });
    expect(summary.embeds[0]!.description).toContain('open my licence page');
    expect(JSON.stringify(summary.embeds[0]!.fields)).toContain('0x80070005');
    const [claim, close] = buttons(summary.components);

    const memberClaim = data(
      await sw.emu
        .clickButton({ customId: claim!.custom_id, messageId: summary.id, userId: member, channelId: thread.id })
        .callback(),
    );
    expect(memberClaim.content).toMatch(/only support staff/i);

    const staffClaim = (
      await sw.emu
        .clickButton({
          customId: claim!.custom_id,
          messageId: summary.id,
          userId: g().users.staff,
          channelId: thread.id,
        })
        .callback()
    ).body as any;
    expect(staffClaim.type).toBe(7);
    expect(buttons(staffClaim.data.components)[0]).toMatchObject({ label: 'Claimed', disabled: true });

    const other = data(
      await sw.emu
        .clickButton({
          customId: close!.custom_id,
          messageId: summary.id,
          userId: g().users.other,
          channelId: thread.id,
        })
        .callback(),
    );
    expect(other.content).toMatch(/only support staff or the member/i);

    const closeForm = (
      await sw.emu
        .clickButton({ customId: close!.custom_id, messageId: summary.id, userId: member, channelId: thread.id })
        .callback()
    ).body as any;
    expect(closeForm.type).toBe(9);
    await sw.emu
      .submitModal({
        customId: closeForm.data.custom_id,
        fields: { reason: 'fixed after reinstall' },
        userId: member,
        channelId: thread.id,
      })
      .callback();
    await sw.emu.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/channels/${thread.id}` && (r.body as any).archived === true,
    );
    const t = sw.emu.threads.find((x) => x.id === thread.id)!;
    expect(t.archived && t.locked).toBe(true);

    const stored = await sw.run.store.getTicketByThread(thread.id);
    expect(stored).toMatchObject({ status: 'closed', closeReason: 'fixed after reinstall', userId: member });
    expect((await sw.run.store.ticketHistory(stored!.id)).map((e) => e.status)).toEqual(['open', 'claimed', 'closed']);
  });

  it('keeps an open ticket across a restart and points a second /ticket to it', async () => {
    const member = g().users.other;
    const first = (
      await sw.emu.slashCommand({ name: 'ticket', userId: member, channelId: g().channels.general }).callback()
    ).body as any;
    expect(first.type).toBe(9);
    const submit = sw.emu.submitModal({
      customId: first.data.custom_id,
      fields: { goal: 'cannot sign in on my tablet' },
      userId: member,
      channelId: g().channels.general,
    });
    const done = await submit.original((m) => /ticket is open/i.test(m.content), 5000);
    const threadId = /<#(\d+)>/.exec(done!.content)![1]!;

    await sw.run.stop();
    sw.run = await startStepwise(sw.emu, sw.run.dbFile);

    const again = data(
      await sw.emu.slashCommand({ name: 'ticket', userId: member, channelId: g().channels.general }).callback(),
    );
    expect(again.flags & 64).toBe(64);
    expect(again.content).toContain(`<#${threadId}>`);
    expect(
      sw.emu.threads.filter((t) => t.members.includes(member) && t.parentId === g().channels.tickets),
    ).toHaveLength(1);

    // A second form sent anyway (an old form left open in another tab) is added to the open ticket, not lost.
    const late = sw.emu.submitModal({
      customId: first.data.custom_id,
      fields: { goal: 'also: the tablet shows error 0x1f' },
      userId: member,
      channelId: g().channels.general,
    });
    const reply = await late.original((m) => /already have an open ticket/i.test(m.content), 5000);
    expect(reply!.content).toMatch(/added what you just wrote/i);
    const posted = await sw.emu.waitForMessage((m) => m.channel_id === threadId && m.content.includes('error 0x1f'));
    expect(posted.mentions).toEqual([]);
    expect((await sw.run.store.findOpenTicket(g().id, member))?.threadId).toBe(threadId);
  });
});

describe('rate limits', () => {
  it('answers a member flooding a help channel at most ANSWER_LIMIT times a minute, then stays silent', async () => {
    const author = g().users.owner;
    const sent: Array<{ id: string }> = [];
    for (let i = 0; i < ANSWER_LIMIT.hits + 5; i++) {
      sent.push(
        await sw.emu.sendMessage({
          channelId: g().channels.help,
          authorId: author,
          content: `my account is locked (${i})`,
        }),
      );
    }
    const outcomes = await Promise.all(sent.map((m) => sw.run.bot.messageOutcome(m.id)));
    expect(outcomes.filter((o) => o === 'cooldown')).toHaveLength(5);
    const ids = new Set(sent.map((m) => m.id));
    const replies = sw.emu.messages(g().channels.help).filter((m) => ids.has(String(m.message_reference?.message_id)));
    expect(replies).toHaveLength(ANSWER_LIMIT.hits);
  });
});
