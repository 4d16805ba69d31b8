/**
 * The shape of the selector tables in this folder.
 */

/**
 * One row of a selector table: what to match, and why it goes.
 *
 * @example
 * const row: SelectorRule = { id: 'dfp-box', selector: 'div.dfp-box', reason: 'DFP ad box' };
 * removeAds({ slots: [...AD_SLOTS, row] }); // the trace names 'dfp-box' and the reason for each removal
 */
export interface SelectorRule {
  /** Stable id, shown in traces, e.g. `'adsbygoogle'`. */
  readonly id: string;
  /** CSS selector (css-select syntax). */
  readonly selector: string;
  /** Why matching elements are removed, in a few words. */
  readonly reason: string;
}
