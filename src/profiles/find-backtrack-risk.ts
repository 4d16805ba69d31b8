/**
 * A small, dependency-free check for regular expressions that can backtrack
 * exponentially: a repeated part that can match the same text in two ways.
 *
 * The pattern is read into a position automaton (one state per character or
 * class, with the number of ways each state can follow another, capped at 2),
 * and two copies of it are run side by side over the same text. A loop of
 * that pair graph that passes both through one state twice and through two
 * different states (or takes a step two ways) is a text the pattern can match
 * along two different paths, again and again: a backtracking engine tries
 * 2^n of them before it gives up. This is the textbook test for exponential
 * ambiguity (Weber and Seidl), the reasoning scslre and eslint-plugin-regexp
 * rely on, without their 1.8 MB of dependencies. Where the check cannot tell
 * whether two sets of characters meet (`\p{…}`, `.`, negated classes), it
 * assumes they do, so it may refuse a safe pattern but not accept a risky one.
 */
import { findRepeatChain } from './find-repeat-chain.js';
import { ANY, type CharSet, type Loop, type Ways, readPattern } from './read-pattern.js';

/** Why a pattern was refused. */
export interface BacktrackRisk {
  /**
   * `nested`: a repeated group holds another unbounded quantifier; `alternation`: a repeated group's
   * branches can match the same text; `chain`: three or more unbounded repeats in a row can share
   * the same text (`a*a*a*`: n^3 ways and more); `size`: too large to check.
   */
  readonly kind: 'nested' | 'alternation' | 'chain' | 'size';
  /** The repeated group, as written in the pattern. */
  readonly group: string;
}

/**
 * Find a part of a pattern that can backtrack exponentially.
 *
 * @param pattern - The regular expression, as given by the user.
 * @param maxPairs - How many state pairs to explore before giving up (and reporting `size`).
 * @returns The risk, or `undefined` when every repeated part matches a text only one way.
 * @example
 * findBacktrackRisk(/(a|aa)*b/u)            // { kind: 'alternation', group: '(a|aa)*' }
 * findBacktrackRisk(/(\w+\s?)*$/u)          // { kind: 'nested', group: '(\\w+\\s?)*' }
 * findBacktrackRisk(/^欢迎(?:关注|訂閱)/u)    // undefined
 */
export function findBacktrackRisk(pattern: RegExp, maxPairs = 200_000): BacktrackRisk | undefined {
  const { sets, follow, loops } = readPattern(pattern.source, pattern.flags);
  const found = findAmbiguousLoop(sets, follow, pattern.flags, maxPairs);
  if (found === undefined) {
    const chain = findRepeatChain(sets, follow, loops, meetsFor(sets, pattern.flags));
    return chain === undefined ? undefined : { kind: 'chain', group: chain.map((loop) => pattern.source.slice(loop.start, loop.end)).join(' … ') };
  }
  if (found === 'size') return { kind: 'size', group: pattern.source };
  const inside = (loop: Loop, p: number): boolean => loop.lo <= p && p < loop.hi;
  // The innermost repeat around the ambiguous states that is ambiguous on its own: (a+)+, not a+.
  const around = loops
    .filter((loop) => [...found].every((p) => inside(loop, p)))
    .sort((a, b) => a.hi - a.lo - (b.hi - b.lo))
    .find((loop) => isAmbiguousAlone(pattern.source.slice(loop.start, loop.end), pattern.flags, maxPairs));
  if (around === undefined) return { kind: 'nested', group: pattern.source };
  const nested = loops.some((loop) => loop !== around && loop.lo >= around.lo && loop.hi <= around.hi && [...found].some((p) => inside(loop, p)))
    || [...found].some((p) => follow[p]!.has(p) && sets[p] === ANY);
  return { kind: nested ? 'nested' : 'alternation', group: pattern.source.slice(around.start, around.end) };
}

function isAmbiguousAlone(source: string, flags: string, maxPairs: number): boolean {
  const { sets, follow } = readPattern(source, flags);
  return findAmbiguousLoop(sets, follow, flags, maxPairs) !== undefined;
}

/**
 * Run two copies of the automaton over the same text and look for a strongly
 * connected part of the pair graph holding a same-state pair and either a
 * different-state pair or a step that can be taken two ways.
 *
 * @returns The states of that part, 'size' when the graph is too large, or undefined.
 */
function findAmbiguousLoop(sets: readonly CharSet[], follow: readonly Ways[], flags: string, maxPairs: number): Set<number> | 'size' | undefined {
  const n = sets.length;
  const meets = meetsFor(sets, flags);
  const edges = new Map<number, { to: number; twice: boolean }[]>();
  const queue: number[] = [];
  for (let p = 0; p < n; p++) { edges.set(p * n + p, []); queue.push(p * n + p); }
  for (let k = 0; k < queue.length; k++) {
    const node = queue[k]!;
    const p = Math.floor(node / n);
    const q = node % n;
    const out = edges.get(node)!;
    for (const [p2, wp] of follow[p]!) {
      for (const [q2, wq] of follow[q]!) {
        if (p === q && q2 < p2) continue;
        if (p2 !== q2 && !meets(p2, q2)) continue;
        const to = Math.min(p2, q2) * n + Math.max(p2, q2);
        out.push({ to, twice: p === q && p2 === q2 && wp * wq > 1 });
        if (!edges.has(to)) {
          if (edges.size >= maxPairs) return 'size';
          edges.set(to, []);
          queue.push(to);
        }
      }
    }
  }
  const component = stronglyConnected(edges);
  const bad = new Set<number>();
  const diagonal = new Set<number>();
  const crossed = new Set<number>();
  for (const [node, out] of edges) {
    const c = component.get(node)!;
    if (Math.floor(node / n) === node % n) diagonal.add(c); else crossed.add(c);
    for (const edge of out) if (edge.twice && component.get(edge.to) === c) bad.add(c);
  }
  for (const c of diagonal) if (crossed.has(c)) bad.add(c);
  if (bad.size === 0) return undefined;
  const [worst] = bad;
  const states = new Set<number>();
  for (const node of edges.keys()) if (component.get(node) === worst) states.add(Math.floor(node / n)).add(node % n);
  return states;
}

/** Whether two states' character sets can share a character; unlisted sets are assumed to. */
export function meetsFor(sets: readonly CharSet[], flags: string): (a: number, b: number) => boolean {
  const single = flags.replace(/[gymd]/gu, '');
  const matchers = new Map<string, RegExp>();
  const matcher = (set: CharSet): RegExp => {
    let re = matchers.get(set.raw);
    if (re === undefined) matchers.set(set.raw, (re = new RegExp(`^(?:${set.raw})$`, single)));
    return re;
  };
  const memo = new Map<string, boolean>();
  return (a, b) => {
    const [x, y] = [sets[a]!, sets[b]!];
    const key = `${x.raw}\u0000${y.raw}`;
    let result = memo.get(key);
    if (result === undefined) {
      result = x.chars === undefined && y.chars === undefined
        || (x.chars ?? []).some((c) => matcher(y).test(c))
        || (y.chars ?? []).some((c) => matcher(x).test(c));
      memo.set(key, result);
    }
    return result;
  };
}

/** Tarjan's algorithm, iterative: node → component id. */
function stronglyConnected(edges: ReadonlyMap<number, readonly { to: number }[]>): Map<number, number> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const component = new Map<number, number>();
  const stack: number[] = [];
  let counter = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: [number, number][] = [[root, 0]];
    index.set(root, counter); low.set(root, counter++); stack.push(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, k] = frame;
      const out = edges.get(node)!;
      if (k < out.length) {
        frame[1]++;
        const to = out[k]!.to;
        if (!index.has(to)) { index.set(to, counter); low.set(to, counter++); stack.push(to); work.push([to, 0]); }
        else if (!component.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length > 0) { const parent = work[work.length - 1]![0]; low.set(parent, Math.min(low.get(parent)!, low.get(node)!)); }
      if (low.get(node) === index.get(node)) {
        let member: number;
        do { member = stack.pop()!; component.set(member, node); } while (member !== node);
      }
    }
  }
  return component;
}
