/**
 * Notes that say where a piece comes from and who wrote it:
 * `本文整理、节录自李洞宰《下班后1小时的极速学习攻略》一书…`,
 * `（本文素材取自看中国，原作者夏闻。…）`, `（文章授权转载自香港中文大学facebook颜纯钩作者专页）`.
 */

/**
 * A person's name as such notes print it: two to four Han characters, or a
 * transliterated name in pieces joined by `．`/`·` (`大卫．艾波斯坦`).
 */
const name = (shortestFirst: boolean): string =>
  String.raw`(?!脸书|臉書|作者)(?:\p{Script=Han}{1,6}(?:[．·‧・]\p{Script=Han}{1,6}){1,3}|\p{Script=Han}{2,4}${shortestFirst ? '?' : ''})`;
const NAME = name(false);
/** Shortest first where a work word may follow the name (`刘明山编著《孔子》`). */
const NAME_BEFORE_WORK = name(true);

/** `节录自X《书》`, `选自X编著《书》`, `摘自X（English name）《书》`: the book's author, right before its title. */
const FROM_BOOK = new RegExp(String.raw`(?:节录|節錄|摘录|摘錄|摘编|摘編|节选|節選|选|選|摘|取)自(${NAME_BEFORE_WORK})(?:[（(][^（）()]{1,40}[）)])?(?:编著|編著|著)?《`, 'u');
/** `原作者夏闻。`: the original author, named (not `版权归属原作者，`). */
const ORIGINAL_AUTHOR = new RegExp(String.raw`原作者[：:]?[ \u3000]?(${NAME})(?=[。，,；;）)\s]|$)`, 'u');
/** `转载自…颜纯钩作者专页`, `转载自颜纯钩facebook脸书专页`: the writer whose own page the piece was taken from. */
const AUTHOR_PAGE = new RegExp(
  String.raw`(?:转载|轉載)自(?:[^，。（）()]{0,20}?(?:facebook|Facebook|脸书|臉書))?[ \u3000]?(${NAME})(?:的)?[ \u3000]?(?:facebook|Facebook|脸书|臉書)*[ \u3000]?(?:作者)?(?:专页|專頁)`,
  'u',
);

/**
 * The authors a source note names, in the order of its patterns; empty when
 * it names nobody (`文章版权归属原作者` names no one).
 *
 * @param text - The note's text.
 * @returns Names only.
 * @example
 * sourceNoteAuthors('本文整理、节录自大卫．艾波斯坦（David Epstein）《跨能致胜》一书') // ['大卫．艾波斯坦']
 * sourceNoteAuthors('（本栏目文章选自各大新闻媒体与中文网站，文章版权归属原作者）') // []
 */
export function sourceNoteAuthors(text: string): string[] {
  const names: string[] = [];
  for (const pattern of [FROM_BOOK, ORIGINAL_AUTHOR, AUTHOR_PAGE]) {
    const name = pattern.exec(text)?.[1];
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}
