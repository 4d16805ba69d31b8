/**
 * The fixture format shared by the fixture test and `npm run fixture`.
 *
 * A case is a folder `fixtures/<site>/<case>/` holding the page (`input.*`)
 * and `expected.json`. Body blocks are written compactly: a string is a
 * paragraph, `{ "heading": "…" }`, `{ "quote": "…" }` and `{ "list": [...] }`
 * are the other kinds.
 */
import type { Article, Block } from '../../src/types.js';

/** A body block as written in `expected.json`. */
export type ExpectedBlock = string | { heading: string } | { quote: string } | { list: string[] };

/** The contents of `expected.json`. */
export interface ExpectedCase {
  /** Where the page came from. */
  source?: string;
  /** Set to true once every field was checked by reading the page. */
  checked: boolean;
  /** What the checker noticed while checking. */
  notes?: string;
  /** Options for this page: a URL, a forced site, profiles switched off. */
  options?: { url?: string; site?: string };
  /** The page is not an article: the expected error code. */
  notArticle?: string;
  title?: string;
  outlet?: string | null;
  mirror?: string | null;
  published?: string | null;
  dateline?: string | null;
  authors?: string[];
  editors?: string[];
  url?: string | null;
  mirrorUrl?: string | null;
  lang?: Article['lang'];
  tags?: string[];
  links?: Article['links'];
  body?: ExpectedBlock[];
  images?: Array<{ src: string; alt?: string; caption?: string; credit?: string }>;
  media?: Article['media'];
  related?: Article['related'];
}

/** Write a block the compact way. */
export function toExpectedBlock(block: Block): ExpectedBlock {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'heading':
      return { heading: block.text };
    case 'quote':
      return { quote: block.text };
    case 'list':
      return { list: [...(block.items ?? [])] };
  }
}

/** The fields of an article the fixture compares, in the compact form. */
export function toExpectedCase(article: Article): Omit<ExpectedCase, 'checked'> {
  return {
    title: article.title,
    outlet: article.outlet?.id ?? null,
    mirror: article.mirror?.id ?? null,
    published: article.published,
    dateline: article.dateline,
    authors: article.authors,
    editors: article.editors,
    url: article.url,
    mirrorUrl: article.mirrorUrl,
    lang: article.lang,
    tags: article.tags,
    links: article.links,
    body: article.body.map(toExpectedBlock),
    images: article.images.map((i) => ({ ...i })),
    media: article.media,
    related: article.related,
  };
}
