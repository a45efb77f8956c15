import { plainText } from './plain-text.js';

/**
 * A paragraph that only says which plans or editions have the feature, a badge over the page's text (Mattermost's
 * "Available on Entry, Professional, Enterprise, and Enterprise Advanced plans", on 110 pages): no more what the
 * section is about than an aside, and nothing a member does.
 */
const PLANS_BADGE =
  /^Available (?:on|in|for) [^.]{0,120}\b(?:plans?|editions?|tiers?|subscriptions?)\b(?: \([^()]*\))?\.?$/i;

/** Whether a paragraph (Markdown, as the readers write it) is such a badge. */
export const isPlansBadge = (text: string): boolean => PLANS_BADGE.test(plainText(text));
