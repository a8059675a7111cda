import { h } from '../dom';
import { formatDate, label, sourceName } from '../format';
import { ExploreStatementDocument } from '../generated/operations';
import { ApiError, request } from '../graphql';
import { provenanceGraph, type TraceStep } from '../model/provenance-graph';
import { facts, heading, type PageLoader, section } from '../page';
import { pageUrl } from '../routes';

function shortened(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** /explore/statement/<id>: the words, who said them and how, and the chain that carried them. */
export const statementPage: PageLoader<{ id: string }> = async ({ id }, { signal }) => {
  const { data } = await request(ExploreStatementDocument, { id }, { signal });
  const statement = data.statement;
  if (!statement) throw new ApiError(`No statement has the id ${id}.`, 'NOT_FOUND');
  const diagramSlot = h(
    'div',
    { class: 'chart-slot' },
    h('p', { class: 'loading', role: 'status' }, 'Laying out the provenance…'),
  );
  const diagramLabel = `Provenance of “${shortened(statement.text)}”`;
  const mounted = () =>
    import('../views/provenance-diagram').then(
      ({ provenanceDiagram }) =>
        diagramSlot.replaceChildren(
          provenanceDiagram(provenanceGraph(statement.trace as TraceStep[], formatDate), {
            label: diagramLabel,
            narrow: diagramSlot.clientWidth > 0 && diagramSlot.clientWidth < 600,
          }),
        ),
      () =>
        diagramSlot.replaceChildren(h('p', { class: 'empty' }, 'The provenance diagram could not be drawn.')),
    );
  const source = statement.source;
  return {
    title: `${statement.speaker.name}: “${shortened(statement.text, 40)}”`,
    mounted,
    content: h(
      'div',
      {},
      heading(statement.direct ? 'Direct quote' : 'Reported statement', statement.speaker.name),
      h(
        'blockquote',
        { class: 'quote' },
        h('p', {}, statement.direct ? `“${statement.text}”` : statement.text),
      ),
      facts([
        ['Speaker', h('a', { href: pageUrl('actor', statement.speaker.id) }, statement.speaker.name)],
        ['Cue', statement.cue],
        [
          'Said',
          statement.saidAt
            ? h('time', { datetime: statement.saidAt }, formatDate(statement.saidAt))
            : 'date not known',
        ],
        ['Addressed to', statement.audience],
        [
          'Claim',
          statement.claim
            ? h('a', { href: pageUrl('claim', statement.claim.id) }, statement.claim.text)
            : null,
        ],
        [
          'Published in',
          h(
            'span',
            {},
            h('a', { href: pageUrl('source', source.id) }, sourceName(source)),
            ` (${[label(source.kind), source.outlet?.name, formatDate(source.publishedAt)].filter(Boolean).join(', ')})`,
          ),
        ],
      ]),
      section(
        'Provenance',
        h(
          'p',
          { class: 'hint' },
          'From the speaker through each intermediary to the publication. Each box links to its page.',
        ),
        diagramSlot,
      ),
    ),
  };
};
