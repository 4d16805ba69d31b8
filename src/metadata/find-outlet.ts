/**
 * Outlets from the registry, by name or by domain.
 */
import type { OutletEntry } from '../rules/outlets.js';
import { hostOf, isUnderDomain } from '../text/resolve-url.js';
import type { Outlet } from '../types.js';

/**
 * The registry outlet printed under this name (大纪元, 大紀元, 路透社 …).
 *
 * @param name - A name as printed.
 * @param registry - The outlet registry.
 * @returns The outlet, or `null`.
 * @example
 * outletByName('大紀元', OUTLETS) // { id: 'epochtimes', name: '大纪元', url: 'https://www.epochtimes.com' }
 * outletByName('路透社', OUTLETS) // { id: 'reuters', name: '路透', url: 'https://www.reuters.com' }
 */
export function outletByName(name: string, registry: readonly OutletEntry[]): Outlet | null {
  const trimmed = name.trim();
  const entry = registry.find((o) => o.names.includes(trimmed) || o.name === trimmed);
  return entry === undefined ? null : toOutlet(entry);
}

/**
 * The registry outlet that publishes on the URL's domain (dot boundaries).
 *
 * @param url - An absolute URL.
 * @param registry - The outlet registry.
 * @returns The outlet, or `null`.
 * @example
 * outletByUrl('https://www.ntdtv.com/gb/2022/07/05/a103474.html', OUTLETS) // { id: 'ntdtv', name: '新唐人', url: 'https://www.ntdtv.com' }
 * outletByUrl('https://news.example.com.cn/a.html', OUTLETS) // null
 */
export function outletByUrl(url: string, registry: readonly OutletEntry[]): Outlet | null {
  const host = hostOf(url);
  if (host === null) return null;
  const entry = registry.find((o) => o.domains.some((d) => isUnderDomain(host, d)));
  return entry === undefined ? null : toOutlet(entry);
}

/**
 * The registry outlet with this id.
 *
 * @param id - E.g. `'epochtimes'`.
 * @param registry - The outlet registry.
 * @returns The outlet, or `null`.
 * @example
 * outletById('epochtimes', OUTLETS) // { id: 'epochtimes', name: '大纪元', url: 'https://www.epochtimes.com' }
 */
export function outletById(id: string, registry: readonly OutletEntry[]): Outlet | null {
  const entry = registry.find((o) => o.id === id);
  return entry === undefined ? null : toOutlet(entry);
}

function toOutlet(entry: OutletEntry): Outlet {
  return { id: entry.id, name: entry.name, url: entry.url };
}
