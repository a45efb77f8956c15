import { plainText } from './plain-text.js';

/** ids double as file names; `readme.md` would be skipped by the loader as documentation. */
const RESERVED_IDS = new Set(['readme']);
const MAX_ID = 60;

/** Title → lowercase words joined by dashes (the SLUG shape of topic.ts), accents folded to ASCII. */
export function slugify(title: string, max = MAX_ID): string {
  const slug = plainText(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutSlug(slug, max);
}

/** Shorten at a dash so no word is cut in half. */
export function cutSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * Hands out ids in document order. The same guide always gives the same ids (they depend only on
 * titles and their order), and a repeated title gets -2, -3… so links between topics stay exact.
 */
export class IdAllocator {
  private readonly taken = new Set<string>();

  next(title: string): { id: string; base: string } {
    const base = slugify(title) || 'topic';
    let id = base;
    for (let n = 2; this.taken.has(id) || RESERVED_IDS.has(id); n++)
      id = `${cutSlug(base, MAX_ID - String(n).length - 1)}-${n}`;
    this.taken.add(id);
    return { id, base };
  }
}
