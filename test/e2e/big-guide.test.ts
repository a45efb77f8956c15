import { describe, expect, it } from 'vitest';
import { DISCORD_COMMAND_LIMIT, MAX_GUIDE_COMMANDS } from '../../src/core/builtin-commands.js';
import { importGuide } from '../../src/core/import/import-guide.js';
import { askCommand, data, useStepwise } from './harness.js';

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

  it('lists the guide in /topics within Discord’s embed limits, and says how to reach what did not fit', async () => {
    const i = sw.emu.slashCommand({
      name: 'topics',
      userId: sw.emu.guild.users.member,
      channelId: sw.emu.guild.channels.general,
    });
    const reply = data(await i.callback());
    const embed = reply.embeds[0];
    const size = [
      embed.title,
      embed.description,
      embed.footer?.text,
      ...embed.fields.flatMap((f: any) => [f.name, f.value]),
    ]
      .filter(Boolean)
      .join('').length;
    expect(size).toBeLessThanOrEqual(6000);
    expect(embed.fields[0].name).toBe('Sensor area 1');
    expect(embed.fields[0].value).toMatch(/`\/calibrate-sensor-1` How to calibrate sensor 1/);
    expect(embed.footer.text).toMatch(/more topic/);
  });

  it('still answers a section left without a command through /ask (input: "calibrate sensor 120")', async () => {
    const reply = await askCommand(sw.emu, 'how do I calibrate sensor 120');
    expect(JSON.stringify(reply)).toMatch(/sensor 120/);
  });
});
