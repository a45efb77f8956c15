import { describe, expect, it } from 'vitest';
import { DISCORD_COMMAND_LIMIT, MAX_GUIDE_COMMANDS } from '../../src/core/knowledge/builtin-commands.js';
import { importGuide } from '../../src/core/import/import-guide.js';
import { askCommand, buttons, useStepwise } from './harness.js';

/**
 * A big guide imported on day one: more task-like sections than Discord has room for slash commands. Discord
 * refuses a set of more than 100 as a whole (the emulator does too), which would leave the server with none.
 */
const SECTIONS = 130;
/** Five task-like sections under each of 26 areas: more sections than a Discord embed has fields. */
const guide = Array.from(
  { length: SECTIONS },
  (_, n) =>
    (n % 5 === 0 ? `# Sensor area ${n / 5 + 1}\n\nThe sensors mounted in area ${n / 5 + 1}.\n\n` : '') +
    `## How to calibrate sensor ${n + 1}\n\n1. Open sensor ${n + 1} in the app.\n2. Tap Calibrate.\n`,
).join('\n');

const imported = importGuide({ fileName: 'sensors.md', text: guide, allowedHosts: [] });
const sw = useStepwise(imported.topics);
const warnings = imported.report.warnings;

describe(`a guide with ${SECTIONS} task-like sections, imported and served as it is`, () => {
  it('gets as many slash commands as Discord allows beside Stepwise’s own, the first in the guide, and says so', () => {
    // Discord's limit counts slash commands; message commands (right-click → Apps) have their own.
    const names = (sw.emu.commands.guild[sw.emu.guild.id] ?? [])
      .filter((c: { type: number }) => c.type === 1)
      .map((c: { name: string }) => c.name);
    expect(names).toHaveLength(DISCORD_COMMAND_LIMIT);
    expect(names).toEqual(expect.arrayContaining(['ask', 'topics', 'ticket', 'tickets', 'stats']));
    expect(names).toContain('calibrate-sensor-1');
    expect(names).toContain(`calibrate-sensor-${MAX_GUIDE_COMMANDS}`);
    expect(names).not.toContain(`calibrate-sensor-${MAX_GUIDE_COMMANDS + 1}`);
    expect(warnings.join('\n')).toMatch(new RegExp(`${SECTIONS - MAX_GUIDE_COMMANDS} more task-like section`));
  });

  it('lists every topic in /topics over pages within Discord’s embed limits, turned in place by Next and Previous', async () => {
    const member = sw.emu.guild.users.member;
    const channelId = sw.emu.guild.channels.general;
    const i = sw.emu.slashCommand({ name: 'topics', userId: member, channelId });
    await i.callback();
    const first = (await i.original((m) => m.embeds?.length > 0))!;
    const opening = structuredClone(first.embeds[0].fields[0]); // the message is edited in place as pages turn
    const turn = async (label: string) => {
      const b = buttons(sw.emu.message(first.id)!.components).find((x) => x.label === label)!;
      await sw.emu.clickButton({ customId: b.custom_id, messageId: first.id, userId: member, channelId }).callback();
      return sw.emu.message(first.id)!;
    };
    const listed: string[] = [];
    const footers: string[] = [];
    let shown = first;
    for (;;) {
      const embed = shown.embeds[0];
      const size = [
        embed.title,
        embed.description,
        embed.footer?.text,
        ...embed.fields.flatMap((f: any) => [f.name, f.value]),
      ]
        .filter(Boolean)
        .join('').length;
      expect(size).toBeLessThanOrEqual(6000);
      expect(embed.fields.length).toBeLessThanOrEqual(25);
      listed.push(...embed.fields.flatMap((f: any) => f.value.split('\n')));
      footers.push(embed.footer.text);
      if (!buttons(shown.components).some((b) => b.label === 'Next')) break;
      shown = await turn('Next');
    }
    // 26 areas of five: more sections than one embed has fields, so at least two pages, every topic on one of them.
    expect(footers.length).toBeGreaterThan(1);
    expect(footers).toEqual(footers.map((_, n) => `Page ${n + 1} of ${footers.length}`));
    expect(listed).toHaveLength(imported.topics.length); // the 130 sections and the 26 areas above them
    for (let n = 1; n <= SECTIONS; n++)
      expect(listed.filter((l) => l.endsWith(`How to calibrate sensor ${n}`))).toHaveLength(1);
    expect(opening.name).toBe('Sensor area 1');
    expect(opening.value).toMatch(/`\/calibrate-sensor-1` How to calibrate sensor 1/);
    const back = await turn('Previous');
    expect(back.embeds[0].footer.text).toBe(`Page ${footers.length - 1} of ${footers.length}`);
  });

  it('still answers a section left without a command through /ask (input: "calibrate sensor 120")', async () => {
    const reply = await askCommand(sw.emu, 'how do I calibrate sensor 120');
    expect(JSON.stringify(reply)).toMatch(/sensor 120/);
  });
});
