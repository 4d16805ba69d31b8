/**
 * The command line, end to end: the real built CLI in a child process.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BUILD, LIBRARY, lines, runCli, startCli } from './support/cli.js';
import { encodeLegacy } from './support/encode-legacy.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const SEEDS = join(FIXTURES, 'seeds');
const seed = (name: string) => join(SEEDS, name, 'input.txt');
const BANNEDBOOK = seed('000_1e12fc86d84c25f9');
const MIRROR = seed('002_7196b7d116969d88');
const FULL_PAGE = `<!doctype html><html><head><title>测试新闻 | 示例网</title><meta property="og:title" content="测试新闻的标题"></head>
<body><nav><a href="/">首页</a></nav><div class="article"><h1>测试新闻的标题</h1>
<p>【大纪元2022年12月30日讯】第一段正文，讲述事情的经过，这里有足够长的中文内容。</p>
<p>第二段正文，继续说明原因和影响，以及各方的反应和评论。</p><p>责任编辑：林妍</p></div><footer>版权所有</footer></body></html>`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qingxi-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** A rule pack that misbehaves on marked pages: throws, hangs, or kills its worker. */
function poisonPack(): string {
  return file(
    'poison.mjs',
    `import { defineRule } from ${JSON.stringify(LIBRARY)};
export const rules = [defineRule({ id: 'poison', at: 'start', rewrite: { selector: 'p', with: (el) => {
  const text = el.children.map((c) => c.data ?? '').join('');
  if (text.includes('THROW')) throw new Error('poisoned page');
  if (text.includes('HANG')) for (;;) {}
  if (text.includes('CRASH')) process.exit(3);
} } })];\n`,
  );
}

describe.skipIf(!HAS_BUILD)('qingxi clean', () => {
  it('writes one JSON line per input of every family, in order, with its source', () => {
    const page = file('full/page.html', FULL_PAGE);
    const result = runCli(['clean', BANNEDBOOK, MIRROR, page, '--quiet']);
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out.map((l) => (l['source'] as { path: string }).path)).toEqual([BANNEDBOOK, MIRROR, page]);
    expect(out.map((l) => l['title'])).toEqual(['外媒传普京向习近平求援遇冷 中俄关系现裂痕', '北京背叛了普京？中驻美大使这样洗白中俄关系', '测试新闻的标题']);
    expect(out[2]).toMatchObject({ published: '2022-12-30', editors: ['林妍'], outlet: { id: 'epochtimes' } });
  });

  it('cleans the inputs listed by --files-from, after the arguments, as a shard of a larger run', () => {
    const page = file('list/page.html', FULL_PAGE);
    const list = file('list/shard.txt', `${MIRROR}\n\n${page}\n`);
    const sharded = runCli(['clean', BANNEDBOOK, '--files-from', list, '--quiet']);
    const whole = runCli(['clean', BANNEDBOOK, MIRROR, page, '--quiet']);
    expect(sharded.status).toBe(0);
    expect(sharded.stdout).toBe(whole.stdout);
    const missing = runCli(['clean', '--files-from', join(dir, 'no-such-list.txt'), '--quiet']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--files-from .*no-such-list\.txt/u);
  });

  it('walks directories and globs', () => {
    const byDir = lines(runCli(['clean', SEEDS, '--quiet']).stdout);
    expect(byDir).toHaveLength(5);
    const byGlob = lines(runCli(['clean', `${SEEDS}/*/input.txt`, '--quiet']).stdout);
    expect(byGlob.map((l) => l['title'])).toEqual(byDir.map((l) => l['title']));
  });

  it('reads one page from stdin', () => {
    const result = runCli(['clean', '-', '--quiet'], { input: readFileSync(MIRROR) });
    expect(lines(result.stdout)).toMatchObject([{ source: { path: '-' }, title: '北京背叛了普京？中驻美大使这样洗白中俄关系' }]);
  });

  it('reads a GBK or Big5 page from stdin as bytes, so its charset is decoded', () => {
    const gbk = FULL_PAGE.replace('<head>', '<head><meta charset="gbk">');
    const big5 = `<html><head><meta charset="big5"><title>測試新聞的標題</title></head><body><h1>測試新聞的標題</h1>
<p>【大紀元2022年12月30日訊】第一段正文，講述事情的經過，這裡有足夠長的中文內容。</p><p>第二段正文，繼續說明原因和影響。</p><p>責任編輯：林妍</p></body></html>`;
    const cleanStdin = (page: string, charset: 'gbk' | 'big5') => lines(runCli(['clean', '-', '--quiet'], { input: Buffer.from(encodeLegacy(page, charset)) }).stdout)[0];
    expect(cleanStdin(gbk, 'gbk')).toMatchObject({ source: { path: '-' }, title: '测试新闻的标题', editors: ['林妍'] });
    expect(cleanStdin(big5, 'big5')).toMatchObject({ source: { path: '-' }, title: '測試新聞的標題', published: '2022-12-30', editors: ['林妍'] });
  });

  it('reads JSON Lines from stdin and answers in the same order, one line each', () => {
    const input = [
      JSON.stringify({ id: 'a', url: 'https://www.epochtimes.com/gb/22/12/30/n1.htm', html: FULL_PAGE }),
      '{ this is not json',
      JSON.stringify({ id: 'c', html: readFileSync(MIRROR, 'utf8') }),
      JSON.stringify({ id: 'd', html: '<p>短</p>' }),
    ].join('\n');
    const result = runCli(['clean', '-', '--quiet'], { input });
    const out = lines(result.stdout);
    expect(out.map((l) => l['source'])).toEqual([
      { path: '-', line: 1, id: 'a', url: 'https://www.epochtimes.com/gb/22/12/30/n1.htm' },
      { path: '-', line: 2 },
      { path: '-', line: 3, id: 'c' },
      { path: '-', line: 4, id: 'd' },
    ]);
    expect(out[0]).toMatchObject({ title: '测试新闻的标题', url: 'https://www.epochtimes.com/gb/22/12/30/n1.htm' });
    expect(out[1]).toMatchObject({ error: { code: 'E_INPUT' } });
    expect(out[3]).toMatchObject({ error: { code: 'E_NOT_ARTICLE' } });
    expect(result.status).toBe(1);
  });

  it('reads the HTML response records of a WARC file', async () => {
    const { WARCRecord, WARCSerializer } = await import('warcio');
    const record = (url: string, type: string, body: string) =>
      WARCRecord.create(
        { url, type: 'response', httpHeaders: { 'Content-Type': type }, warcVersion: 'WARC/1.1' },
        (async function* () {
          yield new TextEncoder().encode(body);
        })(),
      );
    const parts: Uint8Array[] = [];
    for (const r of [
      record('https://www.example.com/news/2022/12/30/a.html', 'text/html; charset=utf-8', FULL_PAGE),
      record('https://www.example.com/logo.png', 'image/png', 'PNG'),
      record('https://www.example.com/news/b.html', 'text/html', readFileSync(MIRROR, 'utf8')),
    ]) {
      parts.push(await WARCSerializer.serialize(r, { gzip: true }));
    }
    const warc = file('crawl/sample.warc.gz', Buffer.concat(parts));
    const out = lines(runCli(['clean', warc, '--quiet']).stdout);
    expect(out.map((l) => l['source'])).toEqual([
      { path: warc, record: 1, url: 'https://www.example.com/news/2022/12/30/a.html' },
      { path: warc, record: 2, url: 'https://www.example.com/news/b.html' },
    ]);
    expect(out[0]).toMatchObject({ title: '测试新闻的标题' });
  });

  it('writes one file per input under --out, mirroring the input tree, in any format', () => {
    const out = join(dir, 'out-md');
    const result = runCli(['clean', SEEDS, '--out', out, '--format', 'md', '--quiet']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const files = readdirSync(join(out, 'seeds'), { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
    expect(files).toEqual(readdirSync(SEEDS).sort().map((name) => join(name, 'input.txt.md')));
    expect(readFileSync(join(out, 'seeds', '002_7196b7d116969d88', 'input.txt.md'), 'utf8')).toMatch(/^# 北京背叛了普京？中驻美大使这样洗白中俄关系\n/u);
  });

  it('never lets two inputs share an output file under --out, and resumes onto the same names', () => {
    const a = file('twins/a/input.txt', readFileSync(MIRROR));
    const b = file('twins/b/input.txt', readFileSync(BANNEDBOOK));
    const jsonl = [FULL_PAGE, FULL_PAGE.replace('测试新闻的标题', '另一条新闻的标题')].map((html) => JSON.stringify({ id: 'same', html })).join('\n');
    const out = join(dir, 'out-twins');
    const first = runCli(['clean', a, b, '-', '--out', out, '--quiet'], { input: jsonl });
    expect(first.status).toBe(0);
    const written = () => readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).sort();
    const rel = (path: string) => path.replace(/^\//u, '');
    expect(written()).toEqual([`${rel(a)}.json`, `${rel(b)}.json`, join('stdin', 'same.json'), join('stdin', 'same~2.json')].sort());
    const title = (path: string) => (JSON.parse(readFileSync(join(out, path), 'utf8')) as { title: string }).title;
    expect([title(`${rel(a)}.json`), title(`${rel(b)}.json`)]).toEqual(['北京背叛了普京？中驻美大使这样洗白中俄关系', '外媒传普京向习近平求援遇冷 中俄关系现裂痕']);
    expect([title('stdin/same.json'), title('stdin/same~2.json')]).toEqual(['测试新闻的标题', '另一条新闻的标题']);
    const again = runCli(['clean', a, b, '-', '--out', out, '--resume'], { input: jsonl });
    expect(again.stderr).toMatch(/4 skipped \(already done\)/u);
    expect(written()).toHaveLength(4);
  });

  it('measures --max-bytes in bytes for every kind of input, and refuses before reading', () => {
    const han = '<p>' + '中'.repeat(400) + '</p>';
    const page = file('large/han.html', han);
    const jsonl = JSON.stringify({ id: 'han', html: han });
    // 400 Han characters are 1,200 bytes in UTF-8: under 1,000 as characters, over it as bytes.
    const fromFile = lines(runCli(['clean', page, '--max-bytes', '1000', '--quiet']).stdout);
    const fromJsonl = lines(runCli(['clean', '-', '--max-bytes', '1000', '--quiet'], { input: jsonl }).stdout);
    const fromStdin = lines(runCli(['clean', '-', '--max-bytes', '1000', '--quiet'], { input: han }).stdout);
    expect(fromFile[0]).toMatchObject({ error: { code: 'E_TOO_LARGE', message: `${page}: 1207 bytes, over the --max-bytes limit of 1000` } });
    expect(fromJsonl[0]).toMatchObject({ error: { code: 'E_TOO_LARGE', message: `stdin line 1 (id han): ${Buffer.byteLength(han)} bytes, over the --max-bytes limit of 1000` } });
    expect(fromStdin[0]).toMatchObject({ error: { code: 'E_TOO_LARGE', message: 'stdin: 1207 bytes, over the --max-bytes limit of 1000' } });
  });

  it('keeps going past poisoned pages: a throw, a hang, a crash each become an error line', () => {
    const pack = poisonPack();
    const good = [BANNEDBOOK, MIRROR];
    const bad = ['THROW', 'HANG', 'CRASH'].map((word) => file(`poison/${word}.html`, `<p>${word} 这是一段足够长的中文正文内容，用来测试。</p>`));
    const result = runCli(['clean', good[0]!, bad[0]!, bad[1]!, good[1]!, bad[2]!, '--rules', pack, '--timeout', '2000', '--jobs', '2', '--quiet']);
    const out = lines(result.stdout);
    expect(out.map((l) => (l['source'] as { path: string }).path)).toEqual([good[0], bad[0], bad[1], good[1], bad[2]]);
    expect(out.map((l) => (l['error'] as { code: string } | undefined)?.code ?? 'ok')).toEqual(['ok', 'E_INTERNAL', 'E_TIMEOUT', 'ok', 'E_CRASH']);
    expect((out[2]!['error'] as { message: string }).message).toContain('HANG.html');
    expect(result.status).toBe(1);
  });

  it('gives identical output with --jobs 1 and --jobs 2', () => {
    const one = runCli(['clean', FIXTURES, '--jobs', '1', '--quiet']);
    const two = runCli(['clean', FIXTURES, '--jobs', '2', '--quiet']);
    expect(lines(one.stdout).length).toBeGreaterThanOrEqual(40);
    expect(two.stdout).toBe(one.stdout);
  });

  it('exits 2 for usage mistakes, naming them', () => {
    expect(runCli(['clean']).status).toBe(2);
    const unknown = runCli(['clean', SEEDS, '--fromat', 'md']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--fromat/u);
    expect(runCli(['clean', SEEDS, '--format', 'pdf']).stderr).toMatch(/--format must be one of jsonl, json, md, text, html/u);
    expect(runCli(['clean', SEEDS, '--resume']).stderr).toMatch(/--resume needs --out/u);
    const badRules = runCli(['clean', SEEDS, '--rules', file('bad.mjs', 'export const rules = 3;')]);
    expect(badRules.status).toBe(2);
    expect(badRules.stderr).toMatch(/--rules .*bad\.mjs: export "rules" is 3 \(a number\), not a site profile or a rule; build profiles with defineSite/u);
    expect(runCli(['bogus']).status).toBe(2);
    expect(runCli(['stats', SEEDS, '--out', dir]).stderr).toMatch(/stats does not take --out/u);
    expect(runCli(['clean', SEEDS, '--json']).stderr).toMatch(/clean does not take --json; .*--format json/u);
  });

  it('names an unknown option, the command, the option meant if one is close, and --help; exits 2', () => {
    const cases: Array<[string[], string]> = [
      [['clean', MIRROR, '--timout', '5'], 'qingxi: unknown option --timout for "clean" (did you mean --timeout?); see qingxi clean --help'],
      [['clean', MIRROR, '--fromat=md'], 'qingxi: unknown option --fromat for "clean" (did you mean --format?); see qingxi clean --help'],
      [['clean', MIRROR, '--files', 'list.txt'], 'qingxi: unknown option --files for "clean" (did you mean --files-from?); see qingxi clean --help'],
      [['clean', MIRROR, '--banana'], 'qingxi: unknown option --banana for "clean"; see qingxi clean --help'],
      [['clean', MIRROR, '-x'], 'qingxi: unknown option -x for "clean"; see qingxi clean --help'],
      [['clean', MIRROR, '-qz'], 'qingxi: unknown option -z for "clean"; see qingxi clean --help'],
      [['merge', dir, '-Q'], 'qingxi: unknown option -Q for "merge" (did you mean -q?); see qingxi merge --help'],
      // Options of other commands: which command takes them, not a lookalike of this one's.
      [['merge', dir, '--shards', '4'], 'qingxi: unknown option --shards for "merge" (--shards is an option of shard); see qingxi merge --help'],
      [['explain', MIRROR, '--jobs', '2'], 'qingxi: unknown option --jobs for "explain" (--jobs is an option of clean or stats); see qingxi explain --help'],
      // stats refuses --out on its own terms, so it is not offered for --ot.
      [['stats', MIRROR, '--ot', dir], 'qingxi: unknown option --ot for "stats"; see qingxi stats --help'],
      [['shard', MIRROR, '--shards', '2', '--out'], 'qingxi: --out needs a value, as in --out DIR; see qingxi shard --help'],
      [['clean', MIRROR, '--quiet=yes'], 'qingxi: --quiet takes no value (drop "=yes"); see qingxi clean --help'],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')[0]).toBe(message);
      expect(result.stderr).toMatch(/\nUsage:\n/u);
    }
  });

  it('refuses an unknown --site before reading any input, naming it and the valid ids once', () => {
    for (const args of [['clean', '-', '--site', 'nope'], ['stats', '-', '--site', 'nope'], ['explain', MIRROR, '--site', 'nope']]) {
      const result = runCli(args, { input: FULL_PAGE });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')[0]).toBe('qingxi: --site "nope" is not a site profile; use one of bannedbook, github-mirror, epochtimes, ntdtv, secretchina, soundofhope, rfa (or add yours with --rules)');
      expect(result.stderr).toMatch(/\nUsage:\n/u);
    }
    const pack = file('site-pack.mjs', `import { defineSite } from ${JSON.stringify(LIBRARY)};\nexport const sites = [defineSite({ id: 'mine', name: '我的网', domains: ['mine.example'] })];\n`);
    expect(runCli(['clean', MIRROR, '--rules', pack, '--site', 'mine', '--quiet']).status).toBe(0);
  });

  it('takes a rule pack\'s profiles and rules by what they are, whatever they are exported as', () => {
    const lib = JSON.stringify(LIBRARY);
    const spec = `{ id: 'nanfang-guancha', name: '南方观察', domains: ['nanfang-guancha.example'], body: 'div.article-body' }`;
    // The documented module: one named profile (docs/custom-rules.md, examples/add-a-site/site.mjs).
    const named = file('named.mjs', `import { defineSite } from ${lib};\nexport const nanfang = defineSite(${spec});\nexport const helper = () => 1;\n`);
    expect(runCli(['clean', MIRROR, '--rules', named, '--site', 'nanfang-guancha', '--quiet']).status).toBe(0);
    // A profile as the default export is a profile, not a bag of global rules.
    const byDefault = file('default.mjs', `import { defineSite } from ${lib};\nexport default defineSite(${spec});\n`);
    expect(runCli(['clean', MIRROR, '--rules', byDefault, '--site', 'nanfang-guancha', '--quiet']).status).toBe(0);
    const page = `<html><head><title>测试</title></head><body><div class="article-body"><p>${'南方观察的正文段落，足够长。'.repeat(4)}</p></div><div class="promo"><p>${'站外的推广文字，不该出现在正文里。'.repeat(3)}</p></div></body></html>`;
    const pageFile = file('nanfang.html', page);
    const out = lines(runCli(['clean', pageFile, '--rules', byDefault, '--site', 'nanfang-guancha', '--quiet']).stdout)[0]!;
    expect(out['outlet']).toMatchObject({ id: 'nanfang-guancha', name: '南方观察' });
    expect(out['text']).not.toContain('推广');
    // The same profile exported twice (by name and in `sites`) is one profile.
    const twice = file('twice.mjs', `import { defineSite } from ${lib};\nexport const nanfang = defineSite(${spec});\nexport const sites = [nanfang];\n`);
    expect(runCli(['clean', MIRROR, '--rules', twice, '--quiet']).status).toBe(0);
  });

  it('names what a rule pack exports wrong, before any worker starts', () => {
    const lib = JSON.stringify(LIBRARY);
    const cases: Array<[string, string]> = [
      [`export const site = [{ id: 'nanfang', name: '南方观察' }];`, 'export "site"[0] is an object with keys id, name, not a site profile or a rule; build profiles with defineSite({ … }) and rules with defineRule({ … }) (or place(step))'],
      [`export const helper = () => 1;\nexport const NAMES = ['甲'];`, 'the module exports no site profile and no rule (its exports: NAMES, helper); export them built, e.g. export const sites = [defineSite({ … })] and export const rules = [defineRule({ … })]'],
      [`import { defineSite } from ${lib};\nexport const sites = [defineSite({ id: 'ntdtv', name: '新唐人' })];`, 'site profile "ntdtv" has the id of a built-in profile; give it another id (a pack\'s profiles are added beside the built-in ones)'],
      [`import { defineRule } from ${lib};\nexport const rules = [defineRule({ id: 'x', remove: '.a', before: 'unwrapLink' })];`, 'options.rules rule "x" names step "unwrapLink", which is not in the pipeline (did you mean "unwrapLinks"?); use one of: '],
    ];
    cases.forEach(([source, message], i) => {
      const pack = file(`wrong-${i}.mjs`, `${source}\n`);
      const result = runCli(['clean', MIRROR, '--rules', pack, '--quiet']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')[0]).toContain(`qingxi: --rules ${pack}: ${message}`);
      expect(result.stderr).not.toMatch(/cannot start the workers/u);
    });
  });

  it('suggests the --site meant, by a typo or by the start of its id', () => {
    expect(runCli(['clean', '-', '--site', 'ntdvt'], { input: FULL_PAGE }).stderr.split('\n')[0]).toMatch(/^qingxi: --site "ntdvt" is not a site profile \(did you mean "ntdtv"\?\); use one of/u);
    const pack = file('prefix-pack.mjs', `import { defineSite } from ${JSON.stringify(LIBRARY)};\nexport const sites = [defineSite({ id: 'nanfang-guancha', name: '南方观察' })];\n`);
    expect(runCli(['clean', '-', '--rules', pack, '--site', 'nanfang'], { input: FULL_PAGE }).stderr.split('\n')[0]).toMatch(/^qingxi: --site "nanfang" is not a site profile \(did you mean "nanfang-guancha"\?\)/u);
  });

  it('prints the usage for --help after any command, and exits 0', () => {
    for (const args of [['--help'], ['clean', '--help'], ['stats', '-h'], ['explain', '--help'], ['shard', '--help'], ['merge', '-h']]) {
      const result = runCli(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage:\n {2}qingxi clean/u);
      expect(result.stdout).toMatch(/\n {2}-q, --quiet {5}nothing on stderr/u);
    }
  });

  it('adds the page\'s issues to each line with --explain', () => {
    const [line] = lines(runCli(['clean', MIRROR, '--explain', '--quiet']).stdout);
    expect(line).toHaveProperty('trace');
    expect(Array.isArray(line!['issues'])).toBe(true);
    const [plain] = lines(runCli(['clean', MIRROR, '--quiet']).stdout);
    expect(plain).not.toHaveProperty('issues');
  });

  it('keeps the trace of a page that is not an article with --explain, for an audit of what left the corpus', () => {
    const links = file('explain-links.md', '### 目录\n----\n#### [首页](../README.md) | [热点](../x.md)\n<p>本文短网址：https://example.org/a</p>\n');
    const [line] = lines(runCli(['clean', links, '--explain', '--quiet']).stdout);
    expect(line).toMatchObject({ error: { code: 'E_NOT_ARTICLE' } });
    expect(Array.isArray(line!['issues'])).toBe(true);
    const trace = line!['trace'] as Array<{ kind: string; step: string; reason: string }>;
    expect(trace).toContainEqual(expect.objectContaining({ kind: 'removed', step: 'removeBoilerplateText', reason: 'short-URL box' }));
    const [plain] = lines(runCli(['clean', links, '--quiet']).stdout);
    expect(plain).toEqual({ source: { path: links }, error: { code: 'E_NOT_ARTICLE', message: expect.any(String) } });
  });

  it('writes the summary with every count in the right number', () => {
    expect(runCli(['clean', MIRROR]).stderr).toMatch(/^qingxi: 1 input in \d+\.\d s \(\d+\/s\): 1 article, 0 not articles, 0 errors\n$/u);
    expect(runCli(['clean', join(dir, 'none.html')]).stderr).toMatch(/: 0 articles, 0 not articles, 1 error\n$/u);
  });

  it('reports a missing input as an error line that names it first, and exits 1', () => {
    const missing = join(dir, 'nope.html');
    const result = runCli(['clean', MIRROR, missing, '--quiet']);
    expect(lines(result.stdout).map((l) => (l['error'] as { code: string } | undefined)?.code ?? 'ok')).toEqual(['ok', 'E_READ']);
    expect(lines(result.stdout)[1]).toMatchObject({ error: { message: `${missing}: no such file or directory` } });
    expect(result.status).toBe(1);
  });

  it('resumes after kill -9 with every output present exactly once and no partial file', async () => {
    const corpus = join(dir, 'many');
    for (let i = 0; i < 150; i++) cpSync(SEEDS, join(corpus, `batch${String(i).padStart(3, '0')}`), { recursive: true });
    const out = join(dir, 'out-resume');
    const child = startCli(['clean', corpus, '--out', out, '--jobs', '2', '--quiet']);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        let done = 0;
        try {
          done = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
        } catch {
          return; // the output directory is not there yet
        }
        if (done >= 100) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const partial = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
    expect(partial).toBeLessThan(750);
    const resumed = runCli(['clean', corpus, '--out', out, '--resume', '--jobs', '2']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/skipped \(already done\)/u);
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(files.filter((f) => f.includes('.qingxi-tmp-'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.json')).sort()).toEqual(
      readdirSync(corpus, { recursive: true }).map(String).filter((f) => f.endsWith('input.txt')).map((f) => join('many', `${f}.json`)).sort(),
    );
    const fresh = join(dir, 'out-fresh');
    runCli(['clean', corpus, '--out', fresh, '--quiet']);
    const sample = join('many', 'batch149', '004_5da937af0cdf502a', 'input.txt.json');
    expect(readFileSync(join(out, sample), 'utf8')).toBe(readFileSync(join(fresh, sample), 'utf8'));
  }, 120_000);
});

describe.skipIf(!HAS_BUILD)('qingxi explain and stats', () => {
  it('explain prints the fields with their sources, what was kept, and every removal by step', () => {
    const result = runCli(['explain', MIRROR]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/published: 2022-07-24 {3}\(from dateline\)/u);
    expect(result.stdout).toMatch(/KEPT: 9 blocks/u);
    const section = (step: string) => result.stdout.split(`\n  ${step}\n`)[1]?.split(/\n {2}\S/u)[0] ?? '';
    expect(section('removeBoilerplateText')).toMatch(/\[membership-appeal\] membership appeal: 【诚征荣誉会员】/u);
    expect(section('removeBoilerplateText')).toMatch(/\[short-url\] short-URL box: 本文短网址/u);
    expect(section('extractCredits')).toMatch(/credit line moved to `authors`\/`editors`: 责任编辑:王君/u);
    expect(section('removeAds')).toMatch(/\[gpt\] Google Publisher Tag slot/u);
  });

  it('explain exits 0 for a page that is not an article, as clean does, and 1 for one it cannot read', () => {
    const list = file('explain/links.html', '<ul><li><a href="/a">第一条新闻</a></li><li><a href="/b">第二条新闻</a></li></ul>');
    const notArticle = runCli(['explain', list]);
    expect(notArticle.stdout).toMatch(/NOT AN ARTICLE \(E_NOT_ARTICLE\)/u);
    expect(notArticle.status).toBe(0);
    const unreadable = runCli(['explain', join(dir, 'explain/none.html')]);
    expect(unreadable.status).toBe(1);
    expect(unreadable.stderr).toMatch(/E_READ: .*none\.html: cannot read it/u);
  });

  it('explain prints the issues of a page that is not an article too', () => {
    const short = file('explain/short.html', '<p>新闻正文很短。</p>');
    const result = runCli(['explain', short]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('NOT AN ARTICLE (E_NOT_ARTICLE): only 7 characters of text besides web addresses (options.minChars is 20)\n\nissue: no-title: no title found\nissue: no-date: ');
  });

  it('explain - reads one page from stdin, as clean - does', () => {
    const fromStdin = runCli(['explain', '-'], { input: readFileSync(MIRROR) });
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout.replace(/^stdin\n/u, `${MIRROR}\n`)).toBe(runCli(['explain', MIRROR]).stdout);
  });

  it('stats counts codes of failed inputs only: pages that are not articles are not errors, as in clean', () => {
    const notArticles = join(FIXTURES, 'not-article');
    const missing = join(dir, 'stats-none.html');
    const json = runCli(['stats', notArticles, missing, '--json', '--quiet']);
    const stats = JSON.parse(json.stdout) as { total: { notArticles: number; errors: number }; errors: Record<string, number> };
    expect(stats.total).toMatchObject({ notArticles: readdirSync(notArticles).length, errors: 1 });
    expect(stats.errors).toEqual({ E_READ: 1 });
    expect(json.status).toBe(1);
    const table = runCli(['stats', notArticles, missing, '--quiet']);
    expect(table.stdout).toMatch(/\nerror codes: E_READ 1\n$/u);
    const clean = runCli(['stats', notArticles, '--quiet']);
    expect(clean.stdout).not.toMatch(/error codes/u);
    expect(clean.status).toBe(0);
  });

  it('stats counts pages, articles, non-articles and fields per outlet', () => {
    const result = runCli(['stats', FIXTURES, '--json', '--quiet']);
    const stats = JSON.parse(result.stdout) as { total: { pages: number; notArticles: number }; outlets: Record<string, { articles: number }> };
    // Every fixture whose expected.json says notArticle, wherever it sits.
    const expectedNot = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('expected.json'))
      .filter((path) => 'notArticle' in (JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as object)).length;
    expect(stats.total.notArticles).toBe(expectedNot);
    expect(stats.outlets['大纪元']!.articles).toBeGreaterThan(5);
  });
});
