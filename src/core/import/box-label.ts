/**
 * A box's or a tab's label as it leads its text: "Note:", and a question ("Why are my videos not indexed?") as asked,
 * not "…indexed?:". Shared by the Markdown (mdx.ts) and reStructuredText (parse-rst.ts) readers.
 */
export const labelled = (label: string) => (/[.:?!]$/.test(label) ? label : `${label}:`);

/** A box's type as its label names it: "warning" and "WARNING" are "Warning". */
export const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1).toLowerCase();
