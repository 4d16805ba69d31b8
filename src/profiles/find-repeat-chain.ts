/**
 * The polynomial half of the backtracking check: unbounded repeats in a row
 * that can take the same text between them. `a*a*b` can split a run of `a` in
 * n ways, `a*a*a*b` in n^2, and a search tries each at every start: three such
 * repeats cost n^3 or more, which a long block does not survive.
 */
import type { CharSet, Loop, Ways } from './read-pattern.js';

/** Repeats in a row that the check lets pass: two cost n^2 at most. */
const MAX_CHAIN = 2;

/**
 * The longest run of unbounded repeats, one after another, each able to take the text the one
 * before it took, when it is longer than {@link MAX_CHAIN}.
 *
 * @param sets - The automaton's states, as character sets.
 * @param follow - Which states follow each.
 * @param loops - The pattern's repeats.
 * @param meets - Whether two states can read one same character.
 * @returns The repeats of that run, in pattern order, or `undefined`.
 */
export function findRepeatChain(sets: readonly CharSet[], follow: readonly Ways[], loops: readonly Loop[], meets: (a: number, b: number) => boolean): Loop[] | undefined {
  // Outermost unbounded repeats only: what a repeat nests is the exponential check's.
  const repeats = loops.filter((loop) => loop.unbounded && !loops.some((outer) => outer !== loop && outer.unbounded && outer.lo <= loop.lo && loop.hi <= outer.hi));
  repeats.sort((a, b) => a.lo - b.lo);
  const longest: Loop[][] = repeats.map((loop) => [loop]);
  for (let j = 0; j < repeats.length; j++) {
    for (let i = 0; i < j; i++) {
      if (longest[i]!.length + 1 > longest[j]!.length && sharesText(repeats[i]!, repeats[j]!, sets, follow, meets)) longest[j] = [...longest[i]!, repeats[j]!];
    }
  }
  const best = longest.reduce<Loop[]>((a, b) => (b.length > a.length ? b : a), []);
  return best.length > MAX_CHAIN ? best : undefined;
}

/**
 * Whether repeat `b` can be reached from repeat `a` through states that both could read, so that
 * the text between them (and the text of either) can go to one or the other.
 */
function sharesText(a: Loop, b: Loop, sets: readonly CharSet[], follow: readonly Ways[], meets: (x: number, y: number) => boolean): boolean {
  const inA = (s: number): boolean => a.lo <= s && s < a.hi;
  const inB = (s: number): boolean => b.lo <= s && s < b.hi;
  const readBy = (s: number, loop: (t: number) => boolean, range: Loop): boolean => {
    for (let t = range.lo; t < range.hi; t++) if (loop(t) && meets(s, t)) return true;
    return false;
  };
  if (!Array.from({ length: a.hi - a.lo }, (_, k) => a.lo + k).some((s) => readBy(s, inB, b))) return false;
  const seen = new Set<number>();
  const queue: number[] = [];
  for (let s = a.lo; s < a.hi; s++) { seen.add(s); queue.push(s); }
  for (let k = 0; k < queue.length; k++) {
    for (const next of follow[queue[k]!]!.keys()) {
      if (seen.has(next) || next >= sets.length) continue;
      if (inB(next)) return true;
      if (!inA(next) && !(readBy(next, inA, a) && readBy(next, inB, b))) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}
