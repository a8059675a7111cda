// An article file: an optional front-matter block of `key: value` lines between `---`
// lines, then the text. Only the metadata ingestArticle takes is allowed.

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

export function parseArticleFile(content: string, name: string): ArticleFile {
  const normalised = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(normalised);
  if (!match) return { text: normalised };
  const meta: ArticleMeta = {};
  for (const [index, line] of (match[1] ?? '').split('\n').entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const pair = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
    const key = pair ? KEYS[(pair[1] ?? '').toLowerCase()] : undefined;
    if (!pair || !key) {
      throw new Error(
        `${name}: front-matter line ${index + 2} must be "key: value" with key one of title, url, outlet, author, publishedAt; got ${JSON.stringify(line)}`,
      );
    }
    meta[key] = (pair[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { ...meta, text: normalised.slice(match[0].length) };
}
