import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import type { Knowledge } from '../../src/core/knowledge/topic.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run a command from the project root, feeding `input` (or nothing) on stdin. */
function runCommand(
  command: string,
  args: string[],
  input: string | Buffer = '',
  env: NodeJS.ProcessEnv = {},
): Promise<Run> {
  return new Promise((done, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.on('error', () => {}); // a CLI may exit before reading all of stdin
    child.stdin.end(input);
  });
}

/** Run a script with tsx from the project root, feeding `input` (or nothing) on stdin. */
const run = (script: string, args: string[], input: string | Buffer = '', env: NodeJS.ProcessEnv = {}) =>
  runCommand(TSX, [script, ...args], input, env);

const STACK = /^\s+at .+:\d+:\d+\)?$/m;

let guide: Knowledge;
let tmp: string;
beforeAll(async () => {
  const result = await loadKnowledge(join(ROOT, 'knowledge'));
  if (!result.ok) throw new Error('the real guide must load');
  guide = result.knowledge;
  tmp = await mkdtemp(join(tmpdir(), 'stepwise-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** The hostile corpus as raw input lines: `text` split on "\n", `base64` bytes as they are, `repeat` expanded. */
function corpusLines(): Buffer[] {
  type Entry = { text?: string; base64?: string; repeat?: { unit: string; times: number } };
  const entries = JSON.parse(readFileSync(join(ROOT, 'test/data/hostile-inputs.json'), 'utf8')) as Entry[];
  const lines: Buffer[] = [];
  for (const e of entries) {
    const bytes =
      e.base64 !== undefined
        ? Buffer.from(e.base64, 'base64')
        : Buffer.from(e.text ?? e.repeat!.unit.repeat(e.repeat!.times), 'utf8');
    let start = 0;
    for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a, start)) {
      lines.push(bytes.subarray(start, nl));
      start = nl + 1;
    }
    lines.push(bytes.subarray(start));
  }
  return lines;
}

describe('ask --json', () => {
  it('writes exactly one well-formed JSON object per input line, in order, for normal, empty, huge, invalid-UTF-8, control-char, mention, markdown, prototype and the whole hostile corpus', async () => {
    const own: Buffer[] = [
      Buffer.from('forgot my password'), // 0
      Buffer.from(''), // 1: empty
      Buffer.from('   \t  '), // 2: whitespace only
      Buffer.from('how do i log in '.repeat(625)), // 3: 10,000 characters
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x61, 0xed, 0xa0, 0x80]), // 4: invalid UTF-8, raw
      Buffer.from('forgot\u0000pass\u0007word\u001b[31m\u007f\r'), // 5: control characters, CRLF ending
      Buffer.from('@everyone @here <@123456789012345678> help'), // 6
      Buffer.from('**bold** [x](https://evil.example.com) `code` ||spoiler||'), // 7
      Buffer.from('__proto__'), // 8
      Buffer.from('constructor'), // 9
      Buffer.from('forgot password\rINJECTED LOG LINE'), // 10: a bare CR is not a line break
      Buffer.from('verification\u2028code'), // 11: nor is U+2028
    ];
    const lines = [...own, ...corpusLines()];
    const input = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
    const r = await run('src/cli/ask.ts', ['--json'], input);

    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toBe('');
    const out = r.stdout.split('\n');
    expect(out.pop()).toBe(''); // ends with a newline
    expect(out).toHaveLength(lines.length);

    const ids = new Set(guide.topics.map((t) => t.id));
    const parsed = out.map((line, i) => {
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`line ${i + 1} of stdout is not JSON: ${line.slice(0, 200)}`);
      }
      expect(Object.keys(o).sort()).toEqual([
        'action',
        'alternatives',
        'confidence',
        'lang',
        'question',
        'secret',
        'topic',
      ]);
      expect(typeof o.question).toBe('string');
      expect(['answer', 'suggest', 'escalate', 'clarify', 'ignore']).toContain(o.action);
      expect(typeof o.confidence).toBe('number');
      expect(o.confidence).toBeGreaterThanOrEqual(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
      expect(typeof o.secret).toBe('boolean');
      expect(Array.isArray(o.alternatives)).toBe(true);
      for (const a of o.alternatives as unknown[]) expect(ids.has(a as string)).toBe(true);
      if (o.action === 'answer' || o.action === 'suggest') expect(ids.has(o.topic as string)).toBe(true);
      else expect(o.topic).toBeNull();
      return o;
    });

    expect(parsed[0]).toMatchObject({ action: 'answer', topic: 'reset-password' });
    expect(parsed[1]).toMatchObject({ action: 'ignore', topic: null, alternatives: [] });
    expect(parsed[2]).toMatchObject({ action: 'ignore', topic: null, alternatives: [] });
    expect(parsed[8]!.action).not.toBe('answer');
    expect(parsed[9]!.action).not.toBe('answer');
    expect(parsed[10]!.question).toContain('INJECTED');
    expect(parsed[11]!.question).toMatch(/verification.code/);
  }, 60_000);

  it('writes nothing and exits 0 for empty stdin', async () => {
    expect(await run('src/cli/ask.ts', ['--json'], '')).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('ask for a person', () => {
  it('ask "forgot my password" prints the topic title and every step numbered', async () => {
    const r = await run('src/cli/ask.ts', ['forgot my password']);
    expect(r.code).toBe(0);
    const topic = guide.byId.get('reset-password')!;
    expect(r.stdout).toContain(`📘 ${topic.title}`);
    topic.steps.forEach((s, i) => expect(r.stdout).toContain(`${i + 1}. ${s}`));
    expect(r.stdout).toContain('open a ticket');
    expect(r.stdout).toMatch(/\(answer reset-password, confidence \d\.\d\d\)/);
  });

  it('ask with no question says how to ask on stderr and exits 1', async () => {
    const r = await run('src/cli/ask.ts', []);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Give a question, e.g. npm run ask -- "I forgot my password" (or --json to read stdin). See --help.\n',
    });
  });
});

describe('--help', () => {
  it.each([
    ['ask', /^Usage:\n {2}npm run ask -- "question"/],
    ['chat', /^Usage: npm run chat\n/],
    ['eval', /^Usage: npm run eval -- FILE/],
    ['kb-check', /^Usage: npm run kb:check -- \[DIR\]\n/],
  ])('%s --help prints its usage on stdout and exits 0', async (cli, usage) => {
    const r = await run(`src/cli/${cli}.ts`, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(usage);
    expect(r.stderr).toBe('');
  });
});

describe('chat with piped stdin', () => {
  it('answers each question line, prints nothing for "thanks" or an empty line, and exits 0 at end of input', async () => {
    const r = await run(
      'src/cli/chat.ts',
      [],
      'forgot my password\nthanks\n\nmy account is locked after too many attempts\n',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const replies = r.stdout.split('\n\n').filter((b) => b.trim() !== '');
    expect(replies).toHaveLength(2);
    expect(replies[0]).toContain(`📘 ${guide.byId.get('reset-password')!.title}`);
    expect(r.stdout).not.toMatch(/small talk|thanks/i);
    expect(r.stdout).not.toContain('you ›'); // no prompt when not a terminal
  });

  it('a number right after "did you mean" picks that topic, 0 none of them (input: "password", "2", "password", "0", "2")', async () => {
    const r = await run('src/cli/chat.ts', [], 'password\n2\npassword\n0\n2\n');
    expect(r.code).toBe(0);
    const [offer, picked, , none, asked] = r.stdout.split('\n\n').filter((b) => b.trim() !== '');
    expect(offer).toMatch(/type 1-\d to pick a topic, 0 for none of these/);
    // The second topic offered, as its button shows it: its steps.
    const second = /^ +2\. (.+)$/m.exec(offer!)![1]!;
    const topic = [...guide.topics].find((t) => second.startsWith(t.title))!;
    expect(picked).toContain(`📘 ${topic.title}`);
    expect(picked).toMatch(/^ +1\. /m);
    expect(none).toContain('exact error message');
    // With no offer pending, "2" is asked like any other line, not taken as a pick.
    expect(asked ?? '').not.toContain(`📘 ${topic.title}`);
  });
});

describe('chat: a topic longer than one message (input: a temp guide whose "Long list" topic has 250 steps)', () => {
  it('"+" right after the answer shows the next page, up to the last, where every step has been shown once', async () => {
    const dir = join(tmp, 'long');
    await mkdir(dir);
    const steps = Array.from({ length: 250 }, (_, i) => `${i + 1}. Check the setting numbered ${i + 1} and save it`);
    await writeFile(
      join(dir, 'long.md'),
      `---\nid: long-list\ntitle: Long list\n---\nEvery setting.\n\n${steps.join('\n')}\n`,
    );
    await writeFile(join(dir, 'allowed-hosts.txt'), '');
    await writeFile(
      join(dir, 'short.md'),
      '---\nid: short\ntitle: Export a report\n---\nHow.\n\n1. Open Reports\n2. Export\n',
    );
    const r = await run('src/cli/chat.ts', [], '/ask Long list\n+\n+\n+\n', { KNOWLEDGE_DIR: dir });
    expect(r.code, r.stderr).toBe(0);
    const [first, second, third, after] = r.stdout.split(/\n\n(?=📘|\S)/).filter((b) => b.trim() !== '');
    expect(first).toMatch(/\[📄 Show more \(2\/3\)\][\s\S]*type \+ for page 2 of 3/);
    expect(second).toMatch(/^📘 Long list \(2\/3\)/);
    expect(second).toMatch(/type \+ for page 3 of 3/);
    expect(third).toMatch(/^📘 Long list \(3\/3\)/);
    expect(third).not.toContain('Show more');
    // After the last page "+" is asked like any other line, not taken as a page.
    expect(after ?? '').not.toMatch(/Long list \(\d\/3\)/);
    const shown = [first, second, third].join('\n');
    for (let n = 1; n <= 250; n++) {
      expect(shown.match(new RegExp(`setting numbered ${n} and`, 'g')), `step ${n}`).toHaveLength(1);
    }
  });
});

describe('kb-check', () => {
  it('on knowledge/ prints a one-line summary and exits 0', async () => {
    const r = await run('src/cli/kb-check.ts', []);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^kb:check: knowledge OK: 17 topics in \d+ sections, \d+ commands, \d+ steps, \d+ allowed hosts, \d+ labelled examples \(judged by its own classifier\); 15 language packs \((?:[a-zA-Z-]+ 17\/17(?:, |\)))+; ticket form: goal, error, tried, device, email\n$/,
    );
  });

  it('on a broken temp guide prints each problem as FILE:LINE: message, a count, and exits 1', async () => {
    const dir = join(tmp, 'broken');
    await mkdir(dir);
    await writeFile(join(dir, 'allowed-hosts.txt'), 'my.kaspersky.com\n');
    await writeFile(
      join(dir, 'a.md'),
      '---\nid: a\ntitle: Topic A\nalias: x\nrelated: [ghost]\n---\nIntro.\n\n1. Open https://evil.example.com/login\n',
    );
    const r = await run('src/cli/kb-check.ts', [dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      `${join(dir, 'a.md')}:4: front matter has an unknown key "alias" (allowed: id, title, section, order, command, summary, aliases, related)`,
      `${join(dir, 'a.md')}:9: link host "evil.example.com" is not on the allowlist (https://evil.example.com/login)`,
      `kb:check: 2 problem(s) in ${dir}`,
      '',
    ]);
  });
});

describe('eval', () => {
  const dev = resolve(ROOT, '../shared/eval/questions.dev.jsonl');
  const questions = existsSync(dev) ? dev : join(ROOT, 'test/data/eval/questions.holdout3.jsonl');

  it('on the dev question file prints overall and per-category accuracy and exits 0', async () => {
    const cats = new Set(
      readFileSync(questions, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { cat?: string }).cat ?? 'uncategorised'),
    );
    const total = readFileSync(questions, 'utf8')
      .split('\n')
      .filter((l) => l.trim()).length;
    const r = await run('src/cli/eval.ts', [questions]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^eval: \\d+/${total} correct \\(\\d+\\.\\d%\\)\n`));
    for (const cat of cats) expect(r.stdout).toMatch(new RegExp(`^  ${cat}\\s+\\d+/\\d+\\s+\\d+\\.\\d%$`, 'm'));
  });

  it('reads the file that follows --min-accuracy 0 and --json', async () => {
    const r = await run('src/cli/eval.ts', ['--min-accuracy', '0', '--json', questions]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('byCategory');
  });

  it('stops at a malformed line with FILE:LINE on stderr and exit 1', async () => {
    const file = join(tmp, 'bad.jsonl');
    await writeFile(file, '{"q": "how do i log in", "expect": ["log-in"], "cat": "in"}\n\n{"q": "no expect"}\n');
    const r = await run('src/cli/eval.ts', [file]);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `${file}:3: not a valid question line (needs "q" and "expect")\n`,
    });
  });

  it("--folds 3 cross-validates the guide's own examples: every example scored once, per category", async () => {
    const examples = readFileSync(join(ROOT, 'knowledge/examples.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim()).length;
    const r = await run('src/cli/eval.ts', ['--folds', '3', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { total: number; byCategory: Record<string, { total: number }> };
    expect(report.total).toBe(examples);
    expect(Object.keys(report.byCategory).sort()).toEqual(['in', 'oos', 'smalltalk']);
  });

  it.each([
    [['--folds', '1'], '--folds needs a whole number from 2 to 20, e.g. --folds 5\n'],
    [['--folds'], '--folds needs a value. See --help.\n'],
    [['--folds', '5', 'questions.jsonl'], 'Give either question files or --folds, not both.\n'],
  ])('eval %j refuses with one line and exit 1', async (args, message) => {
    expect(await run('src/cli/eval.ts', args)).toEqual({ code: 1, stdout: '', stderr: message });
  });
});

describe('npm start', () => {
  // Input: the build script with an option it does not know, an --out it cannot write, a broken source, and --help.
  it('build: an unknown option, a folder it cannot write or a broken source gets one line and exit 1, the last build kept; --help prints the usage', async () => {
    const build = (args: string[]) => runCommand(process.execPath, ['scripts/build.mjs', ...args]);
    const bad = await build(['--outdir', 'x']);
    expect(bad).toEqual({ code: 1, stdout: '', stderr: 'Unknown option: --outdir See --help.\n' });
    // Input: --out under a regular file, where no folder can be made (as on a read-only install) and no build exists.
    const file = join(tmp, 'not-a-folder');
    await writeFile(file, '');
    const unwritable = await build(['--out', join(file, 'dist')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stdout).toBe('');
    expect(unwritable.stderr).toMatch(
      /^Build failed: cannot write .*not-a-folder\/dist \(ENOTDIR\): run `npm run build` where it can be written\n$/,
    );
    // Input: a project whose src/ holds a line that is not TypeScript ("const = ;"), with an earlier build in dist/.
    const project = join(tmp, 'project');
    await mkdir(join(project, 'scripts'), { recursive: true });
    await mkdir(join(project, 'src/app'), { recursive: true });
    await mkdir(join(project, 'dist/app'), { recursive: true });
    await copyFile(join(ROOT, 'scripts/build.mjs'), join(project, 'scripts/build.mjs'));
    await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'));
    await writeFile(join(project, 'src/app/main.ts'), 'export const ready = true;\n');
    await writeFile(join(project, 'src/app/broken.ts'), 'const = ;\n');
    await writeFile(join(project, 'dist/app/main.js'), '// the last good build\n');
    const broken = await runCommand(process.execPath, [join(project, 'scripts/build.mjs')]);
    expect(broken).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Build failed: src/app/broken.ts:1:7: Expected identifier but found "="\n',
    });
    expect(await readFile(join(project, 'dist/app/main.js'), 'utf8')).toBe('// the last good build\n');
    expect((await readdir(project)).sort()).toEqual(['dist', 'node_modules', 'scripts', 'src']);
    const help = await build(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: node scripts\/build\.mjs/);
  });

  // Input: the same sources built twice into one folder, then once more after the build's record of its inputs is
  // changed (as an edit to any source, the lockfile or the script changes it).
  it('build: an up-to-date build is left as it is; one made from other inputs is redone', async () => {
    const out = join(tmp, 'up-to-date');
    const built = () => stat(join(out, 'app/main.js')).then((s) => s.mtimeMs);
    expect(await runCommand(process.execPath, ['scripts/build.mjs', '--out', out])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    const first = await built();
    expect(await runCommand(process.execPath, ['scripts/build.mjs', '--out', out])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(await built()).toBe(first);
    await writeFile(join(out, 'build-inputs.txt'), 'made from other sources\n');
    expect((await runCommand(process.execPath, ['scripts/build.mjs', '--out', out])).code).toBe(0);
    expect(await built()).not.toBe(first);
  });

  // Input: no DISCORD_TOKEN, stdin not a terminal; run as admins run it (`npm start --silent`: the build, then node on
  // dist/app/main.js) and as the sources through tsx. Both must start and refuse the same way.
  const NO_TOKEN = {
    DISCORD_TOKEN: '',
    HELP_CHANNEL_IDS: '',
    SUPPORT_ROLE_ID: '',
    TICKET_CHANNEL_ID: '',
    DISCORD_API_URL: '',
  };
  it.each([
    ['built, through npm start', () => runCommand('npm', ['start', '--silent'], '', NO_TOKEN)],
    ['the sources, through tsx', () => run('src/app/main.ts', [], '', NO_TOKEN)],
  ])(
    'without DISCORD_TOKEN and with stdin not a terminal prints one line naming DISCORD_TOKEN and .env.example, exits 1 (%s)',
    async (_how, start) => {
      const r = await start();
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toBe('');
      expect(lines[0]).toContain('DISCORD_TOKEN');
      expect(lines[0]).toContain('.env.example');
    },
  );

  it('with STEPWISE_DB pointing at an unreachable PostgreSQL prints one line without the password, exits 1', async () => {
    const token = ['MTIzNDU2Nzg5MDEyMzQ1Njc4', 'Gabcde', 'abcdefghijklmnopqrstuvwxyz01234'].join('.');
    const r = await run('src/app/main.ts', [], '', {
      DISCORD_TOKEN: token,
      STEPWISE_DB: 'postgres://bot:hunter2secret@127.0.0.1:1/stepwise',
      HELP_CHANNEL_IDS: '',
      SUPPORT_ROLE_ID: '',
      TICKET_CHANNEL_ID: '',
      DISCORD_API_URL: '',
    });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^Cannot open STEPWISE_DB \(PostgreSQL\)/);
    expect(r.stderr).not.toContain('hunter2secret');
    expect(r.stderr).not.toContain(token);
  });
});
