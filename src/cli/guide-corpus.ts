import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EvalCase } from '../core/learn/eval-score.js';
import type { GuideSource } from '../core/learn/guide-eval.js';
import { formatKnowledgeError } from '../core/knowledge/knowledge-source.js';
import { loadKnowledge } from '../app/knowledge-folder.js';
import { readGuidePages } from '../app/guide-pages.js';

/**
 * A folder of guides for `eval --guides`: one sub-folder per guide, holding either `guide.md` /
 * `guide.rst` or a docs folder of pages `guide/` (imported as `kb:import` would) and `questions.jsonl`
 * labelled by heading, or a
 * `guide.json` manifest `{"knowledge": DIR, "questions": [FILE, ...]}` pointing at a knowledge folder
 * and question files labelled by topic id (paths relative to the manifest).
 */

/** Question lines in the eval format; a bad line names its file and line. */
export function readCases(file: string): EvalCase[] {
  const cases: EvalCase[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let c: EvalCase | null;
      try {
        c = JSON.parse(line) as EvalCase | null;
        if (
          typeof c !== 'object' ||
          c === null ||
          typeof c.q !== 'string' ||
          !(Array.isArray(c.expect) || c.expect === 'escalate' || c.expect === 'ignore')
        ) {
          throw new Error('needs "q" and "expect"');
        }
      } catch (err) {
        throw new Error(`${file}:${i + 1}: not a valid question line (${(err as Error).message})`);
      }
      cases.push({
        q: c.q,
        expect: c.expect,
        cat: c.cat ?? 'uncategorised',
        ...(typeof c.lang === 'string' ? { lang: c.lang } : {}),
      });
    });
  return cases;
}

export async function readGuideCorpus(dir: string): Promise<GuideSource[]> {
  const names = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
  const out: GuideSource[] = [];
  for (const name of names) {
    const folder = realpathSync(join(dir, name));
    const manifest = join(folder, 'guide.json');
    if (existsSync(manifest)) {
      const m = JSON.parse(readFileSync(manifest, 'utf8')) as { knowledge: string; questions: string[] };
      const loaded = await loadKnowledge(resolve(folder, m.knowledge));
      if (!loaded.ok) throw new Error(`${manifest}: ${loaded.errors.map(formatKnowledgeError).join('; ')}`);
      out.push({
        name,
        guide: { knowledge: loaded.knowledge },
        cases: m.questions.flatMap((q) => readCases(resolve(folder, q))),
      });
      continue;
    }
    if (!existsSync(join(folder, 'questions.jsonl'))) continue;
    const cases = readCases(join(folder, 'questions.jsonl'));
    const fileName = ['guide.md', 'guide.rst'].find((f) => existsSync(join(folder, f)));
    if (fileName) out.push({ name, guide: { fileName, text: readFileSync(join(folder, fileName), 'utf8') }, cases });
    else if (existsSync(join(folder, 'guide')))
      out.push({ name, guide: { folderName: name, pages: await readGuidePages(join(folder, 'guide')) }, cases });
  }
  return out;
}
