// Entity i of each kind as a pure function of (spec, i): the generator, the loader's tests
// and the benchmark (which needs ids and names that exist) all derive the same corpus.

import {
  type Actor,
  type ActorKind,
  CLAIM_RELATIONS,
  type Claim,
  type ClaimLink,
  CUES,
  type DerivationKind,
  type Source,
  type SourceKind,
  STANCE_POLARITIES,
  type Stance,
  type Statement,
  type Topic,
} from '../domain/model';
import { actorLayout, type CorpusSpec } from './corpus-spec';
import { between, pick, type Random, streamFor, weighted, Zipf } from './prng';
import {
  FIRST_NAMES,
  LAST_NAMES,
  ORG_WORDS,
  TITLES,
  TOPIC_ADJECTIVES,
  TOPIC_NOUNS,
  WORDS,
} from './vocabulary';

const KIND = { actor: 1, source: 2, claim: 3, statement: 4, stance: 5, link: 6 } as const;
const EPOCH = Date.UTC(2015, 0, 1);
const DAYS = 3650;
const DAY_MS = 86_400_000;

const pad = (i: number) => String(i).padStart(7, '0');
export const actorId = (i: number) => `actor:syn-${pad(i)}`;
export const sourceId = (i: number) => `source:syn-${pad(i)}`;
export const claimId = (i: number) => `claim:syn-${pad(i)}`;
export const statementId = (i: number) => `stmt:syn-${pad(i)}`;
export const topicId = (i: number) => `topic:syn-${String(i).padStart(3, '0')}`;
export const stanceId = (i: number) => `stance:syn-${pad(i)}`;

function isoDay(day: number): string {
  return new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);
}

/** Samplers built once per spec: Zipf CDFs are the only state the corpus needs. */
// The cues the corpus draws from, fixed: a cue added to the model must not change the corpus.
const SYNTHETIC_CUES = CUES.slice(0, 16);

export class Corpus {
  readonly layout: ReturnType<typeof actorLayout>;
  private readonly speakers: Zipf;
  private readonly outlets: Zipf;
  private readonly publications: Zipf;
  private readonly claimsZipf: Zipf;
  private readonly topicsZipf: Zipf;
  private readonly words: Zipf;

  constructor(readonly spec: CorpusSpec) {
    this.layout = actorLayout(spec);
    this.speakers = new Zipf(spec.actors - this.layout.firstSpeaker, 1.0);
    this.outlets = new Zipf(this.layout.outlets, 1.1);
    this.publications = new Zipf(spec.sources, 0.6);
    this.claimsZipf = new Zipf(spec.claims, 0.8);
    this.topicsZipf = new Zipf(spec.topics, 0.9);
    this.words = new Zipf(WORDS.length, 0.7);
  }

  get stanceCount(): number {
    return Math.floor(this.spec.statements / this.spec.statementsPerStance);
  }

  get claimLinkCount(): number {
    return Math.floor(this.spec.claims / this.spec.claimsPerLink);
  }

  private text(random: Random, low: number, high: number): string {
    const count = between(random, low, high);
    const words: string[] = [];
    for (let k = 0; k < count; k++) words.push(WORDS[this.words.sample(random)] as string);
    const sentence = words.join(' ');
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
  }

  topic(i: number): Topic {
    const adjective = TOPIC_ADJECTIVES[i % TOPIC_ADJECTIVES.length] as string;
    const noun = TOPIC_NOUNS[Math.floor(i / TOPIC_ADJECTIVES.length) % TOPIC_NOUNS.length] as string;
    const round = Math.floor(i / (TOPIC_ADJECTIVES.length * TOPIC_NOUNS.length));
    const name = `${adjective} ${noun}${round > 0 ? ` ${round + 1}` : ''}`;
    return { id: topicId(i), name, aliases: [`${noun} (${adjective})`] };
  }

  actor(i: number): Actor {
    const random = streamFor(this.spec.seed, KIND.actor, i);
    const { outlets, firstPerson } = this.layout;
    if (i < outlets) {
      const kind: ActorKind = i % 10 === 9 ? 'PLATFORM' : 'MEDIA';
      const name = `${pick(random, ORG_WORDS)} ${kind === 'PLATFORM' ? 'Social' : 'Herald'} ${i}`;
      return { id: actorId(i), name, kind, aliases: [`The ${name}`], affiliations: [] };
    }
    if (i < firstPerson) {
      const kind = pick(random, ['GOVERNMENT', 'COMPANY', 'AGENCY', 'ALLIANCE', 'ORGANIZATION'] as const);
      const name = `${pick(random, ORG_WORDS)} ${pick(random, ORG_WORDS)} ${kind.toLowerCase()} ${i}`;
      return { id: actorId(i), name, kind, aliases: [], affiliations: [] };
    }
    const anonymous = random() < 0.08;
    const organisation = this.layout.outlets + Math.floor(random() * this.layout.organisations);
    const title = pick(random, TITLES);
    if (anonymous) {
      return {
        id: actorId(i),
        name: `anonymous ${title} ${i}`,
        kind: 'ANONYMOUS',
        aliases: [],
        role: title,
        affiliations: [{ actorId: actorId(organisation), title }],
      };
    }
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const name = `${first} ${last}-${i.toString(36)}`;
    const aliases = random() < 0.5 ? [`${first.charAt(0)}. ${last}-${i.toString(36)}`] : [];
    const affiliations =
      random() < 0.3
        ? [{ actorId: actorId(organisation), title, since: isoDay(between(random, 0, DAYS - 1)) }]
        : [];
    return { id: actorId(i), name, kind: 'PERSON', aliases, affiliations };
  }

  /** The one source source i derives from, if any: always an earlier, usually a low-index (wire) one. */
  private derivation(i: number, random: Random): { index: number; relation: DerivationKind } | undefined {
    if (i < 10 || random() >= 0.6) return undefined;
    const index = Math.floor(i * random() ** 3);
    const relation = weighted<DerivationKind>(random, [
      ['QUOTES', 7],
      ['CITES', 2],
      ['SYNDICATES', 1],
    ]);
    return { index, relation };
  }

  private sourceDraws(i: number) {
    const random = streamFor(this.spec.seed, KIND.source, i);
    const derivation = this.derivation(i, random);
    const day = between(random, 0, DAYS - 1);
    return { random, derivation, day };
  }

  source(i: number): Source {
    const { random, derivation, day } = this.sourceDraws(i);
    const kind = weighted<SourceKind>(random, [
      ['ARTICLE', 50],
      ['WIRE_REPORT', 15],
      ['INTERVIEW', 10],
      ['BROADCAST', 8],
      ['SOCIAL_POST', 12],
      ['PRESS_STATEMENT', 5],
    ]);
    const outlet = this.outlets.sample(random);
    return {
      id: sourceId(i),
      kind,
      title: this.text(random, 4, 9),
      url: `https://outlet-${outlet}.example/${pad(i)}`,
      outletId: actorId(outlet),
      author: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`,
      publishedAt: isoDay(day),
      derivedFrom: derivation
        ? [{ sourceId: sourceId(derivation.index), relation: derivation.relation }]
        : [],
    };
  }

  claim(i: number): Claim {
    const random = streamFor(this.spec.seed, KIND.claim, i);
    const first = this.topicsZipf.sample(random);
    const topics = random() < 0.3 ? [first, this.topicsZipf.sample(random)] : [first];
    return { id: claimId(i), text: this.text(random, 6, 14), topicIds: [...new Set(topics)].map(topicId) };
  }

  claimLink(i: number): ClaimLink {
    const random = streamFor(this.spec.seed, KIND.link, i);
    const from = Math.floor(random() * this.spec.claims);
    let to = this.claimsZipf.sample(random);
    if (to === from) to = (to + 1) % this.spec.claims;
    return { fromClaimId: claimId(from), toClaimId: claimId(to), relation: pick(random, CLAIM_RELATIONS) };
  }

  /** The speaker is the statement's first draw, so stances can find it cheaply. */
  speakerOf(i: number): number {
    return this.layout.firstSpeaker + this.speakers.sample(streamFor(this.spec.seed, KIND.statement, i));
  }

  statement(i: number): Statement {
    const random = streamFor(this.spec.seed, KIND.statement, i);
    const speaker = this.layout.firstSpeaker + this.speakers.sample(random);
    const publication = this.publications.sample(random);
    // Provenance depth 1..4: speaker -> 0..3 intermediaries -> publication. The chain walks
    // back along the publication's DERIVED_FROM links, so traces agree with source lineage.
    const hops = weighted(random, [
      [0, 45],
      [1, 30],
      [2, 15],
      [3, 10],
    ]);
    const chain: number[] = [];
    let current = publication;
    while (chain.length < hops) {
      const next = this.sourceDraws(current).derivation?.index;
      if (next === undefined || next === current || next === publication || chain.includes(next)) break;
      chain.push(next);
      current = next;
    }
    const publishedDay = this.sourceDraws(publication).day;
    const saidAt = random() < 0.3 ? isoDay(Math.max(0, publishedDay - between(random, 0, 10))) : undefined;
    const direct = random() < 0.4;
    return {
      id: statementId(i),
      sourceId: sourceId(publication),
      speakerId: actorId(speaker),
      text: this.text(random, 8, 20),
      direct,
      cue: direct
        ? pick(random, ['say', 'tell', 'tweet', 'insist', 'add'] as const)
        : pick(random, SYNTHETIC_CUES),
      viaIds: chain.reverse().map(sourceId),
      claimId: claimId(this.claimsZipf.sample(random)),
      confidence: Math.round((0.5 + random() * 0.45) * 100) / 100,
      ...(saidAt ? { saidAt } : {}),
    };
  }

  stance(i: number): Stance {
    const random = streamFor(this.spec.seed, KIND.stance, i);
    const evidence = Math.floor(random() * this.spec.statements);
    const holder = this.speakerOf(evidence);
    const toActor = random() < 0.2;
    const target =
      this.layout.firstSpeaker + Math.floor(random() * (this.spec.actors - this.layout.firstSpeaker));
    return {
      id: stanceId(i),
      actorId: actorId(holder),
      ...(toActor && target !== holder
        ? { targetActorId: actorId(target) }
        : { topicId: topicId(this.topicsZipf.sample(random)) }),
      polarity: pick(random, STANCE_POLARITIES),
      since: isoDay(between(random, 0, DAYS - 1)),
      evidenceIds: [statementId(evidence)],
    };
  }
}
