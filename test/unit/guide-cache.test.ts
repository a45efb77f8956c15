import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGuide } from '../../src/app/guide-cache.js';
import { Assistant } from '../../src/core/assistant.js';

const dir = mkdtempSync(join(tmpdir(), 'stepwise-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('start-up guide cache (input: a copy of knowledge/, loaded, reloaded, then edited)', () => {
  // The edit is new on every run (the cache outlives test runs), so it is never found in the cache.
  it('a second start serves the cached guide with the same answers; an edit is rebuilt, never served stale', async () => {
    cpSync('knowledge', dir, { recursive: true });
    const first = await loadGuide(dir);
    const second = await loadGuide(dir);
    if (!first.ok || !second.ok) throw new Error('the guide must load');
    expect(second.cached).toBe(true);
    for (const q of ['i forgot my password', 'my acount is lokced', 'how do i get a refund', 'thanks!']) {
      const [a, b] = [first.assistant.ask(q), second.assistant.ask(q)];
      expect([b.action, b.topic?.id, b.confidence]).toEqual([a.action, a.topic?.id, a.confidence]);
    }
    // The language packs' index is warmed from the typo corrections the cache keeps: it must decide as one built
    // from nothing does, typos included.
    const fresh = new Assistant(second.assistant.knowledge);
    second.assistant.warm();
    for (const q of [
      'パスワードを忘れました',
      'olvide mi contrasena',
      'mi cuenta esta bloqeuada',
      'mot de passe oublié',
    ]) {
      const [a, b] = [fresh.ask(q), second.assistant.ask(q)];
      expect([b.action, b.topic?.id, b.confidence, b.lang]).toEqual([a.action, a.topic?.id, a.confidence, a.lang]);
    }
    const file = join(dir, 'reset-password.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'title: Reset a forgotten password',
        `title: Get a new password (${process.pid}-${Date.now()})`,
      ),
    );
    const edited = await loadGuide(dir);
    if (!edited.ok) throw new Error('the edited guide must load');
    expect(edited.cached).toBe(false);
    expect(edited.assistant.knowledge.byId.get('reset-password')?.title).toMatch(/^Get a new password \(/);
  });

  it('a broken edit is reported with its file, not hidden by an earlier cached copy', async () => {
    writeFileSync(join(dir, 'log-in.md'), '---\nid: log-in\n---\nno title\n');
    const broken = await loadGuide(dir);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors.map((e) => e.file)).toContain('log-in.md');
  });
});
