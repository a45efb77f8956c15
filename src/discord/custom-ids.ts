import { LIMITS } from '../core/render/discord-limits.js';

/**
 * Component custom ids: "sw:<kind>:<arg>". One place encodes and parses them, so a button made
 * by one handler is always understood by another, including after a restart.
 */
export type CustomId =
  /** `handoff`: the offer the button sits under ("did you mean", related topics), so a pick keeps the member's question. */
  | { kind: 'topic'; topicId: string; handoff?: string }
  | { kind: 'solved'; topicId: string; questionId: number | null }
  | { kind: 'ticket'; handoff: string }
  | { kind: 'ticket-modal'; handoff: string }
  | { kind: 'claim'; ticketId: number }
  | { kind: 'release'; ticketId: number }
  | { kind: 'close'; ticketId: number }
  | { kind: 'close-modal'; ticketId: number }
  | { kind: 'reopen'; ticketId: number }
  | { kind: 'keep-open'; ticketId: number }
  | { kind: 'rate'; ticketId: number; stars: number }
  | { kind: 'rate-modal'; ticketId: number; stars: number }
  /** Staff's pick under "Answer from the guide": the `pick`th topic offered, or the ticket form when null. */
  | { kind: 'post'; handoff: string; pick: number | null }
  /** "Show more" under a topic too long for one message: its `page`th page (from 2), in the answer's language. */
  | { kind: 'more'; topicId: string; page: number; lang?: string }
  /** Previous / Next under /topics: that page of the list. */
  | { kind: 'topics-page'; page: number };

/** A handoff key as HandoffCache makes it (base64url). */
const HANDOFF_KEY = /^[A-Za-z0-9_-]{1,16}$/;

export function encodeId(id: CustomId): string {
  switch (id.kind) {
    case 'topic': {
      const bare = `sw:topic:${id.topicId}`;
      const withOffer = `${bare}.${id.handoff}`;
      // A topic id too long to carry the offer as well still opens its topic, only without the member's question.
      return id.handoff && HANDOFF_KEY.test(id.handoff) && withOffer.length <= LIMITS.customId ? withOffer : bare;
    }
    case 'solved':
      return `sw:solved:${id.topicId}${id.questionId ? `.${id.questionId}` : ''}`;
    case 'ticket':
    case 'ticket-modal':
      return `sw:${id.kind}:${id.handoff}`;
    case 'claim':
    case 'release':
    case 'close':
    case 'close-modal':
    case 'reopen':
    case 'keep-open':
      return `sw:${id.kind}:${id.ticketId}`;
    case 'rate':
    case 'rate-modal':
      return `sw:${id.kind}:${id.ticketId}.${id.stars}`;
    case 'post':
      return `sw:post:${id.handoff}.${id.pick ?? 'ticket'}`;
    case 'topics-page':
      return `sw:topics-page:${id.page}`;
    case 'more': {
      const bare = `sw:more:${id.topicId}.${id.page}`;
      // Without room for the language, the page is shown in the language of whoever presses.
      return id.lang && `${bare}.${id.lang}`.length <= LIMITS.customId ? `${bare}.${id.lang}` : bare;
    }
  }
}

export function parseId(raw: string): CustomId | null {
  if (raw.length > LIMITS.customId) return null;
  const m = /^sw:([a-z-]+):(.*)$/.exec(raw);
  if (!m) return null;
  const [, kind, arg = ''] = m;
  switch (kind) {
    case 'topic': {
      const p = /^([a-z0-9-]+)(?:\.([A-Za-z0-9_-]+))?$/.exec(arg);
      return p ? { kind, topicId: p[1]!, ...(p[2] ? { handoff: p[2] } : {}) } : null;
    }
    case 'solved': {
      const s = /^([a-z0-9-]+)(?:\.(\d{1,15}))?$/.exec(arg);
      return s ? { kind, topicId: s[1]!, questionId: s[2] ? Number(s[2]) : null } : null;
    }
    case 'ticket':
    case 'ticket-modal':
      return { kind, handoff: arg };
    case 'claim':
    case 'release':
    case 'close':
    case 'close-modal':
    case 'reopen':
    case 'keep-open': {
      const n = Number(arg);
      return Number.isSafeInteger(n) && n > 0 ? { kind, ticketId: n } : null;
    }
    case 'rate':
    case 'rate-modal': {
      const r = /^(\d{1,15})\.([1-5])$/.exec(arg);
      return r ? { kind, ticketId: Number(r[1]), stars: Number(r[2]) } : null;
    }
    case 'post': {
      const p = /^([A-Za-z0-9_-]{1,16})\.(\d|ticket)$/.exec(arg);
      return p ? { kind, handoff: p[1]!, pick: p[2] === 'ticket' ? null : Number(p[2]) } : null;
    }
    case 'topics-page': {
      const n = Number(arg);
      return /^\d{1,3}$/.test(arg) && n > 0 ? { kind, page: n } : null;
    }
    case 'more': {
      const p = /^([a-z0-9-]+)\.([2-9]|[1-9]\d)(?:\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?))?$/.exec(arg);
      return p ? { kind, topicId: p[1]!, page: Number(p[2]), ...(p[3] ? { lang: p[3] } : {}) } : null;
    }
    default:
      return null;
  }
}
