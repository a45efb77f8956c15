import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n/messages.js';
import { askCommand, buttons, data, useStepwise } from './harness.js';

const sw = useStepwise();
const g = () => sw.emu.guild;
const pack = (locale: string, id: string) => sw.run.assistant.knowledge.packs.get(locale)!.get(id)!;

describe('members in their own language (the real client against the emulator)', () => {
  it('input: /reset-password from a client in ja → the Japanese steps and Japanese buttons', async () => {
    const i = sw.emu.slashCommand({
      name: 'reset-password',
      userId: g().users.member,
      channelId: g().channels.general,
      locale: 'ja',
    });
    const reply = data(await i.callback());
    const ja = pack('ja', 'reset-password');
    expect(reply.embeds[0].title).toBe(ja.title);
    expect(reply.embeds[0].description).toContain(`1. ${ja.steps[0]}`);
    expect(reply.embeds[0].footer.text).toBe(t('ja', 'answer.footer'));
    const labels = buttons(reply.components).map((b) => b.label);
    expect(labels).toEqual(expect.arrayContaining([t('ja', 'answer.solved'), t('ja', 'answer.didntHelp')]));
  });

  it('input: /ask "パスワードを忘れました" from a ja client → the Japanese answer', async () => {
    expect((await askCommand(sw.emu, 'パスワードを忘れました', 'ja')).embeds[0].title).toBe(
      pack('ja', 'reset-password').title,
    );
  });

  it('input: "esqueci minha senha, como faço pra redefinir?" in a help channel → the Portuguese answer', async () => {
    const sent = await sw.emu.sendMessage({
      channelId: g().channels.help,
      authorId: g().users.other,
      content: 'esqueci minha senha, como faço pra redefinir?',
    });
    const reply = await sent.waitForReply();
    const pt = pack('pt-BR', 'reset-password');
    expect(reply.embeds[0]!.title).toBe(pt.title);
    expect(buttons(reply.components).map((b) => b.label)).toContain(t('pt-BR', 'answer.solved'));
  });

  it('input: "哈哈哈" and "ㅋㅋㅋㅋ" in a help channel → silence, decided (not just slow)', async () => {
    for (const content of ['哈哈哈', 'ㅋㅋㅋㅋ']) {
      const sent = await sw.emu.sendMessage({ channelId: g().channels.help, authorId: g().users.other, content });
      expect(await sw.run.bot.messageOutcome(sent.id)).toBe('silent');
    }
  });

  it('input: an off-topic question in Korean ("환불 받고 싶어요, 어떻게 하나요?") → the ticket template in Korean, not silence', async () => {
    const sent = await sw.emu.sendMessage({
      channelId: g().channels.help,
      authorId: g().users.other,
      content: '환불 받고 싶어요, 어떻게 하나요?',
    });
    const reply = await sent.waitForReply();
    expect(reply.embeds[0]!.title).toBe(t('ko', 'escalate.title'));
    expect(buttons(reply.components).map((b) => b.label)).toContain(t('ko', 'escalate.open'));
  });

  it('registers every command with name and description localisations for the 14 shipped locales', () => {
    for (const c of sw.emu.commands.guild[g().id] ?? []) {
      expect(Object.keys((c as any).name_localizations ?? {}), (c as any).name).toHaveLength(14);
      // A message command (right-click → Apps) has a name only.
      if ((c as any).type === 1)
        expect(Object.keys((c as any).description_localizations ?? {}), (c as any).name).toHaveLength(14);
    }
  });
});
