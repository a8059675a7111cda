// An article file: an optional front-matter block of `key: value` lines between `---`
// lines, then the text. Only the metadata ingestArticle takes is allowed.

import { BadUserInputError } from '../../domain/errors';
import type { ArticleMeta } from './plan';

const KEYS: Record<string, keyof ArticleMeta> = {
  title: 'title',
  url: 'url',
  outlet: 'outlet',
  author: 'author',
  publishedat: 'publishedAt',
  published: 'publishedAt',
  date: 'publishedAt',
};

export interface ArticleFile extends ArticleMeta {
  text: string;
}

/** The file's article; errors say what is wrong and where, the caller says which file. */
export function parseArticleFile(content: string): ArticleFile {
  const normalised = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalised);
  if (!match) {
    // An opened block that never closes would otherwise become the article's first lines.
    if (normalised.startsWith('---\n')) {
      throw new BadUserInputError(
        'the front-matter opened on line 1 is never closed by a "---" line',
        'front-matter',
      );
    }
    return { text: normalised };
  }
  const meta: ArticleMeta = {};
  for (const [index, line] of (match[1] ?? '').split('\n').entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const pair = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
    const key = pair ? KEYS[(pair[1] ?? '').toLowerCase()] : undefined;
    if (!pair || !key) {
      throw new BadUserInputError(
        `front-matter line ${index + 2} must be "key: value" with key one of title, url, outlet, author, publishedAt; got ${JSON.stringify(line)}`,
        'front-matter',
      );
    }
    meta[key] = (pair[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { ...meta, text: normalised.slice(match[0].length) };
}
