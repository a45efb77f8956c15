import { CODE_FENCE, DIRECTIVE, fenceEnd } from './myst.js';
import { includePath } from './partials.js';

/**
 * MyST's `{include}` directive ("```{include} steps.md", ":::{include} steps.md") writes another Markdown file into the
 * page where it stands, as reST's `.. include::` does. Read as any other directive, it showed nothing: AndroidAPS' build
 * page keeps each platform's steps in a file its tabs include, and members saw the tabs' names over no steps. The file's
 * text is written in here, before the page is read as MyST, so its boxes, tabs and targets are read as the page's own.
 */

/** Includes that include: a site rarely nests them deeper, and a loop must end. */
const MAX_DEPTH = 3;

/** A Markdown page, the only kind MyST reads. */
const isMarkdownPage = (fileName: string) => /\.(?:md|markdown)$/i.test(fileName);

/** The files a page's `{include}` directives name, by path from the folder's top (none inside code). */
export function mystIncludeTargets(fileName: string, text: string): string[] {
  if (!isMarkdownPage(fileName) || !text.includes('{include}')) return [];
  const found: string[] = [];
  walk(text.split('\n'), (arg) => {
    found.push(includePath(fileName, arg));
    return null;
  });
  return found;
}

/**
 * The page with each file its `{include}` directives name (from `files`) written where the directive stands, indented
 * as it is, cut at `:start-after:` and `:end-before:` as Sphinx cuts it; a `:literal:` or `:code:` include is shown as
 * code. A directive naming a file the folder does not hold stays (and shows nothing).
 */
export function inlineMystIncludes(
  fileName: string,
  text: string,
  files: ReadonlyMap<string, string>,
  depth = 0,
): string {
  if (depth >= MAX_DEPTH || !isMarkdownPage(fileName) || !text.includes('{include}')) return text;
  const lines = walk(text.split('\n'), (arg, options) => {
    const path = includePath(fileName, arg);
    const file = files.get(path);
    if (file === undefined) return null;
    let body = inlineMystIncludes(path, file, files, depth + 1);
    const after = options.get('start-after');
    const before = options.get('end-before');
    if (after && body.includes(after)) body = body.slice(body.indexOf(after) + after.length);
    if (before && body.includes(before)) body = body.slice(0, body.indexOf(before));
    const content = body.replace(/^\n+|\n+$/g, '').split('\n');
    if (!options.has('literal') && !options.has('code')) return ['', ...content, ''];
    const fence = '`'.repeat(Math.max(3, ...content.map((l) => (/^\s*(`{3,})/.exec(l)?.[1]?.length ?? 0) + 1)));
    return ['', `${fence}${options.get('code') ?? ''}`, ...content, fence, ''];
  });
  return lines.join('\n');
}

/**
 * The lines with each `{include}` directive replaced by what `include` gives for its argument and options (null: kept
 * as written). A directive ends where myst.ts ends it: at the first line closing its fence, or at the end of the
 * directive holding it (":::{include} x.md" left open in a tab). A directive that now holds a longer closing fence than
 * its own (a file with boxes written into a box) gets a longer fence, so that it still ends where it did.
 */
function walk(
  lines: readonly string[],
  include: (arg: string, options: Map<string, string>) => string[] | null,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const directive = DIRECTIVE.exec(line);
    if (directive) {
      const [, indent, fence, name, arg] = directive as unknown as [string, string, string, string, string];
      const end = fenceEnd(lines, i, fence);
      const body = lines.slice(i + 1, end);
      if (name.toLowerCase() === 'include' && arg) {
        const options = new Map<string, string>();
        for (const l of body) {
          const m = /^\s*:([\w-]+):(?:\s+(.*))?$/.exec(l);
          if (m) options.set(m[1]!, (m[2] ?? '').trim());
        }
        const written = include(arg, options);
        if (written) {
          out.push(...written.map((l) => (l.trim() === '' ? '' : indent + l)));
          i = end;
          continue;
        }
      }
      const inner = walk(body, include);
      const mark = fence[0]!;
      const longest = Math.max(
        0,
        ...inner.map((l) => (l.trim()[0] === mark && /^\s*(`{3,}|:{3,})\s*$/.test(l) ? l.trim().length : 0)),
      );
      const own = longest >= fence.length ? mark.repeat(longest + 1) : fence;
      out.push(indent + own + line.slice(indent.length + fence.length), ...inner);
      if (end < lines.length) out.push(lines[end]!.replace(/^(\s*)[`:]+/, `$1${own}`));
      i = end;
      continue;
    }
    const code = CODE_FENCE.exec(line);
    if (code) {
      const end = fenceEnd(lines, i, code[2]!);
      out.push(...lines.slice(i, end + 1));
      i = end;
      continue;
    }
    out.push(line);
  }
  return out;
}
