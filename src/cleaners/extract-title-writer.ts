/**
 * A commentary's headline opens with its writer's name: `吴惠林：唯有实力才有和平`,
 * `评论 | 林保华：19届4中全会…`.
 */
import type { BlockStep, DraftBlock, StepContext } from '../pipeline/types.js';
import { COMPOUND_SURNAMES, SURNAMES } from '../rules/surnames.js';

/**
 * `林保华：…`, after an optional RFA column label (`评论 | `, `专栏 | `, `禁书解读 | `): the label, then the
 * name before the colon.
 */
const TITLE_NAME = /^(?:(评论|評論|专栏|專欄|禁书解读|禁書解讀|聚焦维吾尔|聚焦維吾爾)[ \u3000]?[|｜][ \u3000]?)?(\p{Script=Han}{2,4})[：:]/u;
/**
 * RFA labels that head commentators' columns only: the name after them is the writer's, surname or not
 * (`评论 | 唯色：…`, `聚焦维吾尔 | 伊利夏提：…`, `禁书解读 | 余杰：…`).
 */
const COMMENTARY_LABELS: ReadonlySet<string> = new Set(['评论', '評論', '禁书解读', '禁書解讀', '聚焦维吾尔', '聚焦維吾爾']);
/**
 * `【戴东尼专栏】…`: a column label that is the columnist's name (看中国). Not a quote's shape, so the
 * story may name the writer (`接续：【李道真专栏】…（四）`).
 */
const TITLE_COLUMN = /^【(\p{Script=Han}{2,4}?)(?:专栏|專欄)】/u;
/** Column labels shaped like names: 大纪元's `【纪元专栏】`. */
const NOT_A_COLUMNIST = new Set(['纪元', '紀元']);
/** Words that end a group's or a medium's name, not a person's: `德媒`, `港府`, `法律学者`. */
const NOT_A_PERSON = /[媒网網报報台府家者院社团團部局会會方]$/u;

/**
 * Credit the writer a commentary's headline names before its colon, when the
 * page credits nobody else (no byline, no credit line, no author metadata):
 * `吴惠林：唯有实力才有和平` → authors `['吴惠林']`, source `title`.
 *
 * The same shape also heads a quote (`蓬佩奥：中共是…`), so the name counts
 * only when it looks like a person's (a common surname, then one or two
 * characters, or any name after RFA's `评论 | ` commentary label: `评论 | 唯色：…`)
 * and the story never mentions it: a speaker quoted in the headline is named
 * in the story, a columnist is not. A column label that is the columnist's
 * name (`【戴东尼专栏】…`) needs only the surname test.
 *
 * @returns The block step `extractTitleWriter`.
 * @example
 * // title '吴惠林：唯有实力才有和平', no credit anywhere, the story never says 吴惠林 → authors ['吴惠林']
 * // title '【戴东尼专栏】帝王书法——雍正', no credit anywhere → authors ['戴东尼']; '【名家专栏】…' → none
 */
export function extractTitleWriter(): BlockStep {
  return {
    name: 'extractTitleWriter',
    stage: 'blocks',
    run(blocks: readonly DraftBlock[], ctx: StepContext): DraftBlock[] {
      const found = ctx.found;
      if (found.title === null || found.authors.length > 0 || found.meta['author'] !== undefined) return blocks.slice();
      const name = titleWriter(found.title.value, blocks);
      if (name !== undefined) {
        found.authors.push({ value: name, source: 'title' });
        found.roles.push({ name, role: '', kind: 'author' });
      }
      return blocks.slice();
    },
  };
}

function titleWriter(title: string, blocks: readonly DraftBlock[]): string | undefined {
  const columnist = TITLE_COLUMN.exec(title)?.[1];
  if (columnist !== undefined) return isPersonName(columnist) && !NOT_A_COLUMNIST.has(columnist) ? columnist : undefined;
  // A headline without a colon names no writer (`吴惠林：…`): most have none, and the pattern is not tried on them.
  if (!title.includes('：') && !title.includes(':')) return undefined;
  const [, label, name] = TITLE_NAME.exec(title) ?? [];
  const looksLikeWriter = name !== undefined && (isPersonName(name) || (COMMENTARY_LABELS.has(label ?? '') && !NOT_A_PERSON.test(name)));
  return looksLikeWriter && !blocks.some((block) => block.text.includes(name)) ? name : undefined;
}

function isPersonName(name: string): boolean {
  if (NOT_A_PERSON.test(name)) return false;
  if (name.length === 4) return COMPOUND_SURNAMES.includes(name.slice(0, 2));
  return SURNAMES.has(name[0]!) || (name.length === 3 && COMPOUND_SURNAMES.includes(name.slice(0, 2)));
}
