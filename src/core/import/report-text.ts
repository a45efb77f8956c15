import type { ImportReport } from './sections-to-topics.js';

/** "rst", "markdown", or both for a folder of pages ("markdown and rst"), as people name them. */
const formatName = (format: string) =>
  format
    .split(' and ')
    .map((f) => (f === 'rst' ? 'reStructuredText' : 'Markdown'))
    .join(' and ');

/** The import report as a person reads it in a terminal: tree first, then what needs a look. */
export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  const n = report.topics.length;
  out.push(`Imported ${report.source} (${formatName(report.format)}): ${n} topic${n === 1 ? '' : 's'} written`);
  out.push('', 'Topics (tree, steps found, where the steps came from):');
  for (const t of report.topics) {
    const cmd = t.command ? `  /${t.command}` : '';
    out.push(
      `${'  '.repeat(t.depth + 1)}- ${t.title} [${t.id}] — ${t.steps} step${t.steps === 1 ? '' : 's'} from ${t.stepsFrom}${cmd}`,
    );
  }
  const prose = report.topics.filter((t) => t.stepsFrom === 'sentences' || t.stepsFrom === 'paragraphs');
  if (prose.length > 0) {
    out.push('', `Steps made from prose (only text, no list): check they read as actions:`);
    for (const t of prose)
      out.push(`  - ${t.id}: one step per ${t.stepsFrom === 'sentences' ? 'sentence' : 'paragraph'}`);
  }
  const overview = report.topics.filter((t) => t.stepsFrom === 'sub-sections');
  if (overview.length > 0)
    out.push('', `Overview topics (their steps list their sub-sections): ${overview.map((t) => t.id).join(', ')}`);
  out.push(
    '',
    report.droppedLinks.length === 0
      ? 'Links dropped: none'
      : `Links dropped (not on the allowlist or not https): ${report.droppedLinks.length}`,
  );
  for (const d of report.droppedLinks) out.push(`  - ${d.url} in ${d.topic}: ${d.reason}`);
  // Navigation lists ("Related articles") are reported here too: not empty, but no topic either.
  out.push(
    '',
    report.emptySections.length === 0
      ? 'Empty and navigation sections: none'
      : 'Empty and navigation sections (no text of their own, or only links to other pages):',
  );
  for (const e of report.emptySections)
    out.push(`  - "${e.title}": ${e.action === 'skipped' ? 'skipped' : 'kept as an overview'} (${e.detail})`);
  out.push('', report.renamed.length === 0 ? 'Ids renamed: none' : 'Ids renamed (duplicate titles):');
  for (const r of report.renamed) out.push(`  - "${r.title}": ${r.wanted} → ${r.id}`);
  if (report.warnings.length > 0) {
    out.push('', 'Warnings:');
    for (const w of report.warnings) out.push(`  ! ${w}`);
  }
  return out.join('\n');
}
