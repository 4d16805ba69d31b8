/**
 * The zones named in Chinese datelines (北京时间, 美东时间 …) and their offsets.
 */

/**
 * Zone words as printed (without 时间/時間), with the IANA zone they name.
 *
 * @example
 * ZONE_WORDS['美东'] // 'America/New_York': 美东时间 in a dateline
 * parseChineseDate('美东时间6月1日中午12点', { reference: '2020-06-02' })?.timezone // 'America/New_York'
 */
export const ZONE_WORDS: Readonly<Record<string, string>> = {
  北京: 'Asia/Shanghai',
  台北: 'Asia/Taipei',
  臺北: 'Asia/Taipei',
  香港: 'Asia/Hong_Kong',
  澳门: 'Asia/Macau',
  澳門: 'Asia/Macau',
  东京: 'Asia/Tokyo',
  東京: 'Asia/Tokyo',
  首尔: 'Asia/Seoul',
  首爾: 'Asia/Seoul',
  新加坡: 'Asia/Singapore',
  美东: 'America/New_York',
  美東: 'America/New_York',
  纽约: 'America/New_York',
  紐約: 'America/New_York',
  华盛顿: 'America/New_York',
  華盛頓: 'America/New_York',
  多伦多: 'America/Toronto',
  多倫多: 'America/Toronto',
  美中: 'America/Chicago',
  美西: 'America/Los_Angeles',
  洛杉矶: 'America/Los_Angeles',
  洛杉磯: 'America/Los_Angeles',
  旧金山: 'America/Los_Angeles',
  舊金山: 'America/Los_Angeles',
  温哥华: 'America/Vancouver',
  溫哥華: 'America/Vancouver',
  伦敦: 'Europe/London',
  倫敦: 'Europe/London',
  巴黎: 'Europe/Paris',
  柏林: 'Europe/Berlin',
  莫斯科: 'Europe/Moscow',
  悉尼: 'Australia/Sydney',
  雪梨: 'Australia/Sydney',
  墨尔本: 'Australia/Melbourne',
  墨爾本: 'Australia/Melbourne',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The UTC offset of an IANA zone at a local wall-clock time, e.g. `'-04:00'`
 * for New York in July. Daylight saving time is taken into account.
 *
 * @param zone - IANA zone name.
 * @param local - Wall-clock time in that zone (only the fields are used).
 * @returns The offset as `±HH:MM`.
 * @example
 * offsetAt('America/New_York', { year: 2022, month: 7, day: 5, hour: 12, minute: 0 }) // '-04:00'
 * offsetAt('America/New_York', { year: 2022, month: 12, day: 30, hour: 12, minute: 0 }) // '-05:00'
 * offsetAt(ZONE_WORDS['北京']!, { year: 2022, month: 12, day: 30, hour: 21, minute: 5 }) // '+08:00'
 */
export function offsetAt(zone: string, local: { year: number; month: number; day: number; hour: number; minute: number }): string {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // Offsets are found at an instant; the instant of a wall time depends on the
  // offset, so guess with the offset at the wall time read as UTC, then refine once.
  let offset = offsetMinutes(zone, wall);
  offset = offsetMinutes(zone, wall - offset * 60_000);
  return formatOffset(offset);
}

function offsetMinutes(zone: string, instant: number): number {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formatters.set(zone, formatter);
  }
  const name = formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/u.exec(name);
  if (match === null) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * Format minutes east of UTC as `±HH:MM`.
 *
 * @param minutes - Offset in minutes.
 * @returns E.g. `'+08:00'`.
 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
