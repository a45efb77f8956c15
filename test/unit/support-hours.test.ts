import { describe, expect, it } from 'vitest';
import {
  describeNextOpening,
  isOpen,
  nextOpening,
  parseSupportHours,
  type SupportHours,
} from '../../src/core/tickets/support-hours.js';

/** Parses text that must be valid; a test with bad input calls parseSupportHours itself. */
function hours(text: string): SupportHours {
  const result = parseSupportHours(text);
  if (!result.ok) throw new Error(`"${text}" should parse: ${result.error}`);
  return result.hours;
}

const at = (iso: string): Date => new Date(iso);
const MON = 1,
  TUE = 2,
  WED = 3,
  THU = 4,
  FRI = 5,
  SAT = 6,
  SUN = 0;

describe('parseSupportHours: the documented forms', () => {
  it('"Mon-Fri 09:00-17:00 Europe/Berlin" is one window, Monday to Friday, 540-1020 min', () => {
    expect(parseSupportHours('Mon-Fri 09:00-17:00 Europe/Berlin')).toEqual({
      ok: true,
      hours: { timeZone: 'Europe/Berlin', windows: [{ days: [MON, TUE, WED, THU, FRI], start: 540, end: 1020 }] },
    });
  });

  it('"Mon-Fri 09:00-17:00, Sat 10:00-14:00 UTC" is two windows', () => {
    expect(hours('Mon-Fri 09:00-17:00, Sat 10:00-14:00 UTC')).toEqual({
      timeZone: 'UTC',
      windows: [
        { days: [MON, TUE, WED, THU, FRI], start: 540, end: 1020 },
        { days: [SAT], start: 600, end: 840 },
      ],
    });
  });

  it('"Mon,Wed,Fri 08:30-12:00 America/New_York" lists three days with commas', () => {
    expect(hours('Mon,Wed,Fri 08:30-12:00 America/New_York')).toEqual({
      timeZone: 'America/New_York',
      windows: [{ days: [MON, WED, FRI], start: 510, end: 720 }],
    });
  });

  it('"Mon-Sun 22:00-06:00 Asia/Tokyo" is an overnight window (end before start)', () => {
    expect(hours('Mon-Sun 22:00-06:00 Asia/Tokyo')).toEqual({
      timeZone: 'Asia/Tokyo',
      windows: [{ days: [MON, TUE, WED, THU, FRI, SAT, SUN], start: 1320, end: 360 }],
    });
  });

  it('"monday - friday 9:00 - 17:00 utc": full lowercase day names, spaces around dashes, one-digit hour', () => {
    expect(hours('monday - friday 9:00 - 17:00 utc')).toEqual({
      timeZone: 'UTC',
      windows: [{ days: [MON, TUE, WED, THU, FRI], start: 540, end: 1020 }],
    });
  });

  it('"Mon-Fri\t09:00-17:00   Europe/Berlin" with a tab and several spaces parses like single spaces', () => {
    expect(hours('Mon-Fri\t09:00-17:00   Europe/Berlin')).toEqual(hours('Mon-Fri 09:00-17:00 Europe/Berlin'));
  });

  it('"Fri-Mon 10:00-24:00 UTC" wraps over the weekend and closes at midnight', () => {
    expect(hours('Fri-Mon 10:00-24:00 UTC').windows).toEqual([{ days: [FRI, SAT, SUN, MON], start: 600, end: 1440 }]);
  });

  it('"Mon-Fri 09:00-12:00 13:00-17:00 UTC": two ranges for the same days (a lunch break)', () => {
    expect(hours('Mon-Fri 09:00-12:00 13:00-17:00 UTC').windows).toEqual([
      { days: [MON, TUE, WED, THU, FRI], start: 540, end: 720 },
      { days: [MON, TUE, WED, THU, FRI], start: 780, end: 1020 },
    ]);
  });
});

describe('parseSupportHours: malformed settings get one line that names the problem and shows the form', () => {
  it.each([
    ['', 'no hours given'],
    ['   ', 'no hours given'],
    ['Mnday-Fri 09:00-17:00 UTC', 'unknown day "Mnday"'],
    ['Mon-Fir 09:00-17:00 UTC', 'unknown day "Fir"'],
    ['Mon-Fri 9-17 UTC', 'bad time range "9-17"'],
    ['Mon-Fri 09.00-17.00 UTC', 'bad time range "09.00-17.00"'],
    ['Mon-Fri 25:00-26:00 UTC', 'bad time in "25:00-26:00"'],
    ['Mon-Fri 09:60-17:00 UTC', 'bad time in "09:60-17:00"'],
    ['Mon-Fri 24:00-06:00 UTC', 'bad time in "24:00-06:00"'],
    ['Mon-Fri 09:00-09:00 UTC', '"09:00-09:00" opens and closes at the same time'],
    ['Mon-Fri 09:00-17:00 Europe/Berln', 'unknown time zone "Europe/Berln"'],
    ['Mon-Fri 09:00-17:00 CEST+1', 'unknown time zone "CEST+1"'],
    ['Mon-Fri 09:00-17:00', 'no time zone at the end'],
    ['Mon-Fri', 'no time zone at the end'],
    ['UTC', 'no days and hours before "UTC"'],
    ['09:00-17:00 UTC', '"09:00-17:00" has no day before it'],
    ['Mon,Sat UTC', '"Mon,Sat" has no hours after it'],
    ['Mon-Fri 09:00-17:00, Sat UTC', '"Sat" has no hours after it'],
    ['Mon-Fri 09:00-17:00 Sat 10:00-14:00 UTC', 'missing comma before "Sat"'],
    ['Mon-Fri 09:00-17:00 daily UTC', 'unexpected "daily" in "Mon-Fri 09:00-17:00 daily"'],
    ['Mon-Fri 09:00-17:00,, Sat 10:00-14:00 UTC', 'an empty entry between commas'],
  ])('%j is rejected: %s', (text, what) => {
    const result = parseSupportHours(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(what);
    expect(result.error).toContain('expected e.g. "Mon-Fri 09:00-17:00 Europe/Berlin"');
    expect(result.error).not.toContain('\n');
  });
});

describe('isOpen: boundaries by the wall clock of the zone', () => {
  // January: Berlin is UTC+1. 2026-01-12 is a Monday.
  const berlin = hours('Mon-Fri 09:00-17:00 Europe/Berlin');

  it.each([
    ['Mon 08:59 Berlin (07:59Z)', '2026-01-12T07:59:00Z', false],
    ['Mon 09:00 Berlin (08:00Z), the opening minute', '2026-01-12T08:00:00Z', true],
    ['Mon 16:59:59 Berlin', '2026-01-12T15:59:59Z', true],
    ['Mon 17:00 Berlin (16:00Z), the closing minute', '2026-01-12T16:00:00Z', false],
    ['Fri 12:00 Berlin', '2026-01-16T11:00:00Z', true],
    ['Sat 12:00 Berlin', '2026-01-17T11:00:00Z', false],
    ['Sun 12:00 Berlin', '2026-01-18T11:00:00Z', false],
    ['Mon 08:30Z, which is 09:30 in Berlin, not 08:30', '2026-01-12T08:30:00Z', true],
  ])('Mon-Fri 09:00-17:00 Europe/Berlin at %s: %s', (_label, iso, open) => {
    expect(isOpen(berlin, at(iso))).toBe(open);
  });

  it('"Mon-Fri 09:00-17:00, Sat 10:00-14:00 UTC": Sat 10:00 and 13:59 open, Sat 14:00 and Sun 12:00 closed', () => {
    const h = hours('Mon-Fri 09:00-17:00, Sat 10:00-14:00 UTC');
    expect(isOpen(h, at('2026-01-17T09:59:00Z'))).toBe(false);
    expect(isOpen(h, at('2026-01-17T10:00:00Z'))).toBe(true);
    expect(isOpen(h, at('2026-01-17T13:59:00Z'))).toBe(true);
    expect(isOpen(h, at('2026-01-17T14:00:00Z'))).toBe(false);
    expect(isOpen(h, at('2026-01-18T12:00:00Z'))).toBe(false);
  });

  it('"Mon,Wed,Fri 08:30-12:00 America/New_York" (UTC-5 in January): Wed 08:30 open, Tue 09:00 closed', () => {
    const h = hours('Mon,Wed,Fri 08:30-12:00 America/New_York');
    expect(isOpen(h, at('2026-01-14T13:29:00Z'))).toBe(false); // Wed 08:29
    expect(isOpen(h, at('2026-01-14T13:30:00Z'))).toBe(true); // Wed 08:30
    expect(isOpen(h, at('2026-01-14T16:59:00Z'))).toBe(true); // Wed 11:59
    expect(isOpen(h, at('2026-01-14T17:00:00Z'))).toBe(false); // Wed 12:00
    expect(isOpen(h, at('2026-01-13T14:00:00Z'))).toBe(false); // Tue 09:00
  });

  it('overnight "Mon-Sun 22:00-06:00 Asia/Tokyo" (UTC+9): 22:00 and 05:59 open, 06:00 and 21:59 closed', () => {
    const h = hours('Mon-Sun 22:00-06:00 Asia/Tokyo');
    expect(isOpen(h, at('2026-01-12T12:59:00Z'))).toBe(false); // Mon 21:59
    expect(isOpen(h, at('2026-01-12T13:00:00Z'))).toBe(true); // Mon 22:00
    expect(isOpen(h, at('2026-01-12T15:00:00Z'))).toBe(true); // Tue 00:00
    expect(isOpen(h, at('2026-01-12T20:59:00Z'))).toBe(true); // Tue 05:59
    expect(isOpen(h, at('2026-01-12T21:00:00Z'))).toBe(false); // Tue 06:00
  });

  it('overnight "Fri 22:00-02:00 UTC" runs into Saturday morning only: Sat 01:59 open, Sat 22:30 closed', () => {
    const h = hours('Fri 22:00-02:00 UTC');
    expect(isOpen(h, at('2026-01-16T22:00:00Z'))).toBe(true); // Fri 22:00
    expect(isOpen(h, at('2026-01-17T01:59:00Z'))).toBe(true); // Sat 01:59
    expect(isOpen(h, at('2026-01-17T02:00:00Z'))).toBe(false); // Sat 02:00
    expect(isOpen(h, at('2026-01-17T22:30:00Z'))).toBe(false); // Sat 22:30
    expect(isOpen(h, at('2026-01-16T01:00:00Z'))).toBe(false); // Fri 01:00: Thursday night was not staffed
  });

  it('"Sun 20:00-24:00 UTC" overnight into the next week: Sun 23:59 open, Mon 00:00 closed', () => {
    const h = hours('Sun 20:00-24:00 UTC');
    expect(isOpen(h, at('2026-01-18T23:59:00Z'))).toBe(true);
    expect(isOpen(h, at('2026-01-19T00:00:00Z'))).toBe(false);
  });

  it('"Sun 22:00-02:00 UTC" wraps from Sunday into Monday (end of the week to its start): Mon 01:00 open', () => {
    const h = hours('Sun 22:00-02:00 UTC');
    expect(isOpen(h, at('2026-01-19T01:00:00Z'))).toBe(true);
    expect(isOpen(h, at('2026-01-20T01:00:00Z'))).toBe(false);
  });
});

describe('isOpen / nextOpening across daylight-saving changes (Europe/Berlin, 2026)', () => {
  // Summer time starts Sun 2026-03-29 at 01:00Z (02:00 -> 03:00 local) and ends Sun 2026-10-25 at 01:00Z.
  const berlin = hours('Mon-Fri 09:00-17:00 Europe/Berlin');

  it('Mon-Fri 09:00-17:00 on the spring DST weekend: Fri 27 Mar opens 08:00Z (CET), Mon 30 Mar 07:00Z (CEST)', () => {
    expect(isOpen(berlin, at('2026-03-27T07:59:00Z'))).toBe(false);
    expect(isOpen(berlin, at('2026-03-27T08:00:00Z'))).toBe(true);
    expect(isOpen(berlin, at('2026-03-30T06:59:00Z'))).toBe(false);
    expect(isOpen(berlin, at('2026-03-30T07:00:00Z'))).toBe(true);
    expect(isOpen(berlin, at('2026-03-30T14:59:00Z'))).toBe(true);
    expect(isOpen(berlin, at('2026-03-30T15:00:00Z'))).toBe(false); // 17:00 CEST
  });

  it('nextOpening from Fri 27 Mar 17:00 CET (16:00Z) is Mon 30 Mar 09:00 CEST = 07:00Z, not 08:00Z', () => {
    expect(nextOpening(berlin, at('2026-03-27T16:00:00Z'))?.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(nextOpening(berlin, at('2026-03-29T00:59:00Z'))?.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('nextOpening from Fri 23 Oct 17:00 CEST (15:00Z) is Mon 26 Oct 09:00 CET = 08:00Z, after summer time ends', () => {
    expect(nextOpening(berlin, at('2026-10-23T15:00:00Z'))?.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(isOpen(berlin, at('2026-10-26T07:59:00Z'))).toBe(false);
    expect(isOpen(berlin, at('2026-10-26T08:00:00Z'))).toBe(true);
  });

  it('"Sun 02:30-05:00 Europe/Berlin" on 29 Mar (02:30 never happens): opens when clocks jump to 03:00, 01:00Z', () => {
    const h = hours('Sun 02:30-05:00 Europe/Berlin');
    expect(nextOpening(h, at('2026-03-28T12:00:00Z'))?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(isOpen(h, at('2026-03-29T00:59:00Z'))).toBe(false); // 01:59 CET
    expect(isOpen(h, at('2026-03-29T01:00:00Z'))).toBe(true); // 03:00 CEST
    expect(isOpen(h, at('2026-03-29T02:59:00Z'))).toBe(true); // 04:59 CEST
    expect(isOpen(h, at('2026-03-29T03:00:00Z'))).toBe(false); // 05:00 CEST
    // The next Sunday is an ordinary one: 02:30 CEST = 00:30Z.
    expect(nextOpening(h, at('2026-03-29T12:00:00Z'))?.toISOString()).toBe('2026-04-05T00:30:00.000Z');
  });

  it('"Sun 01:00-02:30 Europe/Berlin" on 25 Oct (02:00-03:00 happens twice): open in both 02:00-02:30 readings', () => {
    const h = hours('Sun 01:00-02:30 Europe/Berlin');
    expect(nextOpening(h, at('2026-10-24T12:00:00Z'))?.toISOString()).toBe('2026-10-24T23:00:00.000Z'); // 01:00 CEST
    expect(isOpen(h, at('2026-10-25T00:29:00Z'))).toBe(true); // 02:29 CEST
    expect(isOpen(h, at('2026-10-25T00:30:00Z'))).toBe(false); // 02:30 CEST
    // At 01:00Z the clock goes back to 02:00 (CET), inside the hours again by the wall clock.
    expect(nextOpening(h, at('2026-10-25T00:30:00Z'))?.toISOString()).toBe('2026-10-25T01:00:00.000Z');
    expect(isOpen(h, at('2026-10-25T01:29:00Z'))).toBe(true); // 02:29 CET
    expect(isOpen(h, at('2026-10-25T01:30:00Z'))).toBe(false); // 02:30 CET
  });

  it('"Mon,Wed,Fri 08:30-12:00 America/New_York" over the US switch (8 Mar 2026): Fri 13:30Z, then Mon 12:30Z', () => {
    const h = hours('Mon,Wed,Fri 08:30-12:00 America/New_York');
    expect(nextOpening(h, at('2026-03-06T12:00:00Z'))?.toISOString()).toBe('2026-03-06T13:30:00.000Z');
    expect(nextOpening(h, at('2026-03-06T18:00:00Z'))?.toISOString()).toBe('2026-03-09T12:30:00.000Z');
  });
});

describe('nextOpening', () => {
  const berlin = hours('Mon-Fri 09:00-17:00 Europe/Berlin');

  it('Mon-Fri 09:00-17:00 Berlin on Mon 07:00 (closed) opens the same day at 09:00 (08:00Z)', () => {
    expect(nextOpening(berlin, at('2026-01-12T06:00:00Z'))?.toISOString()).toBe('2026-01-12T08:00:00.000Z');
  });

  it('Mon-Fri 09:00-17:00 Berlin while open (Mon 10:00) gives the next opening after this one: Tue 09:00', () => {
    expect(nextOpening(berlin, at('2026-01-12T09:00:00Z'))?.toISOString()).toBe('2026-01-13T08:00:00.000Z');
    expect(nextOpening(berlin, at('2026-01-12T08:00:00Z'))?.toISOString()).toBe('2026-01-13T08:00:00.000Z');
  });

  it('overnight "Mon-Sun 22:00-06:00 Asia/Tokyo" from Tue 12:00 JST opens Tue 22:00 JST (13:00Z)', () => {
    const h = hours('Mon-Sun 22:00-06:00 Asia/Tokyo');
    expect(nextOpening(h, at('2026-01-13T03:00:00Z'))?.toISOString()).toBe('2026-01-13T13:00:00.000Z');
    // At Wed 02:00 JST it is open; the 00:00 half of the night is no opening, the next one is Wed 22:00.
    expect(nextOpening(h, at('2026-01-13T17:00:00Z'))?.toISOString()).toBe('2026-01-14T13:00:00.000Z');
  });

  it('back-to-back "Fri 22:00-24:00, Sat 00:00-02:00 UTC" from Fri 23:00 (open) is next Friday 22:00', () => {
    const h = hours('Fri 22:00-24:00, Sat 00:00-02:00 UTC');
    expect(nextOpening(h, at('2026-01-16T12:00:00Z'))?.toISOString()).toBe('2026-01-16T22:00:00.000Z');
    expect(nextOpening(h, at('2026-01-16T23:00:00Z'))?.toISOString()).toBe('2026-01-23T22:00:00.000Z');
  });

  it('"Sat 10:00-14:00 UTC" on Sat 14:00 (just closed) opens a week later', () => {
    const h = hours('Sat 10:00-14:00 UTC');
    expect(nextOpening(h, at('2026-01-17T14:00:00Z'))?.toISOString()).toBe('2026-01-24T10:00:00.000Z');
  });

  it.each([
    'Mon-Sun 00:00-24:00 UTC',
    'Mon-Sun 06:00-18:00, Mon-Sun 18:00-06:00 Europe/Berlin',
    'Mon-Sun 12:00-12:01, Mon-Sun 12:01-12:00 America/New_York',
  ])('%j never closes: nextOpening is null, isOpen is true', (text) => {
    const h = hours(text);
    // An ordinary Monday and both Berlin DST switches and the US one: no jump of the clock opens a gap.
    const moments = ['2026-01-12T00:00:00Z', '2026-03-29T01:00:00Z', '2026-10-25T01:30:00Z', '2026-03-08T07:00:00Z'];
    for (const iso of moments) {
      expect(isOpen(h, at(iso))).toBe(true);
      expect(nextOpening(h, at(iso))).toBeNull();
    }
  });
});

describe('describeNextOpening', () => {
  const berlin = hours('Mon-Fri 09:00-17:00 Europe/Berlin');
  const saturday = at('2026-01-17T11:00:00Z');

  it('Mon-Fri 09:00-17:00 Berlin on Saturday: "Monday 09:00 (Europe/Berlin)"', () => {
    expect(describeNextOpening(berlin, saturday)).toBe('Monday 09:00 (Europe/Berlin)');
  });

  it('locale "de" and "fr" name the weekday in that language: "Montag", "lundi"', () => {
    expect(describeNextOpening(berlin, saturday, 'de')).toBe('Montag 09:00 (Europe/Berlin)');
    expect(describeNextOpening(berlin, saturday, 'fr')).toBe('lundi 09:00 (Europe/Berlin)');
  });

  it('an invalid locale tag "not a locale!" falls back to English', () => {
    expect(describeNextOpening(berlin, saturday, 'not a locale!')).toBe('Monday 09:00 (Europe/Berlin)');
  });

  it('the weekday is the zone\'s: "Mon-Sun 22:00-06:00 Asia/Tokyo" at Mon 12:00Z (21:00 JST) is "Monday 22:00"', () => {
    const h = hours('Mon-Sun 22:00-06:00 Asia/Tokyo');
    expect(describeNextOpening(h, at('2026-01-12T12:00:00Z'))).toBe('Monday 22:00 (Asia/Tokyo)');
  });

  it('"Mon-Sun 00:00-24:00 UTC" never closes: null', () => {
    expect(describeNextOpening(hours('Mon-Sun 00:00-24:00 UTC'), saturday)).toBeNull();
  });
});
