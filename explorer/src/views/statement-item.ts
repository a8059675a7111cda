import { h } from '../dom';
import { formatDate, sourceName } from '../format';
import { pageUrl } from '../routes';

export interface StatementItemData {
  id: string;
  text: string;
  cue: string;
  saidAt?: string | null;
  speaker?: { id: string; name: string } | null;
  source?: {
    id: string;
    kind?: string;
    title?: string | null;
    publishedAt?: string | null;
    outlet?: { name: string } | null;
  } | null;
}

/** One statement in a list: its words (a link to its page), who, how, when, and where. */
export function statementItem(statement: StatementItemData): HTMLElement {
  const source = statement.source;
  const date = statement.saidAt ?? source?.publishedAt;
  return h(
    'li',
    { class: 'statement' },
    h('a', { class: 'words', href: pageUrl('statement', statement.id) }, `“${statement.text}”`),
    h(
      'p',
      { class: 'meta' },
      statement.speaker
        ? h('a', { href: pageUrl('actor', statement.speaker.id) }, statement.speaker.name)
        : null,
      statement.speaker ? ` · ${statement.cue} · ` : `${statement.cue} · `,
      h('time', date ? { datetime: date } : {}, formatDate(date)),
      source ? ' · ' : null,
      source
        ? h(
            'a',
            { href: pageUrl('source', source.id) },
            sourceName({ kind: source.kind ?? 'ARTICLE', ...source }),
          )
        : null,
      source?.outlet && source.title ? ` (${source.outlet.name})` : null,
    ),
  );
}
