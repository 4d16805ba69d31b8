/**
 * A time stamp that names its zone by abbreviation: `2024-10-08 HKT 12:03`
 * (香港電台), `2024-10-08 12:03 HKT`.
 */
import { formatOffset, offsetAt } from './timezones.js';

/**
 * Zone abbreviations with one meaning, with the IANA zone they name. `CST`
 * (China, or the US Central zone) and `IST` are ambiguous and are not here.
 *
 * @example
 * ZONE_ABBREVIATIONS['HKT'] // 'Asia/Hong_Kong'
 */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  HKT: 'Asia/Hong_Kong',
  SGT: 'Asia/Singapore',
  MYT: 'Asia/Kuala_Lumpur',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  UTC: 'UTC',
  GMT: 'UTC',
};

const ABBR = Object.keys(ZONE_ABBREVIATIONS).join('|');
/** Date, then the zone before or after the clock time; nothing else on the line. */
const STAMP = new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2}) (?:(${ABBR}) ?(\\d{1,2}):(\\d{2})|(\\d{1,2}):(\\d{2}) ?(${ABBR}))$`, 'u');

/**
 * The ISO time of a line that is only a date, a clock time and a zone abbreviation.
 *
 * @param line - E.g. `'2024-10-08 HKT 12:03'`.
 * @returns E.g. `'2024-10-08T12:03:00+08:00'`, or `null` when the line is anything else.
 * @example
 * parseZonedStamp('2024-10-08 HKT 12:03') // '2024-10-08T12:03:00+08:00'
 * parseZonedStamp('2024-10-08 12:03 SGT') // '2024-10-08T12:03:00+08:00'
 * parseZonedStamp('2024-10-08 12:03') // null: no zone named
 */
export function parseZonedStamp(line: string): string | null {
  const stamp = line.trim();
  // The stamp opens with the year's digits: most last lines asked are words.
  const first = stamp.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39)) return null;
  const m = STAMP.exec(stamp);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = Number(m[5] ?? m[7]);
  const minute = Number(m[6] ?? m[8]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const zone = ZONE_ABBREVIATIONS[m[4] ?? m[9]!]!;
  const offset = zone === 'UTC' ? formatOffset(0) : offsetAt(zone, { year, month, day, hour, minute });
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${offset}`;
}
