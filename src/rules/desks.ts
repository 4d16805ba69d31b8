/**
 * Bylines that name a desk, an office or a role rather than a person:
 * `CDT编辑`, `编辑部`, `本报`, `小编`, `新闻中心`. Page metadata (a JSON-LD
 * `author`, `<meta name="author">`) often carries one where a person's name
 * belongs.
 */

/** Words a desk name ends with: whatever comes before (`CDT`, `国际`) names the outlet or the section. */
export const DESK_SUFFIXES: readonly string[] = [
  '编辑部', '編輯部', '编辑组', '編輯組', '编译组', '編譯組', '翻译组', '翻譯組', '编辑', '編輯', '小编', '小編', '网编', '網編',
  '新闻中心', '新聞中心', '新闻组', '新聞組', '记者站', '記者站', '报道组', '報道組', '评论员', '評論員', '工作室',
  'editors', 'editor', 'staff', 'desk', 'newsroom',
];

/** Whole bylines that are a desk: the outlet speaking of itself, or a wire digest. */
export const DESK_WORDS: ReadonlySet<string> = new Set([
  '本报', '本報', '本台', '本臺', '本网', '本網', '本刊', '本站', '综合', '綜合', '综合报道', '综合报导', '綜合報導', '綜合報道', '网络', '網絡', '網路',
]);

/**
 * Whether a credited name is a desk, not a person.
 *
 * @param name - A name from a byline or the page's metadata.
 * @returns Whether it names a desk, an office or a role.
 * @internal
 */
export function isDeskName(name: string): boolean {
  const trimmed = name.trim().toLowerCase();
  return DESK_WORDS.has(trimmed) || DESK_SUFFIXES.some((suffix) => trimmed.endsWith(suffix));
}
