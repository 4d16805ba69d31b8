/**
 * The zone a page prints its times in, when it is actually known: the
 * registry outlet's zone, the country of the page's country-code domain, or
 * the licence a mainland site must print.
 */
import { COUNTRY_ZONES } from '../rules/country-zones.js';
import type { OutletEntry } from '../rules/outlets.js';
import { hostOf } from '../text/resolve-url.js';
import { formatOffset, offsetAt } from './timezones.js';

/**
 * The IANA zone of a page: its outlet's, else its country-code domain's, else
 * Beijing's when the page prints a mainland ICP filing number; `null` when
 * none says (a .com page of an outlet the registry does not place, with no
 * such licence).
 *
 * @param outletId - The id of the outlet recognised for the page, or `null`.
 * @param url - The page's URL (canonical, og:url or given), or `null`.
 * @param registry - The outlet registry.
 * @param source - The page's decoded text, searched for a licence only when the other two say nothing.
 * @returns An IANA zone, or `null`.
 * @example
 * pageZone(null, 'https://www.thepaper.cn/newsDetail_forward_1', OUTLETS) // 'Asia/Shanghai'
 * pageZone('cna', null, OUTLETS) // 'Asia/Taipei'
 * pageZone(null, null, OUTLETS, '<footer>豫ICP备09029473号</footer>') // 'Asia/Shanghai'
 * pageZone(null, 'https://www.ntdtv.com/gb/a.html', OUTLETS) // null
 */
export function pageZone(outletId: string | null, url: string | null, registry: readonly OutletEntry[], source = ''): string | null {
  const fromOutlet = outletId === null ? undefined : registry.find((o) => o.id === outletId)?.zone;
  if (fromOutlet !== undefined) return fromOutlet;
  const host = url === null ? null : hostOf(url);
  const fromDomain = host === null ? undefined : COUNTRY_ZONES[host.slice(host.lastIndexOf('.') + 1).toLowerCase()];
  return fromDomain ?? (hasMainlandLicence(source) ? 'Asia/Shanghai' : null);
}

/**
 * A mainland ICP filing or licence number as sites print it in their footers
 * (`京ICP备11023470号-1`, `京ICP证090880号`, `蜀ICP备…`): the province's
 * one-character name, `ICP`, 备 or 证, digits.
 */
const ICP_NUMBER = /^\p{Script=Han}ICP[备证]\s?\d/u;

/**
 * Whether a page prints a mainland ICP number. Every website hosted in the
 * PRC must show its filing number, and only those do, so such a page is
 * published from the mainland and states its times in Beijing time
 * (Asia/Shanghai keeps no daylight saving time).
 */
function hasMainlandLicence(source: string): boolean {
  for (let at = source.indexOf('ICP'); at > 0; at = source.indexOf('ICP', at + 3)) {
    if (ICP_NUMBER.test(source.slice(at - 1, at + 6))) return true;
  }
  return false;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/u;

/**
 * The offset a zone keeps at a wall-clock ISO time (`2024-05-20T09:41:00`).
 *
 * @param zone - IANA zone.
 * @param local - An ISO date-time without offset.
 * @returns `±HH:MM`, or `null` when the value carries no time.
 * @example
 * zoneOffsetAt('Asia/Taipei', '2024-05-20T09:41:00') // '+08:00'
 */
export function zoneOffsetAt(zone: string, local: string): string | null {
  const m = LOCAL.exec(local);
  if (m === null) return null;
  return offsetAt(zone, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]) });
}

/**
 * The same instant as a UTC time (`…Z`, `…+00:00`), stated at a non-zero offset.
 *
 * @param value - An ISO date-time in UTC.
 * @param offset - `±HH:MM`.
 * @returns The restated time, seconds kept as the value has them; the value itself when it is not UTC.
 * @example
 * restateUtc('2024-06-12T06:32:15.000Z', '+08:00') // '2024-06-12T14:32:15+08:00'
 * restateUtc('2025-06-18T06:32:00+00:00', '+08:00') // '2025-06-18T14:32:00+08:00'
 */
export function restateUtc(value: string, offset: string): string {
  const utc = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:Z|[+-]00:?00)$/u.exec(value);
  if (utc === null) return value;
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)));
  if (minutes === 0) return value;
  const local = new Date(Date.parse(`${utc[1]}Z`) + minutes * 60_000).toISOString();
  const withSeconds = utc[1]!.length > 16;
  return `${local.slice(0, withSeconds ? 19 : 16)}${formatOffset(minutes)}`;
}
