// The attribution patterns of real coverage that the news set showed the extractor missing or
// getting wrong (eval/extract/news): each case is a sentence of our own in the shape found.

import { extract } from './support';

const who = (text: string) => extract(text).map((s) => s.speaker.name);
const spoken = (text: string) => extract(text).map((s) => [s.speaker.name, s.cue, s.text]);
const channel = (text: string) =>
  extract(text).map((s) => s.intermediary && [s.intermediary.outlet, s.intermediary.kind]);

describe('speakers in news', () => {
  it.each([
    ['Beijing has warned that the sanctions would backfire.', 'Government of China'],
    ['OTTAWA — Canada insisted on Tuesday that the talks would continue.', 'Government of Canada'],
    ['The Dutch government said companies would need a licence.', 'Government of the Netherlands'],
    [
      'The US administration insisted that the sanctions were aimed at Tehran.',
      'Government of the United States',
    ],
    ['Phnom Penh warned on Thursday that the dam posed a risk.', 'Government of Cambodia'],
  ])(
    'regression: a state speaking through its capital, name or government is one speaker: %s',
    (text, speaker) => {
      expect(who(text)).toEqual([speaker]);
    },
  );

  it('regression: a lone surname after the full name is the person, not an organisation', () => {
    expect(
      who(
        'Lena Tan, the ministry spokeswoman, said the border would reopen. Tan said the talks were constructive.',
      ),
    ).toEqual(['Lena Tan', 'Lena Tan']);
  });

  it.each([
    ['Secretary of State Thomas Whitaker told reporters that the deal was close.', 'Thomas Whitaker'],
    ['Estonian Foreign Minister Margus Kaasik said the jets had entered Estonian airspace.', 'Margus Kaasik'],
    [
      '“China threatens the peace,” US Ambassador to the Philippines Margaret Ellery wrote on X.',
      'Margaret Ellery',
    ],
    [
      'Military spokesman Major General Kyaw Swar Lin denied that soldiers had been involved.',
      'Kyaw Swar Lin',
    ],
    [
      "“These are not decorative items,” Ghana's Minister of Tourism, Arts and Culture, Kwabena Asare-Duah, told reporters.",
      'Kwabena Asare-Duah',
    ],
  ])('regression: a title before a name yields the person: %s', (text, speaker) => {
    expect(who(text)).toEqual([speaker]);
  });

  it.each([
    [
      'The Chinese foreign ministry said the restrictions were drawn up under pressure.',
      'Chinese foreign ministry',
    ],
    [
      'The Russian embassy in Copenhagen wrote on Telegram that the detention was illegal.',
      'Russian embassy in Copenhagen',
    ],
    [
      'In Manila, the Philippine Department of Foreign Affairs said it had lodged a protest.',
      'Philippine Department of Foreign Affairs',
    ],
    [
      'The Armed Forces of the Philippines said in a statement that the boats were rammed.',
      'Armed Forces of the Philippines',
    ],
    [
      'The Office of the US Trade Representative said in a statement that it was deeply concerned.',
      'Office of the US Trade Representative',
    ],
    [
      "The German Federal Prosecutor's Office alleged on Monday that the scientist had passed on research.",
      "German Federal Prosecutor's Office",
    ],
    [
      "The Eastern Theater Command of the People's Liberation Army said its forces had tested their readiness.",
      "Eastern Theater Command of the People's Liberation Army",
    ],
    [
      'The Dutch Ministry of Education, Culture and Science said the objects would stay on display.',
      'Dutch Ministry of Education, Culture and Science',
    ],
    ['Swedish police said a bulk carrier had been escorted to port.', 'Swedish police'],
    ['Sweden and Denmark have both concluded that the rupture was deliberate.', 'Sweden and Denmark'],
  ])('regression: an institution or a conjoined speaker is named in full: %s', (text, speaker) => {
    expect(who(text)).toEqual([speaker]);
  });

  it('regression: "according to people familiar with the matter" keeps the circle they are familiar with', () => {
    expect(who('The vessel was tracked for days, according to two people familiar with the matter.')).toEqual(
      ['people familiar with the matter'],
    );
  });

  it('regression: "the company" after "X, the Hong Kong-based company that …" is X, not the place made an adjective', () => {
    expect(
      who(
        'Huaqing Interactive, the Shenzhen-based company that owns the app, denied that it shares data. “We would refuse,” the company said. It added that it was disappointed.',
      ),
    ).toEqual(['Huaqing Interactive', 'Huaqing Interactive', 'Huaqing Interactive']);
  });

  it.each([
    [
      'Premier Kevin Marchand, whose province was spared by the levies, urged the government to keep energy out of it.',
      'Kevin Marchand',
    ],
    [
      'The Institute for Advanced Propulsion Materials, where the suspect worked, said it was cooperating fully.',
      'Institute for Advanced Propulsion Materials',
    ],
  ])(
    'regression: a "whose" or "where" clause between subject and verb hides no speaker, and "Institute for …" is named whole: %s',
    (text, speaker) => {
      expect(who(text)).toEqual([speaker]);
    },
  );

  it('regression: a time between subject and verb is not the speaker', () => {
    expect(who('China on Wednesday accused the Philippines of deliberately provoking a collision.')).toEqual([
      'Government of China',
    ]);
  });

  it('regression: "the agency added" points back to the last body of its kind', () => {
    expect(
      who(
        'The China Coast Guard said its vessel had been on patrol. The agency added that it would continue.',
      ),
    ).toEqual(['China Coast Guard', 'China Coast Guard']);
  });

  it.each([
    [
      'Global Affairs Canada said it had delivered a note of protest to the US embassy in Ottawa. The department added that it had offered an escort.',
      ['Global Affairs Canada', 'Global Affairs Canada'],
    ],
    [
      "Speaking at the Russian foreign ministry's weekly briefing, spokeswoman Anna Orlova said the decision was absurd.\n\nThe Norwegian Ministry of Justice and Public Security said the closure was needed.\n\nThe foreign ministry said in a separate statement that it had summoned the chargé d'affaires.",
      ['Anna Orlova', 'Norwegian Ministry of Justice and Public Security', 'Russian foreign ministry'],
    ],
    [
      'The International Court of Justice on Wednesday drew a new boundary between Kenya and Tanzania.\n\nThe presiding judge said the line proposed by Tanzania was unfair.\n\nThe line should instead run south-east from the border at Jasini, the court said.',
      ['presiding judge', 'International Court of Justice'],
    ],
    [
      'Canada will remove the app from government phones, the Treasury Board of Canada Secretariat said.\n\nThe Secretariat said a review had found an unacceptable risk.',
      ['Treasury Board of Canada Secretariat', 'Treasury Board of Canada Secretariat'],
    ],
    [
      'The Chinese Ministry of Commerce announced that exports would be frozen.\n\nMinistry spokeswoman Zhou Lihua told a news conference that the measures were not targeted.\n\nThe ministry later clarified that contracts would be honoured.',
      ['Chinese Ministry of Commerce', 'Zhou Lihua', 'Chinese Ministry of Commerce'],
    ],
    [
      'According to the World Food Programme, wheat made up half of its purchases. The agency warned that bread prices would rise.',
      ['World Food Programme', 'World Food Programme'],
    ],
  ])(
    'regression: "the department", "the foreign ministry", "the court", "the Secretariat" resolve to the body named with those words, or that spoke just before: %s',
    (text, speakers) => {
      expect(who(text)).toEqual(speakers);
    },
  );

  it('regression: "the spokesman" is the speaker last given that title, in any of its forms, however long ago', () => {
    expect(
      who(
        'Foreign ministry spokesperson Xu Mingyuan told a news conference that the tender had been open.\n\n“The company has honoured its commitments,” Xu said.\n\n“We hope the other side will be fair,” the spokesman continued.',
      ),
    ).toEqual(['Xu Mingyuan', 'Xu Mingyuan', 'Xu Mingyuan']);
    expect(
      who(
        'Ministry spokesman Saeed Karimzadeh said the delegation had tabled two texts.\n\nKarimzadeh said the ball was in their court.\n\nThe envoy Anna Berg said the talks were slow.\n\nAnna Berg said more time was needed.\n\nKarimzadeh said there was no such plan.\n\nThe spokesman pointed out that inspectors had found nothing.',
      ),
    ).toEqual([
      'Saeed Karimzadeh',
      'Saeed Karimzadeh',
      'Anna Berg',
      'Anna Berg',
      'Saeed Karimzadeh',
      'Saeed Karimzadeh',
    ]);
  });

  it('regression: a definite role is the one person the article writes with that title, named before or after', () => {
    const later = '\n\n“Those are our waters,” Foreign Minister Claire Beaulieu told reporters.';
    expect(
      who(`Canada's foreign minister insisted on Saturday that the passage is Canadian water.${later}`),
    ).toEqual(['Claire Beaulieu', 'Claire Beaulieu']);
    expect(who(`A foreign minister said the passage is Canadian water.${later}`)).toEqual([
      'foreign minister',
      'Claire Beaulieu',
    ]);
    expect(
      who(
        'The foreign minister said the passage is Canadian water.\n\nForeign Minister Claire Beaulieu met Foreign Minister Tom Hale.',
      ),
    ).toEqual(['foreign minister']);
  });

  it('regression: "the paper reported" is the newspaper named before it', () => {
    expect(
      who(
        'The review was first revealed by the Philippine Daily Inquirer. The paper reported that it had been ordered by the palace.',
      ),
    ).toEqual(['Philippine Daily Inquirer']);
  });

  it('regression: "it said" after a body opens the sentence before is that body, not the last speaker', () => {
    const before = 'The Armed Forces of the Philippines said a boat had been rammed.\n\n';
    expect(
      who(
        `${before}The China Coast Guard gave a different account. In a post on WeChat, it said the boats had approached.`,
      ),
    ).toEqual(['Armed Forces of the Philippines', 'China Coast Guard']);
    expect(
      who(`${before}Resupply missions will continue. In a post on WeChat, it said the boats had approached.`),
    ).toEqual(['Armed Forces of the Philippines', 'Armed Forces of the Philippines']);
  });

  it('regression: asides and relative clauses between subject and verb hide no speaker', () => {
    expect(
      who(
        'A senior US official, speaking on condition of anonymity to discuss internal deliberations, said the administration was preparing designations.',
      ),
    ).toEqual(['senior US official']);
    expect(
      who(
        'Orion Bulk Management, the Hong Kong-based company that operates the Vega Star, denied that its crew had acted deliberately.',
      ),
    ).toEqual(['Orion Bulk Management']);
  });
  it.each([
    [
      'Jonathan Prideaux, a commodities analyst at Tellurian Research in Sydney, estimated that exports would fall. He noted that the cap stopped short of a ban.',
      ['Jonathan Prideaux', 'Jonathan Prideaux'],
    ],
    [
      'Kanokwan Srisuk, of the Bangkok-based group Rivers Without Borders Asia, charged that the commission had no teeth.',
      ['Kanokwan Srisuk'],
    ],
  ])(
    'regression: an appositive saying where a body sits, or opening with "of", hides no speaker: %s',
    (text, speakers) => {
      expect(who(text)).toEqual(speakers);
    },
  );
});

describe('cue verbs and shapes of reported speech in news', () => {
  it.each([
    ['Eleanor Whitmore estimated that commercial traffic had roughly tripled.', 'estimate'],
    ['Tremblay charged that the police had singled her out.', 'charge'],
    ['The ministry later clarified that contracts signed before April would be honoured.', 'clarify'],
    ['Parisa Kazemi pointed out that the treaty covers armed attacks on public vessels.', 'point out'],
    ['The United States and Nato have called on flag states to tighten inspections.', 'call on'],
  ])('regression: %s', (text, cue) => {
    expect(extract(text).map((s) => s.cue)).toEqual([cue]);
  });

  it('regression: the one blamed or accused may be quoted, inside what is reported', () => {
    expect(
      spoken(
        'The spokesman denied that soldiers had been involved and blamed “terrorist groups” operating in the area for the abduction.',
      ),
    ).toEqual([
      ['spokesman', 'deny', 'soldiers had been involved'],
      ['spokesman', 'blame', '“terrorist groups” operating in the area for the abduction'],
    ]);
    expect(spoken('Beijing accused “certain countries” of hyping up the issue.')).toEqual([
      ['Government of China', 'accuse', '“certain countries” of hyping up the issue'],
    ]);
  });

  it('regression: a participle after the main clause is said by its subject after a dateline too', () => {
    expect(
      spoken(
        'BEIJING — The Chinese foreign ministry on Thursday condemned the restrictions, saying they had been drawn up under pressure.',
      ),
    ).toEqual([['Chinese foreign ministry', 'say', 'they had been drawn up under pressure']]);
    expect(
      spoken('STOCKHOLM, Nov 15 — Sweden imposed sanctions on a shipping firm, accusing it of moving oil.'),
    ).toEqual([['Government of Sweden', 'accuse', 'it of moving oil']]);
  });

  it('regression: what is urged, or who is urged, may be quoted', () => {
    expect(
      spoken('China on Thursday urged the Philippines to “respect the rights” of Chinese companies.'),
    ).toEqual([
      ['Government of China', 'urge', 'the Philippines to “respect the rights” of Chinese companies'],
    ]);
    expect(spoken('The rights group called on “all parties with influence” to secure her release.')).toEqual([
      ['rights group', 'call on', '“all parties with influence” to secure her release'],
    ]);
  });

  it('regression: who is blamed for what, a gerund denial, and a participle after the main clause', () => {
    expect(spoken('Hanoi has blamed upstream dams for record-low water levels in the delta.')).toEqual([
      ['Government of Vietnam', 'blame', 'upstream dams for record-low water levels in the delta'],
    ]);
    expect(
      spoken(
        'The European Commission defended the decision, saying the manufacturer had delivered too few doses.',
      ),
    ).toEqual([['European Commission', 'say', 'the manufacturer had delivered too few doses']]);
  });

  it('regression: a proposition ends before a second cue coordinated with the first ("… and accused …")', () => {
    expect(
      spoken(
        'The ministry said the doses had been paid for in full and accused Brussels of rewriting the rules.',
      ),
    ).toEqual([
      ['ministry', 'say', 'the doses had been paid for in full'],
      ['ministry', 'accuse', 'Brussels of rewriting the rules'],
    ]);
    expect(
      spoken('Korneyeva claimed that the argument was a pretext, but clarified that citizens could return.'),
    ).toEqual([
      ['Korneyeva', 'claim', 'the argument was a pretext'],
      ['Korneyeva', 'clarify', 'citizens could return'],
    ]);
  });

  it('regression: a cue inside a reported proposition is part of what was said', () => {
    expect(
      spoken(
        'Anurak said Bangkok had asked Beijing to help locate her, vowing that the police would not rest.',
      ),
    ).toEqual([
      ['Anurak', 'say', 'Bangkok had asked Beijing to help locate her'],
      ['Anurak', 'say', 'the police would not rest'],
    ]);
  });

  it.each([
    [
      'Ottawa insisted that the passage is Canadian water, days after Washington said an icebreaker would sail through it.',
      [
        ['Government of Canada', 'insist', 'the passage is Canadian water'],
        ['Government of the United States', 'say', 'an icebreaker would sail through it'],
      ],
    ],
    [
      'Ottawa said the reporter must be released, as authorities in Minsk said she would be held for ten days.',
      [
        ['Government of Canada', 'say', 'the reporter must be released'],
        ['Government of Belarus', 'say', 'she would be held for ten days'],
      ],
    ],
    [
      'Hanoi said the dispute should be settled by talks, and spokesman Han Zhiqiang said Beijing opposed the politicisation of water.',
      [
        ['Government of Vietnam', 'say', 'the dispute should be settled by talks'],
        ['Han Zhiqiang', 'say', 'Beijing opposed the politicisation of water'],
      ],
    ],
    [
      'Beijing said the drills were routine, a remark widely seen as aimed at Washington.',
      [['Government of China', 'say', 'the drills were routine']],
    ],
  ])(
    'regression: a proposition ends where a clause with a speaker and cue of its own, or a gloss, begins: %s',
    (text, expected) => {
      expect(spoken(text)).toEqual(expected);
    },
  );

  it.each([
    [
      'The ministry said the rules, which cover cloud storage, payment records and health data, would be phased in over 18 months.',
      'the rules, which cover cloud storage, payment records and health data, would be phased in over 18 months',
    ],
    [
      'The spokeswoman said the delta, already suffering from saltwater intrusion, could not absorb any further cuts.',
      'the delta, already suffering from saltwater intrusion, could not absorb any further cuts',
    ],
    [
      'The government says the objects, among them a gold badge and two sword ornaments, were looted in 1874.',
      'the objects, among them a gold badge and two sword ornaments, were looted in 1874',
    ],
  ])('regression: an aside inside the subject of a reported clause without "that": %s', (text, said) => {
    expect(extract(text).map((s) => s.text)).toEqual([said]);
  });

  it('regression: a relative clause inside the subject of a reported clause without "that"', () => {
    expect(
      spoken(
        'The department said officials from the embassy in Warsaw, which is accredited to Belarus, had been refused access.',
      ),
    ).toEqual([
      [
        'department',
        'say',
        'officials from the embassy in Warsaw, which is accredited to Belarus, had been refused access',
      ],
    ]);
  });

  it('regression: "CNN reports that …": an outlet reporting is the speaker, "reports" the verb', () => {
    expect(spoken('CNN reports that the first deliveries could arrive within weeks.')).toEqual([
      ['CNN', 'report', 'the first deliveries could arrive within weeks'],
    ]);
    expect(spoken('The reports that the minister had resigned were false, officials said.')).toEqual([
      ['officials', 'say', 'The reports that the minister had resigned were false'],
    ]);
  });

  it.each([
    ['The reporter was detained on Tuesday, her editor, Luc Tremblay, said.', 'Luc Tremblay'],
    [
      "Peacekeepers would be less safe, Ireland's Minister for Defence, Ciarán Mulcahy, said on RTÉ radio on Friday.",
      'Ciarán Mulcahy',
    ],
  ])(
    'regression: "P, her editor, Luc Tremblay, said": a speaker with an appositive ends the sentence: %s',
    (text, speaker) => {
      expect(who(text)).toEqual([speaker]);
    },
  );

  it('regression: a quote resumed after "X, which …, said in a statement." is a second statement of X', () => {
    expect(
      spoken(
        '“The damage is consistent with an explosive charge,” the Swedish Security Service, which is leading the inquiry on the Swedish side, said in a statement. “Several items have been recovered.”',
      ),
    ).toEqual([
      ['Swedish Security Service', 'say', 'The damage is consistent with an explosive charge'],
      ['Swedish Security Service', 'say', 'Several items have been recovered.'],
    ]);
  });

  it('regression: a quote in paragraphs of its own after reported speech goes on with it', () => {
    expect(
      spoken(
        'Asked whether Canada would pay, Catherine Lavoie insisted that the position had not changed.\n\n“Canada does not pay ransoms. We never have.\n\n“I have sat with the families.”',
      ),
    ).toEqual([
      ['Catherine Lavoie', 'insist', 'the position had not changed'],
      [
        'Catherine Lavoie',
        'insist',
        'Canada does not pay ransoms. We never have. I have sat with the families.',
      ],
    ]);
    expect(
      spoken(
        'Catherine Lavoie insisted that the position had not changed.\n\nThe talks resumed on Monday.\n\n“Canada does not pay ransoms. We never have.”',
      ),
    ).toEqual([['Catherine Lavoie', 'insist', 'the position had not changed']]);
  });

  it('regression: "told Reuters that A and that B" is two statements', () => {
    expect(
      spoken(
        'Kristjan Saar told Reuters that the Baltic was no longer a peaceful lake and that Nato ships should stay.',
      ),
    ).toEqual([
      ['Kristjan Saar', 'tell', 'the Baltic was no longer a peaceful lake'],
      ['Kristjan Saar', 'tell', 'Nato ships should stay'],
    ]);
  });
});

describe('dates in news', () => {
  const dated = (text: string, publishedAt: string) =>
    extract(text, publishedAt).map((s) => [s.cue, s.saidAt ?? null]);

  it('regression: a date inside another statement of the sentence dates only that one', () => {
    expect(
      dated(
        'The spokeswoman accused the United States of pressuring its allies, and noted that imports had risen sharply last year.',
        '2023-03-09',
      ),
    ).toEqual([
      ['accuse', null],
      ['say', null],
    ]);
    expect(
      dated(
        'The minister accused Russia of probing its defences after two jets entered its airspace on Friday, telling the broadcaster that it was no accident.',
        '2022-08-29',
      ),
    ).toEqual([
      ['accuse', null],
      ['tell', null],
    ]);
  });

  it("regression: a relative clause's date tells of someone else's act, and what it reports ends with it", () => {
    expect(
      spoken(
        'Asked about remarks by the ambassador, who said on Monday that the ports were at risk, Xu shot back: “Look at your own ports.”',
      ),
    ).toEqual([
      ['ambassador', 'say', 'the ports were at risk'],
      ['Xu', 'shoot back', 'Look at your own ports.'],
    ]);
    expect(
      dated(
        'Asked about remarks by the ambassador, who said on Monday that the ports were at risk, Xu shot back: “Look at your own ports.”',
        '2025-02-20',
      ),
    ).toEqual([
      ['say', '2025-02-17'],
      ['shoot back', null],
    ]);
  });

  it('regression: "said last week" names a week, which no day, month or year states', () => {
    expect(dated('The spokesperson said last week that the ban was unfair.', '2024-10-16')).toEqual([
      ['say', null],
    ]);
    expect(dated('The spokesperson said on Wednesday that the ban was unfair.', '2024-10-16')).toEqual([
      ['say', '2024-10-16'],
    ]);
  });

  it("regression: a date in another clause before the speaker's does not date the statement", () => {
    expect(
      dated(
        'The decision drew sharp criticism across Europe on Wednesday, and the United States and Nato have called on Moscow to reverse it.',
        '2023-06-14',
      ),
    ).toEqual([['call on', null]]);
    expect(dated('On Tuesday, the minister said the talks had failed.', '2023-06-14')).toEqual([
      ['say', '2023-06-13'],
    ]);
  });
});

describe('channels in news', () => {
  it.each([
    [
      'Reza Tavakoli said the sanctions amounted to “economic terrorism”, according to the state news agency IRNA.',
      ['IRNA', 'WIRE_REPORT'],
    ],
    ['“China threatens peace,” Margaret Ellery wrote on X.', ['X', 'SOCIAL_POST']],
    [
      "Lithuania's foreign minister, Darius Petrauskas, weighed in on X: “Four cables is not bad luck.”",
      ['X', 'SOCIAL_POST'],
    ],
    ["Mali's government said on state broadcaster ORTM that it deplored the damage.", ['ORTM', 'BROADCAST']],
    [
      'Justice Minister Sigrid Aasland-Berg told the broadcaster NRK that Norway had no interest in isolating anyone.',
      ['NRK', 'INTERVIEW'],
    ],
  ])('regression: %s', (text, expected) => {
    expect(channel(text)).toEqual([expected]);
  });
});
