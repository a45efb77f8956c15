import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/index.js';
import { data, tempDir } from '../e2e/harness.js';
import { figure, ROOT, spawnBot, type Spawned } from './helpers.js';

/** Editing the guide while the real process runs: good edits are swapped in, broken ones reported and ignored. */

const tmp = tempDir();
let emu: DiscordEmulator | undefined;
let p: Spawned | undefined;
const counted = { reloads: 0, rejected: 0 };

afterAll(async () => {
  if (p && p.child.exitCode === null) p.child.kill('SIGKILL');
  await emu?.stop();
  tmp.cleanup();
  figure(
    `knowledge hot reload: ${counted.reloads} edits swapped in, ${counted.rejected} broken edit kept the last good guide and was reported`,
  );
});

it('swaps in an edited guide, re-registers changed commands, and keeps the last good guide on a broken edit', async () => {
  emu = await DiscordEmulator.start();
  const dir = join(tmp.dir, 'knowledge');
  cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
  const file = join(dir, 'account-locked.md');
  const original = readFileSync(file, 'utf8');
  p = spawnBot(emu, join(tmp.dir, 'reload.db'), {
    KNOWLEDGE_DIR: dir,
    STAFF_LOG_CHANNEL_ID: emu.guild.channels.general,
  });
  await p.waitForStderr(/Stepwise is ready/);
  await emu.waitForRequest((r) => r.method === 'PUT' && /\/commands$/.test(r.path), 10_000);
  const puts = () => emu!.requests.filter((r) => r.method === 'PUT' && /\/commands$/.test(r.path)).length;
  const ask = async () =>
    data(
      await emu!
        .slashCommand({
          name: 'account-locked',
          userId: emu!.guild.users.member,
          channelId: emu!.guild.channels.general,
        })
        .callback(),
    ).embeds?.[0]?.title;
  expect(await ask()).toBe('Account locked after failed attempts');

  // A new title shows in the next answer; a changed summary (the command's description) is registered again.
  const before = puts();
  writeFileSync(
    file,
    original
      .replace('title: Account locked after failed attempts', 'title: Locked out after too many tries')
      .replace('summary: Too many failed sign-ins', 'summary: Many failed sign-ins'),
  );
  await p.waitForStderr(/guide reloaded/);
  expect(await ask()).toBe('Locked out after too many tries');
  await expect.poll(() => puts(), { timeout: 5000 }).toBe(before + 1);
  counted.reloads++;

  // A broken edit: the last good guide stays, the error names file and line, in the log and for the staff.
  writeFileSync(file, original.replace('id: account-locked', 'id: [broken'));
  await p.waitForStderr(/guide edit rejected/);
  expect(p.stderr()).toMatch(/account-locked\.md:\d+/);
  const report = await emu.waitForMessage(
    (m) => m.channel_id === emu!.guild.channels.general && /guide edit was rejected/i.test(m.content),
    5000,
  );
  expect(report.content).toMatch(/account-locked\.md:\d+/);
  expect(report.mention_everyone || report.mentions.length > 0 || report.mention_roles.length > 0).toBe(false);
  expect(await ask()).toBe('Locked out after too many tries');
  counted.rejected++;
  p.child.kill('SIGTERM');
  expect(await p.exited).toBe(0);
}, 30_000);
