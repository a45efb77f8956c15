/** A heading shorter than this says too little to title a topic. */
export const MIN_TITLE = 3;

/** kb:check counts a title's characters, an emoji as one ("🐻?" is two), not the two UTF-16 units `length` counts. */
export const tooShortTitle = (title: string): boolean => [...title].length < MIN_TITLE;

/** A folder's index page: it names the folder (index, README, _index). */
export const INDEX_PAGE = /(?:^|[\\/])(?:_?index|readme)\.[^./\\]+$/i;

/**
 * "login-guide_v2.rst" → "Login guide v2"; "02-sync.md" → "Sync" (a number that orders a site's pages is no title);
 * "group-management/index.md" → "Group management": a folder's index page (index, README, _index) is named by its folder.
 */
export function titleFromFileName(fileName: string): string {
  const parts = fileName.split(/[\\/]/).filter(Boolean);
  const own = parts.length > 1 && INDEX_PAGE.test(parts[parts.length - 1]!) ? parts.length - 2 : parts.length - 1;
  const base = (parts[own] ?? fileName)
    .replace(/\.[^.]+$/, '')
    .replace(/^\d+(?=[-_.]+\D)/, '')
    .replace(/[-_.]+/g, ' ')
    .trim();
  const t = base ? base[0]!.toUpperCase() + base.slice(1) : 'Imported guide';
  return tooShortTitle(t) ? `${t} guide` : t;
}
