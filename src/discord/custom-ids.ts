/**
 * Component custom ids: "sw:<kind>:<arg>". One place encodes and parses them, so a button made
 * by one handler is always understood by another, including after a restart.
 */
export type CustomId =
  | { kind: 'topic'; topicId: string }
  | { kind: 'solved'; topicId: string; questionId: number | null }
  | { kind: 'ticket'; handoff: string }
  | { kind: 'ticket-modal'; handoff: string }
  | { kind: 'claim'; ticketId: number }
  | { kind: 'close'; ticketId: number }
  | { kind: 'close-modal'; ticketId: number }
  | { kind: 'reopen'; ticketId: number }
  | { kind: 'keep-open'; ticketId: number }
  | { kind: 'rate'; ticketId: number; stars: number }
  | { kind: 'rate-modal'; ticketId: number; stars: number };

export function encodeId(id: CustomId): string {
  switch (id.kind) {
    case 'topic':
      return `sw:topic:${id.topicId}`;
    case 'solved':
      return `sw:solved:${id.topicId}${id.questionId ? `.${id.questionId}` : ''}`;
    case 'ticket':
    case 'ticket-modal':
      return `sw:${id.kind}:${id.handoff}`;
    case 'claim':
    case 'close':
    case 'close-modal':
    case 'reopen':
    case 'keep-open':
      return `sw:${id.kind}:${id.ticketId}`;
    case 'rate':
    case 'rate-modal':
      return `sw:${id.kind}:${id.ticketId}.${id.stars}`;
  }
}

export function parseId(raw: string): CustomId | null {
  const m = /^sw:([a-z-]+):(.{0,90})$/.exec(raw);
  if (!m) return null;
  const [, kind, arg = ''] = m;
  switch (kind) {
    case 'topic':
      return /^[a-z0-9-]+$/.test(arg) ? { kind, topicId: arg } : null;
    case 'solved': {
      const s = /^([a-z0-9-]+)(?:\.(\d{1,15}))?$/.exec(arg);
      return s ? { kind, topicId: s[1]!, questionId: s[2] ? Number(s[2]) : null } : null;
    }
    case 'ticket':
    case 'ticket-modal':
      return { kind, handoff: arg };
    case 'claim':
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
    default:
      return null;
  }
}
