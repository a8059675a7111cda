import { h } from '../dom';
import { formatDate, label, sourceName } from '../format';
import { ExploreSourceDocument, type ExploreSourceQuery } from '../generated/operations';
import { ApiError, request } from '../graphql';
import { highlightSegments, type Span } from '../model/highlights';
import { empty, facts, heading, type PageLoader, section } from '../page';
import { pageUrl } from '../routes';

type Source = NonNullable<ExploreSourceQuery['source']>;
type Derivation = Source['derivedFrom']['edges'][number]['node'];

function derivationList(derivations: Derivation[], none: string): HTMLElement {
  if (derivations.length === 0) return empty(none);
  return h(
    'ul',
    { class: 'links' },
    ...derivations.map(({ relation, source }) =>
      h(
        'li',
        {},
        h('span', { class: 'tag' }, label(relation)),
        h('a', { href: pageUrl('source', source.id) }, sourceName(source)),
        h(
          'span',
          { class: 'aside' },
          [label(source.kind), source.outlet?.name, formatDate(source.publishedAt)]
            .filter(Boolean)
            .join(' · '),
        ),
      ),
    ),
  );
}

/** The stored text with each statement's words marked and linked to its statement page. */
function highlightedText(source: Source): HTMLElement | null {
  if (!source.text) return null;
  const statements = source.statements.edges.map(({ node }) => node);
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const spans: Span[] = statements.flatMap((statement) =>
    statement.startOffset != null && statement.endOffset != null
      ? [{ start: statement.startOffset, end: statement.endOffset, id: statement.id }]
      : [],
  );
  const body = h('div', { class: 'source-text' });
  const segments = highlightSegments(source.text, spans);
  for (const segment of segments) {
    if (!segment.span) {
      body.append(segment.text);
      continue;
    }
    const statement = byId.get(segment.span.id);
    body.append(
      h(
        'a',
        {
          class: 'mark',
          href: pageUrl('statement', segment.span.id),
          title: statement ? `${statement.speaker.name} (${statement.cue})` : null,
        },
        h('mark', {}, segment.text),
      ),
    );
  }
  const marked = segments.filter((segment) => segment.span).length;
  return section(
    'Text',
    h(
      'p',
      { class: 'hint' },
      marked
        ? `${marked} of ${statements.length} statements highlighted; each links to its statement.`
        : 'No statement offsets to highlight.',
    ),
    body,
  );
}

/** /explore/source/<id>: the source, where it comes from, what picked it up, and its statements. */
export const sourcePage: PageLoader<{ id: string }> = async ({ id }, { signal }) => {
  const { data } = await request(ExploreSourceDocument, { id }, { signal });
  const source = data.source;
  if (!source) throw new ApiError(`No source has the id ${id}.`, 'NOT_FOUND');
  // In the order the text tells them, when the offsets say; the API lists newest first.
  const statements = source.statements.edges
    .map(({ node }) => node)
    .sort((a, b) => (a.startOffset ?? Number.MAX_SAFE_INTEGER) - (b.startOffset ?? Number.MAX_SAFE_INTEGER));
  return {
    title: sourceName(source),
    content: h(
      'div',
      {},
      heading(sourceName(source), label(source.kind)),
      facts([
        [
          'Outlet',
          source.outlet ? h('a', { href: pageUrl('actor', source.outlet.id) }, source.outlet.name) : null,
        ],
        [
          'Published',
          source.publishedAt
            ? h('time', { datetime: source.publishedAt }, formatDate(source.publishedAt))
            : 'date not known',
        ],
        ['Author', source.author],
        ['URL', source.url ? h('a', { href: source.url, rel: 'noreferrer external' }, source.url) : null],
      ]),
      section(
        'Derives from',
        derivationList(
          source.derivedFrom.edges.map(({ node }) => node),
          'Nothing recorded: this is where the words were first published, as far as the graph knows.',
        ),
      ),
      section(
        'Picked up by',
        derivationList(
          source.derivatives.edges.map(({ node }) => node),
          'No source is recorded as quoting, citing or syndicating this one.',
        ),
      ),
      highlightedText(source),
      section(
        'Statements',
        statements.length
          ? h(
              'ol',
              { class: 'statements' },
              ...statements.map((statement) =>
                h(
                  'li',
                  { class: 'statement' },
                  h(
                    'a',
                    { class: 'words', href: pageUrl('statement', statement.id) },
                    statement.direct ? `“${statement.text}”` : statement.text,
                  ),
                  h(
                    'p',
                    { class: 'meta' },
                    h('a', { href: pageUrl('actor', statement.speaker.id) }, statement.speaker.name),
                    ` · ${statement.cue}`,
                  ),
                ),
              ),
            )
          : empty('No statements recorded.'),
        source.statements.pageInfo.hasNextPage
          ? h('p', { class: 'hint' }, `The newest ${statements.length} are shown and highlighted.`)
          : null,
      ),
    ),
  };
};
