/**
 * What the checks of options, specs and arguments say about a value they
 * refuse: its kind, the field a misspelt name was meant to be.
 */

/**
 * A value as an error message shows it: short, with its kind.
 *
 * @param value - Anything a caller passed.
 * @returns E.g. `5 (a number)`, `"yes" (a string)`, `an array`, `an object with keys ok, article`.
 * @example
 * describeValue('yes') // '"yes" (a string)'
 * describeValue(new Uint8Array(4)) // 'a Uint8Array'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} (a string)`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${String(value)} (a ${typeof value})`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (Array.isArray(value)) return 'an array';
  const name = (value as object).constructor?.name;
  if (name !== undefined && name !== '' && name !== 'Object') return `${/^[AEIO]/u.test(name) ? 'an' : 'a'} ${name}`;
  const keys = Object.keys(value as object);
  return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}`;
}

/**
 * Refuse fields a spec does not know, naming the one a misspelling was meant to be.
 *
 * @param spec - The caller's object.
 * @param known - The field names it may have.
 * @param where - What the spec is, for the message (`options`, `defineSite("x")`).
 * @throws TypeError naming the first unknown field, the nearest known one, and the known ones.
 * @example
 * checkFields({ bdy: 'div' }, ['id', 'name', 'body'], 'defineSite("x")')
 * // TypeError: qingxi: defineSite("x") has an unknown field "bdy" (did you mean "body"?); known fields are id, name, body.
 */
export function checkFields(spec: object, known: readonly string[], where: string): void {
  for (const key of Object.keys(spec)) {
    if (known.includes(key)) continue;
    const near = nearestName(key, known);
    throw new TypeError(`qingxi: ${where} has an unknown field "${key}"${near === null ? '' : ` (did you mean "${near}"?)`}; known fields are ${known.join(', ')}.`);
  }
}

/**
 * Check a page URL given as an option: a string, or null for none.
 *
 * @param url - What the caller passed.
 * @param where - The option's name, for the message.
 * @returns The URL.
 * @throws TypeError naming the bad value; a URL object is pointed to its `href`.
 */
export function checkUrl(url: unknown, where: string): string | null {
  if (url === null || typeof url === 'string') return url;
  const href = url instanceof URL ? ' (pass url.href for a URL object)' : '';
  throw new TypeError(`qingxi: ${where} must be the page's URL as a string, or null, got ${describeValue(url)}${href}.`);
}

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
