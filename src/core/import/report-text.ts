import { isLocalHost } from '../knowledge/local-address.js';
import { REMOVED_FROM_CODE } from './link-filter.js';
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
  for (const v of report.versionsLeftOut ?? []) out.push(...versionsLeftOutText(report.source, v));
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
  out.push('', ...droppedLinksText(report.droppedLinks));
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

/**
 * A versioned site's versions the import left out, and how to serve one instead: the old versions' newest, as an admin
 * whose members still run it would, or the current docs when the site's lastVersion was served in their place.
 */
function versionsLeftOutText(source: string, v: NonNullable<ImportReport['versionsLeftOut']>[number]): string[] {
  const folder = (path: string) => `${source.replace(/\/+$/, '')}/${path}`;
  const pages = (n: number) => `${n} page${n === 1 ? '' : 's'}`;
  const out: string[] = [];
  if (v.served)
    out.push(
      `Serving version ${v.served.version} (${v.folder}/version-${v.served.version}/), the site's lastVersion; ${v.served.next}/ (next, ${pages(v.served.nextPages)}) left out: to serve it instead, import ${folder(v.served.next)}.`,
    );
  if (v.versions.length > 0)
    out.push(
      `Old versions left out (${v.folder}/): ${v.versions.join(', ')} (${pages(v.pages)}); to serve one instead, import its folder (the newest: ${folder(`${v.folder}/${v.versions.at(-1)}`)}).`,
    );
  return out;
}

/**
 * Dropped links, summed up by host before they are listed: on a real docs site they run to the hundreds, most to the
 * team's own sites, and what the admin needs to see is which hosts to allow. Commands in
 * code blocks that lost an address are named, as they no longer run as written.
 */
/** Hosts summed up by name before the full list: a big site links to a couple of hundred. */
const HOSTS_SHOWN = 15;

function droppedLinksText(dropped: ImportReport['droppedLinks']): string[] {
  if (dropped.length === 0) return ['Links dropped: none'];
  const byHost = new Map<string, number>();
  for (const d of dropped) if (d.host) byHost.set(d.host, (byHost.get(d.host) ?? 0) + 1);
  const hosts = [...byHost].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const out = [`Links dropped (not on the allowlist or not https): ${dropped.length}, to ${hosts.length} host(s)`];
  for (const [host, count] of hosts.slice(0, HOSTS_SHOWN)) out.push(`  ${String(count).padStart(4)}  ${host}`);
  if (hosts.length > HOSTS_SHOWN) out.push(`        and ${hosts.length - HOSTS_SHOWN} more host(s), in the list below`);
  // The flag, not a ready command line: whether a host is the team's own or an unofficial copy is theirs to say.
  if (dropped.some((d) => d.host && /^https:/i.test(d.url)))
    out.push('To keep the https links to a host you trust (your own sites), import again with --allow-host HOST.');
  // A self-hosted product's guide sends members to their own machine over http; those are kept once allowed.
  if (dropped.some((d) => /^http:/i.test(d.url) && isLocalHost(d.host)))
    out.push(
      "To keep addresses on the member's own machine or network (localhost, 192.168.x.x, *.local), which stay http, import again with --allow-host for each.",
    );
  const inCode = [...new Set(dropped.filter((d) => d.where === 'code block').map((d) => d.topic))];
  if (inCode.length > 0)
    out.push(`Code blocks now showing "${REMOVED_FROM_CODE}" (they no longer run as written): ${inCode.join(', ')}`);
  out.push('Every link dropped:');
  for (const d of dropped) out.push(`  - ${d.url} in ${d.topic}: ${d.reason}`);
  return out;
}
