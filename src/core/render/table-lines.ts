import { FenceTracker } from '../knowledge/fences.js';

/**
 * Discord shows a Markdown table as its raw pipes and dashes, padded to widths a chat window does not keep. An
 * imported guide's tables (browser support, keyboard shortcuts, settings) are shown instead as one line per row:
 * "**Ctrl+S**: Save" for two columns, "**Chrome** — Support: ✅ · Versions: >= 72" for more, naming each cell by its
 * column's heading and leaving out empty cells. Code blocks are left as written; the stored topic keeps its table.
 */

/** A table row; a numbered step may start with one ("2. | Person | Role |"), its number kept for the first row shown. */
const ROW = /^(\s*(?:\d+\.\s+|[-*]\s+)?)\|(.*)\|\s*$/;
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** The cells of a table row, "\|" kept as a pipe inside its cell. */
function cells(inner: string): string[] {
  return inner.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

/** One row as a line after `indent`: its first cell in bold as the row's name, the others after it. */
function rowLine(indent: string, header: readonly string[], row: readonly string[]): string {
  const [first = '', ...rest] = row;
  const label = first && !/^\*\*.*\*\*$/.test(first) ? `**${first}**` : first;
  if (header.length <= 2) return `${indent}${[label, rest.filter(Boolean).join(' ')].filter(Boolean).join(': ')}`;
  const named = rest
    .map((c, k) => (c ? (header[k + 1] ? `${header[k + 1]}: ${c}` : c) : ''))
    .filter(Boolean)
    .join(' · ');
  return `${indent}${[label, named].filter(Boolean).join(' — ')}`;
}

/** `text` with every Markdown table outside code blocks written as one line per row (its header row dropped). */
export function tablesAsLines(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  // At any depth: a step's code block sits under its number.
  const fences = new FenceTracker(true);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const head = fences.isCode(line) ? null : ROW.exec(line);
    if (!head || !SEPARATOR.test(lines[i + 1] ?? '')) {
      out.push(line);
      continue;
    }
    const header = cells(head[2]!);
    let lead = /\S/.test(head[1]!) ? head[1]! : null;
    let j = i + 2;
    for (; j < lines.length; j++) {
      const row = ROW.exec(lines[j]!);
      if (!row) break;
      const shown = rowLine(lead ?? row[1]!, header, cells(row[2]!));
      if (!shown.trim() || shown === lead) continue;
      out.push(shown);
      lead = null;
    }
    if (lead) out.push(lead.trimEnd());
    i = j - 1;
  }
  return out.join('\n');
}
