/**
 * The shape of the selector tables in this folder.
 */

/** One row of a selector table: what to match, and why it goes. */
export interface SelectorRule {
  /** Stable id, shown in traces, e.g. `'adsbygoogle'`. */
  readonly id: string;
  /** CSS selector (css-select syntax). */
  readonly selector: string;
  /** Why matching elements are removed, in a few words. */
  readonly reason: string;
}
