import { h } from '../dom';
import { formatDate, label } from '../format';
import {
  type ActorStatementItemFragment,
  ExploreActorDocument,
  ExploreActorLiveDocument,
  type ExploreActorQuery,
  ExploreActorStatementsDocument,
} from '../generated/operations';
import { ApiError, request, subscribe } from '../graphql';
import { type Polarity, type StanceInput, stanceTimeline } from '../model/stance-marks';
import { empty, facts, heading, type PageLoader, section } from '../page';
import { pageUrl } from '../routes';
import { statementItem } from '../views/statement-item';

type Actor = NonNullable<ExploreActorQuery['actor']>;
type Stance = Actor['stances']['edges'][number]['node'];

function stanceInputs(stances: Stance[]): StanceInput[] {
  return stances.map((stance) => ({
    id: stance.id,
    about: stance.about,
    polarity: stance.polarity as Polarity,
    since: stance.since ?? null,
    until: stance.until ?? null,
    evidence: stance.evidence.edges.map(({ node }) => ({
      id: node.id,
      text: node.text,
      date: node.saidAt ?? node.source.publishedAt ?? null,
    })),
  }));
}

function stanceTable(stances: Stance[]): HTMLElement {
  return h(
    'table',
    { class: 'stances' },
    h('caption', {}, 'Stances and their evidence'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'About'),
        h('th', { scope: 'col' }, 'Polarity'),
        h('th', { scope: 'col' }, 'Held'),
        h('th', { scope: 'col' }, 'Evidence'),
      ),
    ),
    h(
      'tbody',
      {},
      ...stances.map((stance) =>
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row' },
            stance.target ? h('a', { href: pageUrl('actor', stance.target.id) }, stance.about) : stance.about,
          ),
          h(
            'td',
            {},
            h('span', { class: `polarity ${stance.polarity.toLowerCase()}` }, label(stance.polarity)),
          ),
          h(
            'td',
            {},
            stance.since || stance.until
              ? `${formatDate(stance.since)} – ${stance.until ? formatDate(stance.until) : 'now'}`
              : 'undated',
          ),
          h(
            'td',
            {},
            ...stance.evidence.edges.flatMap(({ node }, index) => [
              index > 0 ? ', ' : '',
              h(
                'a',
                { href: pageUrl('statement', node.id), title: node.text },
                formatDate(node.saidAt ?? node.source.publishedAt),
              ),
            ]),
          ),
        ),
      ),
    ),
  );
}

function affiliationList(actor: Actor): HTMLElement | null {
  const items = [
    ...actor.affiliations.edges.map(({ node }) =>
      h(
        'li',
        {},
        `${node.title}, `,
        h('a', { href: pageUrl('actor', node.organization.id) }, node.organization.name),
        dates(node),
      ),
    ),
    ...actor.members.edges.map(({ node }) =>
      h(
        'li',
        {},
        h('a', { href: pageUrl('actor', node.member.id) }, node.member.name),
        `, ${node.title}`,
        dates(node),
      ),
    ),
  ];
  return items.length ? h('ul', { class: 'links' }, ...items) : null;
}

function dates(span: { since?: string | null; until?: string | null }): string {
  if (!span.since && !span.until) return '';
  return ` (${span.since ? `since ${formatDate(span.since)}` : ''}${span.until ? ` until ${formatDate(span.until)}` : ''})`;
}

/** The statement list with "Older statements", which pages on with the API's cursor. */
function statementList(actorId: string, first: Actor['statements'], list: HTMLOListElement): HTMLElement {
  list.append(...first.edges.map(({ node }) => statementItem(node)));
  const status = h('p', { class: 'status', role: 'status' });
  const more = h('button', { type: 'button', class: 'more' }, 'Older statements');
  let cursor = first.pageInfo.endCursor;
  const append = (nodes: ActorStatementItemFragment[]) =>
    list.append(...nodes.map((node) => statementItem(node)));
  more.addEventListener('click', async () => {
    if (!cursor) return;
    more.disabled = true;
    status.textContent = 'Loading older statements…';
    try {
      const { data } = await request(ExploreActorStatementsDocument, { id: actorId, after: cursor });
      const page = data.actor?.statements;
      if (!page) throw new ApiError('The actor is gone.', 'NOT_FOUND');
      append(page.edges.map(({ node }) => node));
      cursor = page.pageInfo.endCursor;
      status.textContent = '';
      if (!page.pageInfo.hasNextPage) more.remove();
      else list.lastElementChild?.querySelector('a')?.focus();
    } catch (error) {
      status.textContent = `Could not load more: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      more.disabled = false;
    }
  });
  return h(
    'div',
    {},
    first.edges.length === 0 ? h('p', { class: 'empty' }, 'No statements recorded yet.') : null,
    list,
    first.pageInfo.hasNextPage ? more : null,
    status,
  );
}

/** New statements by this actor, as they are recorded, on top of the list, announced politely. */
function liveStatements(actor: Actor, list: HTMLOListElement, announce: HTMLElement): () => void {
  return subscribe(ExploreActorLiveDocument, { speaker: actor.name }, ({ statementAdded }) => {
    if (statementAdded.id && list.querySelector(`a[href="${pageUrl('statement', statementAdded.id)}"]`))
      return;
    const item = statementItem(statementAdded);
    item.classList.add('new');
    list.prepend(item);
    list.parentElement?.querySelector('.empty')?.remove();
    announce.textContent = `New statement by ${actor.name}: ${statementAdded.text}`;
  });
}

/** /explore/actor/<id>: who they are, their stance timeline, and their statements newest first. */
export const actorPage: PageLoader<{ id: string }> = async ({ id }, { signal }) => {
  const { data } = await request(ExploreActorDocument, { id }, { signal });
  const actor = data.actor;
  if (!actor) throw new ApiError(`No actor has the id ${id}.`, 'NOT_FOUND');
  const stances = actor.stances.edges.map(({ node }) => node);
  const timelineSlot = h(
    'div',
    { class: 'chart-slot' },
    h('p', { class: 'loading', role: 'status' }, 'Drawing the stance timeline…'),
  );
  const list = h('ol', { class: 'statements' });
  const announce = h('p', { class: 'live', role: 'status', 'aria-live': 'polite' });
  let stopLive: (() => void) | undefined;
  // The chart library loads only on pages that draw a chart, once the slot can be measured.
  const drawTimeline = () =>
    import('../views/stance-timeline').then(
      ({ stanceTimelineChart }) =>
        timelineSlot.replaceChildren(
          stanceTimelineChart(stanceTimeline(stanceInputs(stances)), timelineSlot.clientWidth || 800),
        ),
      () => timelineSlot.replaceChildren(empty('The stance timeline could not be drawn.')),
    );
  return {
    mounted: () => {
      stopLive = liveStatements(actor, list, announce);
      if (stances.length > 0) void drawTimeline();
    },
    unmounted: () => stopLive?.(),
    title: actor.name,
    content: h(
      'div',
      {},
      heading(actor.name, label(actor.kind)),
      facts([
        ['Also known as', actor.aliases.join(', ')],
        ['Role', actor.role],
        ['Wikidata', actor.wikidataId],
      ]),
      section('Affiliations', affiliationList(actor) ?? empty('No affiliations recorded.')),
      section(
        'Stances',
        ...(stances.length ? [timelineSlot, stanceTable(stances)] : [empty('No stances recorded.')]),
      ),
      section('Statements, newest first', announce, statementList(actor.id, actor.statements, list)),
    ),
  };
};
