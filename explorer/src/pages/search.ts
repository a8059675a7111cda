import { h } from '../dom';
import { formatDate, label, sourceName } from '../format';
import { ExploreSearchDocument, type ExploreSearchQuery } from '../generated/operations';
import { request } from '../graphql';
import { empty, heading, type PageLoader, section } from '../page';
import { pageUrl, searchUrl } from '../routes';
import { statementItem } from '../views/statement-item';

type Hit = ExploreSearchQuery['search'][number];

const EXAMPLES = ['Stoltenberg', 'Huawei', '5G', 'Ren Zhengfei', 'NATO'];

function intro(): HTMLElement {
  return h(
    'div',
    { class: 'intro' },
    h(
      'p',
      {},
      'Who said what, through whom, and where a claim first appeared. Search for a person, an organisation, words someone said, or a claim; names match aliases, surnames and misspellings.',
    ),
    h(
      'p',
      {},
      'Try: ',
      ...EXAMPLES.flatMap((example, index) => [
        index > 0 ? ', ' : '',
        h('a', { href: searchUrl(example) }, example),
      ]),
    ),
  );
}

function actorLink(actor: { id: string; name: string; kind: string; aliases: string[] }): HTMLElement {
  return h(
    'li',
    {},
    h('a', { href: pageUrl('actor', actor.id) }, actor.name),
    h('span', { class: 'tag' }, label(actor.kind)),
    actor.aliases.length > 0
      ? h('span', { class: 'aside' }, `also ${actor.aliases.slice(0, 4).join(', ')}`)
      : null,
  );
}

function hitsOf<K extends 'actor' | 'statement' | 'claim' | 'source'>(
  hits: Hit[],
  key: K,
): NonNullable<Hit[K]>[] {
  return hits.flatMap((hit) => (hit[key] ? [hit[key] as NonNullable<Hit[K]>] : []));
}

/** /explore?q=…: one search over actors, statements, claims and source titles, grouped by kind. */
export const searchPage: PageLoader<{ query: string }> = async ({ query }, { signal }) => {
  if (query === '')
    return {
      title: 'Explore the claim graph',
      content: h('div', {}, heading('Explore the claim graph'), intro()),
    };
  const { data } = await request(ExploreSearchDocument, { q: query }, { tolerate: ['actor'], signal });
  const actors = hitsOf(data.search, 'actor');
  // The name resolver knows surnames and near-misses the full-text index does not.
  if (data.actor && !actors.some((actor) => actor.id === data.actor?.id)) actors.unshift(data.actor);
  const statements = hitsOf(data.search, 'statement');
  const claims = hitsOf(data.search, 'claim');
  const sources = hitsOf(data.search, 'source');
  const total = actors.length + statements.length + claims.length + sources.length;
  const title = `Results for “${query}”`;
  if (total === 0) {
    return {
      title,
      content: h(
        'div',
        {},
        heading(title, 'Search'),
        empty('Nothing matches. Try a surname, a shorter phrase, or other words.'),
        intro(),
      ),
    };
  }
  return {
    title,
    content: h(
      'div',
      {},
      heading(title, 'Search'),
      actors.length ? section('Actors', h('ul', { class: 'links' }, ...actors.map(actorLink))) : null,
      claims.length
        ? section(
            'Claims',
            h(
              'ul',
              { class: 'links' },
              ...claims.map((claim) => h('li', {}, h('a', { href: pageUrl('claim', claim.id) }, claim.text))),
            ),
          )
        : null,
      statements.length
        ? section('Statements', h('ul', { class: 'statements' }, ...statements.map(statementItem)))
        : null,
      sources.length
        ? section(
            'Sources',
            h(
              'ul',
              { class: 'links' },
              ...sources.map((source) =>
                h(
                  'li',
                  {},
                  h('a', { href: pageUrl('source', source.id) }, sourceName(source)),
                  h(
                    'span',
                    { class: 'aside' },
                    [source.outlet?.name, formatDate(source.publishedAt)].filter(Boolean).join(' · '),
                  ),
                ),
              ),
            ),
          )
        : null,
    ),
  };
};
