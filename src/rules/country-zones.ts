/**
 * Country-code domains whose country keeps one time zone and no daylight
 * saving time: a page published under one states its times in that zone.
 * Generic domains (.com, .org, .net) say nothing about where a page is
 * written and are not here; neither is a language.
 */

/**
 * The last label of a host, with the IANA zone its country keeps.
 *
 * @example
 * COUNTRY_ZONES['tw'] // 'Asia/Taipei': news.ltn.com.tw prints Taipei time
 */
export const COUNTRY_ZONES: Readonly<Record<string, string>> = {
  cn: 'Asia/Shanghai',
  hk: 'Asia/Hong_Kong',
  tw: 'Asia/Taipei',
  mo: 'Asia/Macau',
  sg: 'Asia/Singapore',
  my: 'Asia/Kuala_Lumpur',
};
