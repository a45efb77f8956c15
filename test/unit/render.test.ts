import { beforeAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../src/core/decide/decision.js';
import { discordFences } from '../../src/core/render/code-fences.js';
import { LIMITS, pages, truncate } from '../../src/core/render/discord-limits.js';
import { tablesAsLines } from '../../src/core/render/table-lines.js';
import { escapeUserText, quoteUserText } from '../../src/core/render/escape.js';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { renderAnswer, renderDecisionText, SECRET_WARNING, TICKET_OFFER } from '../../src/core/render/render.js';
import { t } from '../../src/core/i18n/messages.js';
import { NEVER_SHARE, TICKET_FIELDS, ticketTemplateText } from '../../src/core/tickets/ticket-template.js';
import type { Knowledge, Topic } from '../../src/core/knowledge/topic.js';

let guide: Knowledge;
beforeAll(async () => {
  const result = await loadKnowledge('knowledge');
  if (!result.ok) throw new Error('the real guide must load');
  guide = result.knowledge;
});

type Extra = Partial<Pick<Decision, 'confidence' | 'alternatives' | 'question' | 'secret'>>;
/** A decision as the core would make it; a topic is required exactly where the action carries one. */
const decision = (action: Decision['action'], topic: Topic | null, extra: Extra = {}): Decision => {
  const base = { confidence: 0.9, alternatives: [], question: 'q', secret: false, ...extra };
  if (action === 'answer' || action === 'suggest') {
    if (!topic) throw new Error(`${action} needs a topic`);
    return { ...base, action, topic };
  }
  return { ...base, action, topic: null };
};

/** A guide with one topic whose body is far longer than any Discord message. */
function hugeGuide(): Knowledge {
  const longTitle = `Huge ${'t'.repeat(95)}`; // the 100-character maximum
  const steps = Array.from({ length: 99 }, (_, i) => `${i + 1}. ${`Step ${i + 1} 😀 `.repeat(40)}`).join('\n');
  const text = `---\nid: huge\ntitle: ${longTitle}\nrelated: [other]\n---\n${'Intro 😀 '.repeat(100)}\n\n${steps}\n\n${'Note. '.repeat(500)}\n`;
  const other = '---\nid: other\ntitle: The other topic\n---\n1. Do it.\n';
  const result = buildKnowledge({
    files: [
      { name: 'huge.md', text },
      { name: 'other.md', text: other },
    ],
    allowedHostsText: '',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.knowledge;
}

const hasLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('renderAnswer / renderDecisionText', () => {
  it('renders reset-password with its title, steps numbered 1..n in order, related titles and the ticket offer', () => {
    const topic = guide.byId.get('reset-password')!;
    const view = renderAnswer(topic, guide);
    expect(view.title).toBe(topic.title);
    expect(view.footer).toBe(TICKET_OFFER);
    const numbers = view.body
      .split('\n')
      .flatMap((l) => /^(\d+)\. /.exec(l)?.[1] ?? [])
      .map(Number);
    expect(numbers).toEqual(topic.steps.map((_, i) => i + 1));
    for (const [i, step] of topic.steps.entries()) expect(view.body).toContain(`${i + 1}. ${step}`);
    expect(view.related.map((r) => r.title)).toEqual(topic.related.map((id) => guide.byId.get(id)!.title));

    const text = renderDecisionText(decision('answer', topic), guide);
    expect(text).toContain(`📘 ${topic.title}`);
    expect(text).toContain(`1. ${topic.steps[0]}`);
    expect(text).toContain(`Related: ${view.related.map((r) => r.title).join(' · ')}`);
    expect(text).toContain('open a ticket');
  });

  it('indents a step sub-line under its number instead of starting a new step', () => {
    const result = buildKnowledge({
      files: [{ name: 'a.md', text: '---\nid: a\ntitle: Sub lines\n---\n1. First.\n   - detail\n2. Second.\n' }],
      allowedHostsText: '',
    });
    if (!result.ok) throw new Error('valid');
    expect(renderAnswer(result.knowledge.byId.get('a')!, result.knowledge).body).toBe(
      '1. First.\n   - detail\n2. Second.',
    );
  });

  it('keeps every part of a topic with a huge body (99 long steps, 100-char title) within Discord limits', () => {
    const kb = hugeGuide();
    const view = renderAnswer(kb.byId.get('huge')!, kb);
    expect(view.title.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(view.body.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(hasLoneSurrogate(view.body)).toBe(false);
    // Nothing is cut away: the rest is on further pages, each within the limit, in order.
    expect(view.pages[0]).toBe(view.body);
    expect(view.pages.length).toBeGreaterThan(1);
    for (const page of view.pages) {
      expect(page.length).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect(hasLoneSurrogate(page)).toBe(false);
    }
    const whole = view.pages.join('\n');
    for (let n = 1; n <= 99; n++) expect(whole).toContain(`${n}. Step ${n} 😀`);
    expect(whole.indexOf('99. Step 99')).toBeGreaterThan(whole.indexOf('98. Step 98'));
    expect(view.pages.at(-1)!.trimEnd().endsWith('Note.')).toBe(true);
    expect(view.footer.length).toBeLessThanOrEqual(LIMITS.embedFooter);
    const embedTotal =
      view.title.length + view.body.length + view.footer.length + view.related.reduce((n, r) => n + r.title.length, 0);
    expect(embedTotal).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it("prints the huge topic's first page whole, as its embed shows it, with the related topics and the ticket offer", () => {
    const kb = hugeGuide();
    const view = renderAnswer(kb.byId.get('huge')!, kb);
    const text = renderDecisionText(decision('answer', kb.byId.get('huge')!, { secret: true }), kb);
    expect(hasLoneSurrogate(text)).toBe(false);
    expect(text.startsWith(SECRET_WARNING)).toBe(true);
    expect(text).toContain('📘 Huge');
    // Every line of page 1, none of page 2: what the next "Show more" shows follows on from where this stops.
    expect(text).toContain(view.pages[0]!);
    expect(text).not.toContain(view.pages[1]!.split('\n')[0]!);
    expect(text).toContain('Related: The other topic');
    expect(text).toMatch(/\[📄 Show more \(2\/\d+\)\] \[✅ This solved it\]/);
    expect(text.endsWith("[🎫 Didn't help — open a ticket]")).toBe(true);
  });

  it('pages a long text at line ends and carries an open code block over (input: 60 lines, a ``` block across the cut)', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `line ${String(i).padStart(2, '0')} ${'x'.repeat(40)}`);
    lines.splice(20, 0, '```yaml');
    lines.splice(40, 0, '```');
    const text = lines.join('\n');
    const out = pages(text, 1000);
    expect(out.length).toBeGreaterThan(2);
    for (const page of out) {
      expect(page.length).toBeLessThanOrEqual(1000);
      // Every page is whole Markdown: its fences pair up.
      expect((page.match(/^```/gm) ?? []).length % 2).toBe(0);
    }
    // Every line is there once, in order, none cut in two (the repeated fences aside).
    const shown = out.flatMap((p) => p.split('\n')).filter((l) => l.startsWith('line'));
    expect(shown).toEqual(lines.filter((l) => l.startsWith('line')));
    expect(out.slice(1).some((p) => p.startsWith('```yaml\nline'))).toBe(true);
    expect(pages('short', 1000)).toEqual(['short']);
  });

  it('input: a step whose code sits in a ~~~sh block, and a ```` block showing a ``` fence → Discord gets ``` blocks, the language kept, the inner fence shown', () => {
    const topic = [
      '---\nid: install\ntitle: Install the app\n---',
      '1. Run:\n   ~~~sh\n   # as root\n   apt install app\n   ~~~',
      '2. Write the block:\n   ````md\n   ```yaml\n   key: 1\n   ```\n   ````',
      '',
    ].join('\n');
    const built = buildKnowledge({ files: [{ name: 'install.md', text: topic }], allowedHostsText: '' });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const body = renderAnswer(built.knowledge.byId.get('install')!, built.knowledge).body;
    expect(body).toContain('   ```sh\n   # as root\n   apt install app\n   ```');
    expect(body).not.toContain('~~~');
    // One block, drawn whole: the example's own fences are text in it, not the block's end.
    expect(body).toContain('   ```md\n   `\u200b``yaml\n   key: 1\n   `\u200b``\n   ```');
  });

  it('input: a 300-line ~~~ block cut over pages, and a one-line ```adb shell``` before long text → each page closes what it opens', () => {
    const code = Array.from({ length: 300 }, (_, i) => `echo line ${i}`);
    const block = pages(discordFences(['Run this:', '~~~bash', ...code, '~~~', 'Done.'].join('\n')), 1000);
    expect(block.length).toBeGreaterThan(3);
    for (const page of block) expect((page.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(block.slice(1).every((p) => p.startsWith('```bash\n'))).toBe(true);
    const inline = pages(
      ['Type ```adb shell``` first.', ...Array.from({ length: 60 }, () => 'x'.repeat(40))].join('\n'),
      1000,
    );
    // A one-line "```adb shell```" opens no block: no page gets a fence it never had.
    expect(inline.join('\n').match(/```/g)).toHaveLength(2);
  });

  it('input: a pipe table inside a ~~~ block, and one outside it → only the one outside is written as lines', () => {
    const text = '~~~\n| a | b |\n|---|---|\n| 1 | 2 |\n~~~\n\n| Key | Does |\n|---|---|\n| F1 | Help |';
    expect(tablesAsLines(text)).toBe('~~~\n| a | b |\n|---|---|\n| 1 | 2 |\n~~~\n\n**F1**: Help');
  });

  it('cuts a line longer than a page at a space (input: one 2,500-character line of words, pages of 1,000)', () => {
    const words = Array.from({ length: 700 }, (_, i) => `w${i}`)
      .join(' ')
      .slice(0, 2500)
      .trim();
    const out = pages(words, 1000);
    expect(out.every((p) => p.length <= 1000)).toBe(true);
    expect(out.join(' ')).toBe(words);
  });

  it('offers the alternatives by title for "suggest", with a way to open a ticket', () => {
    const alts = ['log-in', 'sign-in-options'].map((id) => guide.byId.get(id)!);
    const text = renderDecisionText(decision('suggest', alts[0]!, { alternatives: alts }), guide);
    expect(text.split('\n')).toEqual([
      t('en', 'suggest.intro'),
      `  1. ${alts[0]!.title}`,
      `  2. ${alts[1]!.title}`,
      '  [🎫 None of these — open a ticket]',
    ]);
  });

  it('input: an imported guide offering "Android" (section Automatic Backup), "Backup" (its own section) and "Local sharing" → only the bare one-word title carries its section', () => {
    const file = (id: string, title: string, section: string) => ({
      name: `${id}.md`,
      text: `---\nid: ${id}\ntitle: ${title}\nsection: ${section}\n---\n1. Do it.\n`,
    });
    const result = buildKnowledge({
      files: [
        file('android', 'Android', 'Automatic Backup'),
        file('backup', 'Backup', 'Backup'),
        file('local-sharing', 'Local sharing', 'Sharing'),
      ],
      allowedHostsText: '',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const kb = result.knowledge;
    const alts = ['android', 'backup', 'local-sharing'].map((id) => kb.byId.get(id)!);
    const text = renderDecisionText(decision('suggest', alts[0]!, { alternatives: alts }), kb);
    expect(text.split('\n').slice(1, 4)).toEqual([
      '  1. Android (Automatic Backup)',
      '  2. Backup',
      '  3. Local sharing',
    ]);
  });

  it('shows the ticket template for "escalate" and only a marker for "ignore"', () => {
    expect(renderDecisionText(decision('escalate', null), guide)).toBe(`${ticketTemplateText()}\n\n[🎫 Open a ticket]`);
    expect(renderDecisionText(decision('ignore', null), guide)).toBe('(no reply: small talk)');
  });

  it('puts the secret warning (delete it, never share a password or code) first when the message held a secret', () => {
    const text = renderDecisionText(decision('ignore', null, { secret: true }), guide);
    expect(text.split('\n')[0]).toBe(SECRET_WARNING);
    expect(SECRET_WARNING).toMatch(/Delete it/);
    expect(SECRET_WARNING).toContain(NEVER_SHARE);
  });
});

describe('escapeUserText', () => {
  const cases: Array<[string, string, (out: string) => void]> = [
    [
      '@everyone and @here',
      '@everyone hi @here',
      (o) => {
        expect(o).not.toMatch(/@everyone|@here/);
        expect(o.replace(/\u200b/g, '')).toBe('@everyone hi @here');
      },
    ],
    ['@EVERYONE in capitals', '@EVERYONE', (o) => expect(o).not.toMatch(/@everyone/i)],
    [
      'user, nickname and role mentions',
      '<@123456789012345678> <@!123456789012345678> <@&123456789012345678>',
      (o) => {
        expect(o).not.toMatch(/<@[!&]?\d/);
        expect(o).not.toMatch(/@[!&]?\d/);
      },
    ],
    [
      'a channel mention and a slash-command mention',
      '<#123456789012345678> </login:123456789012345678>',
      (o) => expect(o).not.toMatch(/(?<!\\)</),
    ],
    [
      'bold, italics, strike, spoiler, code, quote and heading',
      '**b** _i_ ~~s~~ ||x|| `c` > q # h',
      (o) => {
        expect(o).toBe('\\*\\*b\\*\\* \\_i\\_ \\~\\~s\\~\\~ \\|\\|x\\|\\| \\`c\\` \\> q \\# h');
      },
    ],
    [
      'a masked link and plain links',
      '[click](https://evil.example.com) http://x.example.com',
      (o) => {
        expect(o).not.toContain('](');
        expect(o).not.toMatch(/https?:\/\//);
      },
    ],
    ['an angle-bracket link', '<https://evil.example.com>', (o) => expect(o).not.toMatch(/https?:\/\/|(?<!\\)</)],
    ['a Discord invite', 'join discord.gg/abc', (o) => expect(o).not.toContain('discord.gg/')],
    ['a subtext line', '-# tiny', (o) => expect(o.startsWith('\\-\\#')).toBe(true)],
    ['a backslash that tries to undo the escaping', '\\*\\*', (o) => expect(o).toBe('\\\\\\*\\\\\\*')],
  ];
  for (const [tried, input, check] of cases) it(`neutralises ${tried}`, () => check(escapeUserText(input)));

  it('leaves plain text alone', () => {
    expect(escapeUserText('I forgot my password, what now?')).toBe('I forgot my password, what now?');
  });

  it('quoteUserText flattens lines, cuts long text without splitting an emoji, and escapes', () => {
    expect(quoteUserText('a\n\n**b**   c', 50)).toBe('a \\*\\*b\\*\\* c');
    const cut = quoteUserText('😀'.repeat(10), 4);
    expect(hasLoneSurrogate(cut)).toBe(false);
    expect(cut).toBe('😀…');
  });
});

describe('ticketTemplateText', () => {
  const text = ticketTemplateText();
  it.each([
    ['what you were trying to do', /trying to do/i],
    ['the exact error', /exact error/i],
    ['what you tried', /already tried/i],
    ['device, OS, browser or app version', /device, os, browser or app version/i],
    ['the account e-mail', /account e-mail/i],
  ])('asks for %s', (_, pattern) => expect(text).toMatch(pattern));

  it('asks exactly five things, one bullet each, and says never to share a password or code', () => {
    expect(text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(5);
    expect(text).toMatch(/never share your password or any verification code/i);
  });

  it('has form labels that fit a Discord modal (five inputs, labels ≤ 45, placeholders ≤ 100)', () => {
    expect(TICKET_FIELDS).toHaveLength(5);
    for (const f of TICKET_FIELDS) {
      expect(f.label.length).toBeLessThanOrEqual(LIMITS.modalLabel);
      expect(f.placeholder.length).toBeLessThanOrEqual(100);
      expect(f.maxLength).toBeLessThanOrEqual(4000);
    }
  });
});

describe('truncate', () => {
  it('returns short text unchanged', () => expect(truncate('abc', 3)).toBe('abc'));
  it('cuts to the limit with an ellipsis', () => expect(truncate('abcdef', 4)).toBe('abc…'));
  it('never splits a surrogate pair at any cut point in a line of emoji', () => {
    const s = '😀a👍🏽😀'.repeat(5);
    for (let max = 1; max < s.length; max++) {
      const out = truncate(s, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(hasLoneSurrogate(out)).toBe(false);
    }
  });
  it('returns nothing for a limit of 0, not a lone ellipsis', () => expect(truncate('abc', 0)).toBe(''));
});
