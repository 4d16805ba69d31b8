/**
 * The name a caller probably meant when it misspelt one: for "did you mean"
 * in the messages of option, profile, rule and command-line checks.
 */

/**
 * The known name a misspelt one was most likely meant to be: the closest by
 * edit distance (case ignored), when it is close enough to be a slip of the
 * keyboard (at most a third of the name's length, at most 3 edits).
 *
 * @param name - The misspelt name.
 * @param known - The names it could be.
 * @returns The nearest name, or `null` when none is close.
 * @example
 * nearestName('explian', ['explain', 'sites']) // 'explain'
 * nearestName('colour', ['explain', 'sites']) // null
 */
export function nearestName(name: string, known: readonly string[]): string | null {
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and
 * swaps of two neighbours), stopping early once every path costs `cap` or more.
 *
 * @param a - One string.
 * @param b - The other.
 * @param cap - A distance past caring: the answer is at most this.
 * @returns The distance, or `cap` when it is `cap` or more.
 * @example
 * editDistance('timout', 'timeout') // 1
 * editDistance('explian', 'explain') // 1 (a swap of neighbours)
 * editDistance('banana', 'timeout', 3) // 3
 */
export function editDistance(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      least = Math.min(least, d);
    }
    if (least >= cap) return cap;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, cap);
}

/**
 * The hint a message gives for a misspelt name: ` (did you mean "x"?)`, or nothing when no
 * known name is close.
 *
 * @param name - The misspelt name.
 * @param known - The names it could be.
 * @param nearest - The name to suggest, when the caller found it another way (a prefix).
 * @returns The hint, with its leading space, or `''`.
 * @example
 * `unknown option "explian"${didYouMean('explian', ['explain', 'sites'])}` // 'unknown option "explian" (did you mean "explain"?)'
 */
export function didYouMean(name: string, known: readonly string[], nearest = nearestName(name, known)): string {
  return nearest === null ? '' : ` (did you mean "${nearest}"?)`;
}
