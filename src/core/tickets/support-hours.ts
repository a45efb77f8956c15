/**
 * Staff working hours (the SUPPORT_HOURS setting), so the bot can tell a member outside them when
 * someone will be back instead of leaving them waiting in silence.
 *
 *   Mon-Fri 09:00-17:00 Europe/Berlin
 *   Mon-Fri 09:00-17:00, Sat 10:00-14:00 UTC
 *   Mon,Wed,Fri 08:30-12:00 America/New_York
 *   Mon-Sun 22:00-06:00 Asia/Tokyo            (overnight: each night runs into the next morning)
 *
 * Hours are wall-clock times in the named zone, the way staff think of them: "09:00" stays 09:00
 * across a daylight-saving change. Every conversion goes through Intl, so no zone data lives here.
 */

/** A day of the week as Date#getDay counts it: 0 = Sunday, 1 = Monday, ... 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One "days from-to" part of the setting. */
export interface SupportWindow {
  /** The days the span starts on; an overnight span ends the next morning. */
  days: Weekday[];
  /** Opening time, in minutes after local midnight (0-1439). */
  start: number;
  /** Closing time, in minutes after local midnight (1-1440; 1440 is "24:00"). Less than start: overnight. */
  end: number;
}

/** Parsed SUPPORT_HOURS. */
export interface SupportHours {
  /** IANA time zone the times are in, as Intl resolved it (e.g. "Europe/Berlin", "UTC"). */
  timeZone: string;
  windows: SupportWindow[];
}

export type SupportHoursResult = { ok: true; hours: SupportHours } | { ok: false; error: string };

const EXPECTED = 'expected e.g. "Mon-Fri 09:00-17:00 Europe/Berlin" or "Mon,Wed 08:30-12:00, Sat 10:00-14:00 UTC"';

const DAY_NAMES: ReadonlyMap<string, Weekday> = new Map<string, Weekday>([
  ['sun', 0],
  ['sunday', 0],
  ['mon', 1],
  ['monday', 1],
  ['tue', 2],
  ['tues', 2],
  ['tuesday', 2],
  ['wed', 3],
  ['wednesday', 3],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['thursday', 4],
  ['fri', 5],
  ['friday', 5],
  ['sat', 6],
  ['saturday', 6],
]);

const TIME_RANGE = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/;
const LOOKS_LIKE_TIME = /\d:\d|^\d/;

const fail = (what: string): SupportHoursResult => ({ ok: false, error: `${what}; ${EXPECTED}` });

/** Minutes after midnight for "HH:MM", or null. 24:00 only where allowed (a closing time). */
function minutesOf(hours: string, minutes: string, allow24: boolean): number | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (m > 59) return null;
  if (h === 24 && m === 0 && allow24) return 1440;
  return h <= 23 ? h * 60 + m : null;
}

/** "Mon", "Mon-Fri" or "Fri-Mon" (wrapping over the weekend) as the days it names, or the bad name. */
function parseDays(item: string): Weekday[] | { bad: string } {
  const [from, to, ...rest] = item.split('-');
  if (rest.length > 0) return { bad: item };
  const a = DAY_NAMES.get((from ?? '').toLowerCase());
  if (a === undefined) return { bad: from || item };
  if (to === undefined) return [a];
  const b = DAY_NAMES.get(to.toLowerCase());
  if (b === undefined) return { bad: to || item };
  const days: Weekday[] = [a];
  for (let d = a; d !== b; ) {
    d = ((d + 1) % 7) as Weekday;
    days.push(d);
  }
  return days;
}

/** True when Intl knows the zone; the resolved (canonical) name is returned. */
function knownTimeZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * Parses the setting. Errors are one line naming the offending piece and showing the expected form,
 * because they end up in a start-up message that an admin reads once and must be able to act on.
 */
export function parseSupportHours(text: string): SupportHoursResult {
  // Spaces around "-" and "," carry no meaning ("Mon - Fri 09:00 - 17:00"), nor does their kind or number
  // (a tab pasted into .env): normalise them so every token is separated by exactly one space.
  const normalised = text.trim().replace(/\s+/g, ' ').replace(/ ?- ?/g, '-').replace(/ ?, ?/g, ',');
  if (normalised === '') return fail('no hours given');
  const lastSpace = normalised.lastIndexOf(' ');
  const zoneText = lastSpace === -1 ? normalised : normalised.slice(lastSpace + 1);
  const isDays = zoneText.split(',').every((item) => !('bad' in parseDays(item)));
  if (LOOKS_LIKE_TIME.test(zoneText) || isDays) {
    return fail(`no time zone at the end of "${text.trim()}"`);
  }
  if (lastSpace === -1) return fail(`no days and hours before "${zoneText}"`);
  const timeZone = knownTimeZone(zoneText);
  if (timeZone === null) {
    return fail(`unknown time zone "${zoneText}" (use an IANA name such as Europe/Berlin, America/New_York or UTC)`);
  }

  const windows: SupportWindow[] = [];
  // Days listed with commas ("Mon,Wed,Fri 08:30-12:00") collect here until the time range that follows them.
  let pendingDays: Weekday[] = [];
  let pendingText: string[] = [];
  for (const piece of normalised.slice(0, lastSpace).split(',')) {
    const tokens = piece.split(' ').filter(Boolean);
    if (tokens.length === 0) return fail(`an empty entry between commas in "${text.trim()}"`);
    const [dayItem, ...ranges] = tokens as [string, ...string[]];
    if (LOOKS_LIKE_TIME.test(dayItem)) return fail(`"${dayItem}" has no day before it (days come first)`);
    const days = parseDays(dayItem);
    if ('bad' in days) return fail(`unknown day "${days.bad}" (use Mon, Tue, Wed, Thu, Fri, Sat or Sun)`);
    pendingDays.push(...days);
    pendingText.push(dayItem);
    if (ranges.length === 0) continue;
    const uniqueDays = [...new Set(pendingDays)];
    for (const range of ranges) {
      const m = TIME_RANGE.exec(range);
      if (!m) {
        // "Mon-Fri 09:00-17:00 Sat 10:00-14:00": the days are right, only the comma between the parts is missing.
        if (DAY_NAMES.has((range.split('-')[0] ?? '').toLowerCase())) return fail(`missing comma before "${range}"`);
        if (!LOOKS_LIKE_TIME.test(range)) {
          return fail(`unexpected "${range}" in "${piece}" (only days and HH:MM-HH:MM time ranges go there)`);
        }
        return fail(`bad time range "${range}" (use HH:MM-HH:MM in 24-hour time, e.g. 09:00-17:00)`);
      }
      const start = minutesOf(m[1]!, m[2]!, false);
      const end = minutesOf(m[3]!, m[4]!, true);
      if (start === null || end === null) {
        return fail(`bad time in "${range}" (hours 00-23, minutes 00-59; 24:00 only as a closing time)`);
      }
      if (start === end) return fail(`"${range}" opens and closes at the same time (for a whole day use 00:00-24:00)`);
      windows.push({ days: uniqueDays, start, end });
    }
    pendingDays = [];
    pendingText = [];
  }
  if (pendingDays.length > 0) return fail(`"${pendingText.join(',')}" has no hours after it`);
  return { ok: true, hours: { timeZone, windows } };
}

// ---- Wall-clock arithmetic in a zone, through Intl only --------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one costs far more than using it, and nextOpening calls this often. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  /** Minutes after local midnight. */
  minute: number;
  /** The wall-clock reading as if it were UTC, in ms (whole seconds): minus the instant, it gives the offset. */
  asUtc: number;
}

const SHORT_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function wallClock(ms: number, timeZone: string): WallClock {
  const parts = partsFormatter(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const year = Number(get('year'));
  const month = Number(get('month'));
  const day = Number(get('day'));
  const hour = Number(get('hour')) % 24; // some engines still say "24" for midnight
  const minute = Number(get('minute'));
  return {
    year,
    month,
    day,
    weekday: SHORT_WEEKDAYS.indexOf(get('weekday')) as Weekday,
    minute: hour * 60 + minute,
    asUtc: Date.UTC(year, month - 1, day, hour, minute, Number(get('second'))),
  };
}

/** The zone's offset from UTC at that instant, in ms. */
const offsetAt = (ms: number, timeZone: string): number => wallClock(ms, timeZone).asUtc - Math.floor(ms / 1000) * 1000;

/** One span on one local day: an overnight window becomes its evening and the next day's morning. */
interface DaySpan {
  day: Weekday;
  start: number;
  end: number;
}

function daySpans(hours: SupportHours): DaySpan[] {
  const spans: DaySpan[] = [];
  for (const w of hours.windows) {
    for (const day of w.days) {
      if (w.start < w.end) {
        spans.push({ day, start: w.start, end: w.end });
      } else {
        spans.push({ day, start: w.start, end: 1440 });
        if (w.end > 0) spans.push({ day: ((day + 1) % 7) as Weekday, start: 0, end: w.end });
      }
    }
  }
  return spans;
}

function openAt(spans: readonly DaySpan[], wall: WallClock): boolean {
  return spans.some((s) => s.day === wall.weekday && s.start <= wall.minute && wall.minute < s.end);
}

/** Whether support is staffed at that moment, by the wall clock in the hours' zone. */
export function isOpen(hours: SupportHours, at: Date): boolean {
  return openAt(daySpans(hours), wallClock(at.getTime(), hours.timeZone));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The instants in [from, to) where the zone's offset changes (daylight saving, or a zone changing its
 * rules): at those the wall clock jumps, so support can open there without any window starting there.
 */
function offsetChanges(from: number, to: number, timeZone: string): number[] {
  const changes: number[] = [];
  // Sampling every 3 hours cannot miss a change: zones change offset at most a few times a year.
  const step = 3 * HOUR;
  let prevT = from;
  let prevOffset = offsetAt(from, timeZone);
  for (let t = from + step; t < to + step; t += step) {
    const offset = offsetAt(t, timeZone);
    if (offset !== prevOffset) {
      // Halve to the minute: the change happens between prevT (old offset) and t (new offset).
      let lo = prevT;
      let hi = t;
      while (hi - lo > MINUTE) {
        const mid = Math.floor((lo + hi) / 2 / MINUTE) * MINUTE;
        if (mid <= lo) break;
        if (offsetAt(mid, timeZone) === prevOffset) lo = mid;
        else hi = mid;
      }
      changes.push(hi);
    }
    prevT = t;
    prevOffset = offset;
  }
  return changes;
}

/**
 * The instants at which the wall clock in the zone reads that date and time: usually one, two in the
 * hour a clock goes back, none in the hour it skips (the offset change itself covers that case).
 */
function instantsOf(year: number, month: number, day: number, minute: number, timeZone: string): number[] {
  const asUtc = Date.UTC(year, month - 1, day, 0, minute);
  // The offsets a day either side bracket every offset that can apply to this wall time.
  const offsets = new Set([asUtc - DAY, asUtc, asUtc + DAY].map((t) => offsetAt(t, timeZone)));
  const found: number[] = [];
  for (const offset of offsets) {
    const t = asUtc - offset;
    if (offsetAt(t, timeZone) === offset && !found.includes(t)) found.push(t);
  }
  return found;
}

/**
 * When support next opens after `at`: the start of the next open period (if it is open at `at`, the one
 * after the current period ends). Null when it never closes, so there is no opening to wait for.
 */
export function nextOpening(hours: SupportHours, at: Date): Date | null {
  const spans = daySpans(hours);
  const now = at.getTime();
  if (!Number.isFinite(now)) return null;
  const tz = hours.timeZone;
  // A week on, every window has started again; a day either side covers offsets and overnight spans.
  // Whole minutes, so the offset changes found by halving land exactly on the minute they happen.
  const from = Math.floor((now - DAY) / MINUTE) * MINUTE;
  const to = now + 9 * DAY;
  const candidates = new Set<number>(offsetChanges(from, to, tz));
  // Local dates are counted on the calendar, not by adding 24 h, which skips or repeats a date across a DST change.
  const first = wallClock(from, tz);
  for (let i = 0; i <= 10; i++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + i));
    const weekday = date.getUTCDay() as Weekday;
    for (const s of spans) {
      if (s.day !== weekday) continue;
      const found = instantsOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), s.start, tz);
      for (const instant of found) candidates.add(instant);
    }
  }
  const opening = [...candidates]
    .filter((c) => c > now)
    .sort((a, b) => a - b)
    // An opening is where closed turns into open: a span that continues another one (overnight's
    // 00:00 half, back-to-back windows) is not one. Times are whole minutes, so a minute before is "just before".
    .find((c) => openAt(spans, wallClock(c, tz)) && !openAt(spans, wallClock(c - MINUTE, tz)));
  return opening === undefined ? null : new Date(opening);
}

/**
 * The next opening as a member reads it, e.g. "Monday 09:00 (Europe/Berlin)": weekday in the
 * member's language through Intl, time as 24-hour HH:MM. Null when support never closes.
 */
export function describeNextOpening(hours: SupportHours, at: Date, locale = 'en'): string | null {
  const next = nextOpening(hours, at);
  if (next === null) return null;
  let weekday: string;
  try {
    weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: hours.timeZone }).format(next);
  } catch {
    // A locale tag Intl rejects (it comes from the member's client) must not cost the answer.
    weekday = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: hours.timeZone }).format(next);
  }
  const minute = wallClock(next.getTime(), hours.timeZone).minute;
  const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return `${weekday} ${hhmm} (${hours.timeZone})`;
}
