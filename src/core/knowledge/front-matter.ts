import { isMap, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { KnowledgeError } from './knowledge-source.js';

/** Split `---` front matter from the body; the body's first line number is kept for error messages. */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // An empty block (`---` straight after `---`) is front matter too: it is reported as missing id and title.
  const match = /^---\n(?:---|([\s\S]*?)\n---)[ \t]*(?:\n|$)/.exec(normalised);
  if (!match) return null;
  const yaml = match[1] ?? '';
  return { yaml, body: normalised.slice(match[0].length), bodyLine: (match[0].match(/\n/g)?.length ?? 0) + 1 };
}

/** File line of an offset in the front matter text (the opening `---` is line 1). */
function fileLine(yaml: string, offset: number): number {
  return yaml.slice(0, Math.max(0, offset)).split('\n').length + 1;
}

/** A file's front matter, validated by `schema`, with helpers that find the file line of a key or value. */
export interface FrontMatter<T> {
  data: T;
  split: { yaml: string; body: string; bodyLine: number };
  keyLine(key: string): number | undefined;
  nodeLine(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Read and validate the `---` block of a Markdown file. Every problem goes to `errors` with its file
 * line (an unknown key is pointed at by name, so a typo such as "alias:" is found at once); null then.
 */
export function readFrontMatter<S extends z.ZodObject>(
  name: string,
  text: string,
  schema: S,
  errors: KnowledgeError[],
): FrontMatter<z.infer<S>> | null {
  const split = splitFrontMatter(text);
  if (!split) {
    errors.push({ file: name, line: 1, message: 'missing front matter: the file must start with a --- block' });
    return null;
  }
  const doc = parseDocument(split.yaml, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      // prettyErrors is off, so linePos is not filled in: count lines up to the error's offset instead.
      errors.push({
        file: name,
        line: fileLine(split.yaml, e.pos[0]),
        message: `front matter is not valid YAML: ${e.message.split('\n')[0]}`,
      });
    }
    return null;
  }
  const keyNode = (key: string) =>
    isMap(doc.contents)
      ? doc.contents.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === key)
      : undefined;
  const keyLine = (key: string): number | undefined => {
    const offset = (keyNode(key)?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
    return offset === undefined ? undefined : fileLine(split.yaml, offset);
  };
  const nodeLine = (path: readonly PropertyKey[]): number | undefined => {
    const plain = path.filter((k): k is string | number => typeof k !== 'symbol');
    const node =
      plain.length > 1 ? (doc.getIn(plain, true) as { range?: [number, number, number] } | undefined) : undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) return fileLine(split.yaml, offset);
    return typeof plain[0] === 'string' ? keyLine(plain[0]) : undefined;
  };
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        // Point at each unknown key, so a typo such as "alias:" is found at once.
        for (const key of issue.keys) {
          errors.push({
            file: name,
            line: keyLine(key) ?? 2,
            message: `front matter has an unknown key "${key}" (allowed: ${Object.keys(schema.shape).join(', ')})`,
          });
        }
        continue;
      }
      const where = issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
      errors.push({ file: name, line: nodeLine(issue.path) ?? 2, message: `front matter ${where}${issue.message}` });
    }
    return null;
  }
  return { data: parsed.data, split, keyLine, nodeLine };
}
