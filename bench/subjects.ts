/**
 * What the benchmark times: the parse floor, a text walk, qingxi, each of its
 * cleaners, and the extractors people use instead.
 *
 * Every subject is a function over one page's text. Peers are loaded lazily so
 * that a qingxi-only run never pays for jsdom.
 */
import { type AnyNode, type Document, hasChildren, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Step } from '../src/index.js';
import { DEFAULT_STEPS, createExtractor, pipe } from './library.js';

/** One thing to time over a list of pages. */
export interface Subject {
  readonly name: string;
  /** What it is, for the table. */
  readonly label: string;
  /** For a single step: its stage. */
  readonly stage?: string;
  run(text: string): unknown;
}

/** `htmlparser2.parseDocument` alone: the floor every ratio is taken against. */
export const parseFloor: Subject = {
  name: 'parse',
  label: 'htmlparser2 parseDocument (the floor)',
  run: (text) => parseDocument(text),
};

/** Parse plus one iterative walk that reads every text node. */
export const parseAndWalk: Subject = {
  name: 'parse+walk',
  label: 'parse + a full text walk',
  run: (text) => walkText(parseDocument(text)),
};

/**
 * qingxi's whole extraction, through one configured extractor.
 *
 * @returns The subject.
 */
export function qingxi(): Subject {
  const extractor = createExtractor();
  return { name: 'qingxi', label: 'qingxi extractArticle', run: (text) => extractor.extract(text) };
}

/**
 * One default step on its own, as `pipe(step).run(page)`: the parse, the step,
 * and (for block steps) the default conversion to blocks in front of it.
 *
 * @returns One subject per default step, plus the bare pipeline they share.
 */
export function cleanerSubjects(): Subject[] {
  const bare = pipe();
  const subjects: Subject[] = [{ name: 'pipe()', label: 'pipe(): parse and nothing else', run: (text) => bare.run(text) }];
  const toBlocks = DEFAULT_STEPS.find((step) => step.stage === 'convert')!;
  subjects.push(stepSubject(toBlocks));
  for (const step of DEFAULT_STEPS) if (step.stage !== 'convert') subjects.push(stepSubject(step));
  return subjects;
}

/**
 * The default steps added one at a time, each in the company of the steps before it: what a
 * step costs where it runs, after the steps that already shrank or reshaped the page (which
 * `pipe(step)` alone does not show). The extractor is the default one, site profiles included;
 * the steps not yet reached are stand-ins of the same name and stage that leave the page as it
 * is (the convert step's stand-in makes no blocks), so every profile still finds its anchors.
 *
 * @returns One subject per prefix: none of the default steps, then each added in order.
 */
export function contextSubjects(): Subject[] {
  return [null, ...DEFAULT_STEPS].map((last, k) => {
    const steps = DEFAULT_STEPS.map((step, i) => (i < k ? step : standIn(step)));
    const extractor = createExtractor({ steps });
    const run = (text: string): unknown => extractor.extract(text);
    return last === null ? { name: 'upto:', label: 'no default step', run } : { name: `upto:${last.name}`, label: last.name, stage: last.stage, run };
  });
}

/** A step that does nothing, under the name and stage of one that does. */
function standIn(step: Step): Step {
  switch (step.stage) {
    case 'source':
      return { name: step.name, stage: 'source', run: (text) => text };
    case 'tree':
      return { name: step.name, stage: 'tree', run: () => undefined };
    case 'convert':
      return { name: step.name, stage: 'convert', run: () => [] };
    case 'blocks':
      return { name: step.name, stage: 'blocks', run: (blocks) => [...blocks] };
  }
}

function stepSubject(step: Step): Subject {
  const pipeline = pipe(step);
  return { name: `step:${step.name}`, label: `pipe(${step.name}())`, stage: step.stage, run: (text) => pipeline.run(text) };
}

/**
 * The peers, each as used in its own documentation.
 *
 * @param name - `readability-linkedom`, `readability-jsdom` or `defuddle`.
 * @returns The subject; Defuddle's runs are promises.
 */
export async function peer(name: string): Promise<Subject> {
  const { Readability } = await import('@mozilla/readability');
  switch (name) {
    case 'readability-linkedom': {
      const { parseHTML } = await import('linkedom');
      return { name, label: 'Readability 0.6 on linkedom', run: (text) => new Readability(parseHTML(asDocument(text)).document).parse() };
    }
    case 'readability-jsdom': {
      const { JSDOM, VirtualConsole } = await import('jsdom');
      const virtualConsole = new VirtualConsole();
      return {
        name,
        label: 'Readability 0.6 on jsdom 27',
        run: (text) => {
          const dom = new JSDOM(text, { virtualConsole });
          const result = new Readability(dom.window.document).parse();
          dom.window.close();
          return result;
        },
      };
    }
    case 'defuddle': {
      const { parseHTML } = await import('linkedom');
      const { Defuddle } = await import('defuddle/node');
      return { name, label: 'Defuddle 0.19 on linkedom', run: (text) => Defuddle(parseHTML(asDocument(text)).document, 'https://example.org/') };
    }
    default:
      throw new Error(`bench: unknown peer "${name}"; use readability-linkedom, readability-jsdom or defuddle.`);
  }
}

/** linkedom builds no `<body>` for a fragment; wrap fragments as a browser would see them. */
function asDocument(text: string): string {
  return /<html[\s>]/iu.test(text.slice(0, 2048)) ? text : `<!DOCTYPE html><html><head></head><body>${text}</body></html>`;
}

function walkText(document: Document): number {
  let chars = 0;
  const stack: AnyNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) chars += node.data.length;
    else if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return chars;
}
