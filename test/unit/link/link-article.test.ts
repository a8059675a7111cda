// The linker's decisions on one article, from given candidates (no graph): which claim each
// statement joins, what a denial denies, the stances and topics the article states, and
// whether an article copies another.

import { articleSubjects, bodyResemblance, denialTarget, isCopy, stancesIn } from '../../../src/link';
import {
  type CandidateClaim,
  claimTextOf,
  decideLinks,
  type LinkableArticle,
  linkQueries,
} from '../../../src/link/link-article';

const ARTICLE = `Lawmakers will vote on a ban on Korvex equipment next month.

Ana Ruiz said Korvex Telecom shared customer data with the Chinese government.

Korvex Telecom denied that it had shared customer data with the Chinese government.

“We oppose the ban,” said Tom Reyes. “It would cost Danish operators billions.”

The Chinese embassy rejected the accusation as false.

Korvex engineers maintain the network, Tom Reyes said. Korvex is the largest vendor.`;

function article(statements: LinkableArticle['statements']): LinkableArticle {
  return {
    sourceId: 'source:new',
    title: 'Korvex faces ban vote',
    text: ARTICLE,
    statements,
    actors: [
      { id: 'actor:korvex', name: 'Korvex Telecom', aliases: ['Korvex'] },
      { id: 'actor:ruiz', name: 'Ana Ruiz' },
      { id: 'actor:reyes', name: 'Tom Reyes' },
    ],
    notSubjects: ['Ana Ruiz', 'Tom Reyes'],
  };
}

const allegation = {
  id: 's1',
  text: 'Korvex Telecom shared customer data with the Chinese government',
  direct: false,
  cue: 'say',
  speakerId: 'actor:ruiz',
  holderId: 'actor:ruiz',
  at: '2021-03-04',
};
const denial = {
  id: 's2',
  text: 'it had shared customer data with the Chinese government',
  direct: false,
  cue: 'deny',
  speakerId: 'actor:korvex',
  holderId: 'actor:korvex',
  at: '2021-03-04',
};
const stance = {
  id: 's3',
  text: 'We oppose the ban',
  direct: true,
  cue: 'say',
  speakerId: 'actor:reyes',
  holderId: 'actor:reyes',
  at: '2021-03-05',
};
const rejection = {
  id: 's4',
  text: 'the accusation as false',
  direct: false,
  cue: 'deny',
  speakerId: 'actor:embassy',
  holderId: 'actor:embassy',
};

describe('the linker on one article', () => {
  it('asks the index for each statement, and for what a denial denies', () => {
    const queries = linkQueries(article([allegation, denial]));
    expect(queries.claims.map((query) => query.key)).toEqual(['s0', 's1', 'p1']);
    expect(queries.claims[2]?.words).toBe('shared customer data chinese government');
  });

  it('a reported denial expresses the negation, never the proposition it denies', () => {
    expect(claimTextOf(denial)).toBe(
      'It is not true that it had shared customer data with the Chinese government',
    );
  });

  it('joins a stored claim the words match, with the method and score, and creates the rest', () => {
    const stored: CandidateClaim = {
      id: 'claim:stored',
      text: 'We oppose the ban.',
      statementTexts: [],
      bySpeaker: false,
    };
    const links = decideLinks(article([allegation, stance]), new Map([['s1', [stored]]]), new Map());
    expect(links.statements).toEqual([
      { statementId: 's1', claimId: expect.stringMatching(/^claim:/), method: 'new', score: 1 },
      { statementId: 's3', claimId: 'claim:stored', method: 'exact', score: 1 },
    ]);
    expect(links.claims.map((claim) => claim.text)).toEqual([allegation.text]);
  });

  it('links a denial to the allegation it denies, and "the accusation" to what someone else said before', () => {
    const links = decideLinks(article([allegation, denial, rejection]), new Map(), new Map());
    const [alleged, denied, rejected] = links.statements.map((link) => link.claimId);
    // The embassy rejects the accusation, not the company's denial of it.
    expect(links.claimLinks).toEqual([
      { fromClaimId: denied, toClaimId: alleged, relation: 'DENIES' },
      { fromClaimId: rejected, toClaimId: alleged, relation: 'DENIES' },
    ]);
  });

  it('links X says P and Y says not-P in the same words with CONTRADICTS, and nothing looser', () => {
    const said = {
      ...allegation,
      id: 'c1',
      text: 'Korvex shared the subscriber records with Beijing last year',
    };
    const gainsaid = {
      ...stance,
      id: 'c2',
      text: 'Korvex did not share the subscriber records with Beijing last year',
    };
    const looser = { ...stance, id: 'c3', text: 'Korvex never handed any records to anyone' };
    const links = decideLinks(article([said, gainsaid, looser]), new Map(), new Map());
    const [p, notP] = links.statements.map((link) => link.claimId);
    expect(links.claimLinks).toEqual([{ fromClaimId: notP, toClaimId: p, relation: 'CONTRADICTS' }]);
  });

  it('writes a stance toward a policy the article qualifies, held by the speaker, since its evidence', () => {
    const links = decideLinks(article([stance]), new Map(), new Map());
    expect(links.stances).toEqual([
      expect.objectContaining({
        actorId: 'actor:reyes',
        polarity: 'OPPOSE',
        since: '2021-03-05',
        evidenceIds: ['s3'],
      }),
    ]);
    const topic = links.topics.find((t) => t.id === links.stances[0]?.topicId);
    // "a ban on Korvex equipment": named after the subject "Korvex" begins.
    expect(topic?.name).toBe('Korvex Telecom ban');
  });

  it('names an unqualified policy after what the article is about, and writes none when it is about nothing', () => {
    const review = { ...stance, text: 'We oppose the review' };
    const links = decideLinks(article([review]), new Map(), new Map());
    expect(links.topics.find((t) => t.id === links.stances[0]?.topicId)?.name).toBe('Korvex Telecom review');
    const aboutNothing = { ...article([review]), title: 'Vote', text: 'We oppose the review, he said.' };
    expect(decideLinks(aboutNothing, new Map(), new Map()).stances).toEqual([]);
  });

  it('reuses a stored topic named like a subject', () => {
    const stored = { id: 'topic:stored-korvex', name: 'Korvex', aliases: ['korvex telecom'] };
    const links = decideLinks(article([allegation]), new Map(), new Map([['Korvex Telecom', [stored]]]));
    expect(links.topics.map((topic) => topic.id)).toContain('topic:stored-korvex');
  });
});

describe('denials', () => {
  it.each([
    [
      { text: 'it shared the data', cue: 'deny', direct: false },
      { kind: 'proposition', text: 'it shared the data' },
    ],
    [
      { text: 'We firmly deny that we shared any data with Beijing.', cue: 'say', direct: true },
      { kind: 'proposition', text: 'we shared any data with Beijing' },
    ],
    [
      { text: 'The ministry rejects claims that it approved the shipments', cue: 'say', direct: true },
      { kind: 'proposition', text: 'it approved the shipments' },
    ],
    [
      { text: 'the accusation as false', cue: 'deny', direct: false },
      { kind: 'reference', text: 'the accusation as false' },
    ],
    [{ text: 'We will deny them nothing', cue: 'say', direct: true }, undefined],
  ])('%j -> %j', (statement, expected) => {
    expect(denialTarget(statement)).toEqual(expected);
  });
});

describe('stances in words', () => {
  const actors = [{ name: 'Korvex Telecom', aliases: ['Korvex'] }];
  it.each([
    ['We oppose the ban', 'OPPOSE', { kind: 'policy', head: 'ban', qualifier: 'Korvex' }],
    ['parliament to reject the ban', 'OPPOSE', { kind: 'policy', head: 'ban', qualifier: 'Korvex' }],
    [
      'We fully support the seabed patrol plan',
      'SUPPORT',
      { kind: 'policy', head: 'plan', modifiers: 'seabed patrol' },
    ],
    ['We oppose the review', 'OPPOSE', { kind: 'policy', head: 'review' }],
    ['We fully support Korvex', 'SUPPORT', { kind: 'actor', name: 'Korvex Telecom' }],
  ])('%s -> %s %j', (text, polarity, target) => {
    expect(stancesIn(text, ARTICLE, actors)).toEqual([expect.objectContaining({ polarity, target })]);
  });

  it.each([
    'We do not support the ban',
    'The committee will vote on the ban on March 23',
    'We will scrap the ban', // a plan, not a stance: only "urged ... to scrap" takes one
    'We oppose the idea', // no actor, no policy
  ])('writes none for %s', (text) => {
    expect(stancesIn(text, 'A plan.', actors)).toEqual([]);
  });
});

describe('subjects and copies', () => {
  it('names the organisations and places an article keeps naming, not its people or calendar', () => {
    expect(articleSubjects('Korvex faces ban vote', ARTICLE, { exclude: ['Ana Ruiz', 'Tom Reyes'] })).toEqual(
      ['Korvex Telecom'],
    );
  });

  it('calls a body with one sentence added a copy, and a different story not', () => {
    const wire = Array.from(
      { length: 12 },
      (_, i) => `Sentence number ${i} of the wire story says something new.`,
    ).join(' ');
    expect(isCopy(bodyResemblance(wire, `${wire} A client paper added this line.`))).toBe(true);
    expect(isCopy(bodyResemblance(wire, ARTICLE.repeat(3)))).toBe(false);
  });
});
