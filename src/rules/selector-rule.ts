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
  /**
   * A widget's text at most, in non-space characters: a match holding more is
   * not the widget but a container that shares its class (新頭殼's article
   * body is `div.fontsize`, the font size readers can change), and is kept.
   * Unset: any match goes, however long (comment sections, footers).
   */
  readonly maxChars?: number;
}
