import { h } from '../dom';
import { formatDate, label, plural, sourceName } from '../format';
import { ExploreClaimDocument, type ExploreClaimQuery } from '../generated/operations';
import { ApiError, request } from '../graphql';
import { empty, heading, type PageLoader, section } from '../page';
import { pageUrl } from '../routes';
import type { Appearance } from '../views/spread-chart';
import { statementItem } from '../views/statement-item';

type Claim = NonNullable<ExploreClaimQuery['claim']>;

const RELATION_WORDS: Record<string, [outgoing: string, incoming: string]> = {
  DENIES: ['Denies', 'Denied by'],
  CONTRADICTS: ['Contradicts', 'Contradicted by'],
  SUPPORTS: ['Supports', 'Supported by'],
};

function firstAppearance(claim: Claim): HTMLElement {
  const first = claim.firstAppearance;
  if (!first) return h('p', { class: 'lead' }, 'No appearance of this claim is recorded.');
  return h(
    'p',
    { class: 'lead first-appearance' },
    'First appeared in ',
    h('a', { href: pageUrl('source', first.id) }, sourceName(first)),
    first.outlet && first.title ? ` (${first.outlet.name}, ${label(first.kind)})` : '',
    first.publishedAt ? ' on ' : ', date not known',
    first.publishedAt ? h('time', { datetime: first.publishedAt }, formatDate(first.publishedAt)) : null,
    '.',
  );
}

function relationList(claim: Claim): HTMLElement {
  const groups = new Map<string, Claim['relations']['edges'][number]['node'][]>();
  for (const { node } of claim.relations.edges) {
    const words = RELATION_WORDS[node.relation] ?? [label(node.relation), `${label(node.relation)} (by)`];
    const heading = node.direction === 'OUTGOING' ? words[0] : words[1];
    groups.set(heading, [...(groups.get(heading) ?? []), node]);
  }
  if (groups.size === 0) return empty('No related claims recorded.');
  return h(
    'dl',
    { class: 'relations' },
    ...[...groups].flatMap(([heading, links]) => [
      h('dt', {}, heading),
      ...links.map((link) => h('dd', {}, h('a', { href: pageUrl('claim', link.claim.id) }, link.claim.text))),
    ]),
  );
}

function reviewList(claim: Claim): HTMLElement | null {
  if (claim.reviews.length === 0) return null;
  return section(
    'Fact-checks',
    h(
      'ul',
      { class: 'links' },
      ...claim.reviews.map((review) =>
        h(
          'li',
          {},
          h('strong', {}, review.ratingText ?? 'Reviewed'),
          ' by ',
          h('a', { href: pageUrl('actor', review.author.id) }, review.author.name),
          review.datePublished ? ` on ${formatDate(review.datePublished)}` : '',
          ': ',
          review.claimReviewed,
          ' ',
          h('a', { href: review.url, rel: 'noreferrer external' }, 'read the fact-check'),
        ),
      ),
    ),
  );
}

/** /explore/claim/<id>: the claim, where it first appeared, how it spread, who expressed it. */
export const claimPage: PageLoader<{ id: string }> = async ({ id }, { signal }) => {
  const { data } = await request(ExploreClaimDocument, { id }, { signal });
  const claim = data.claim;
  if (!claim) throw new ApiError(`No claim has the id ${id}.`, 'NOT_FOUND');
  const sources = claim.appearances.edges.map(({ node }) => node);
  const dated: Appearance[] = sources.flatMap((source) =>
    source.publishedAt
      ? [
          {
            id: source.id,
            kind: source.kind,
            title: source.title ?? null,
            publishedAt: source.publishedAt,
            outlet: source.outlet?.name ?? 'unknown outlet',
          },
        ]
      : [],
  );
  const chartSlot = h(
    'div',
    { class: 'chart-slot' },
    h('p', { class: 'loading', role: 'status' }, 'Drawing the spread chart…'),
  );
  const mounted = () =>
    import('../views/spread-chart').then(
      ({ spreadChart }) => chartSlot.replaceChildren(spreadChart(dated, chartSlot.clientWidth || 800)),
      () => chartSlot.replaceChildren(empty('The spread chart could not be drawn.')),
    );
  const spread = claim.spread;
  const topics = claim.topics.edges.map(({ node }) => node.name);
  return {
    title: claim.text,
    mounted,
    content: h(
      'div',
      {},
      heading(claim.text, topics.length ? `Claim · ${topics.join(', ')}` : 'Claim'),
      firstAppearance(claim),
      section(
        'How it spread',
        h(
          'p',
          {},
          `Carried by ${plural(spread.sources, 'source')} from ${plural(spread.outlets, 'outlet')}`,
          spread.firstSeen ? `, ${formatDate(spread.firstSeen)} to ${formatDate(spread.lastSeen)}` : '',
          '.',
        ),
        chartSlot,
        sources.length > dated.length
          ? h(
              'p',
              { class: 'hint' },
              `${plural(sources.length - dated.length, 'undated source')} not charted.`,
            )
          : null,
      ),
      section(
        'Statements expressing it',
        claim.statements.edges.length
          ? h('ol', { class: 'statements' }, ...claim.statements.edges.map(({ node }) => statementItem(node)))
          : empty('No statements recorded.'),
        claim.statements.pageInfo.hasNextPage
          ? h('p', { class: 'hint' }, `The newest ${claim.statements.edges.length} are shown.`)
          : null,
      ),
      section('Related claims', relationList(claim)),
      reviewList(claim),
    ),
  };
};
