import { describe, expect, it } from 'vitest';
import { canFollow, labelsFromSpans, LABELS, spansFromLabels, allowedPrefixes, ALLOW_ALL } from '../../src/entities/tagger/labels.js';
import { taggerDocument, wordShape } from '../../src/entities/tagger/features.js';
import { refineNames } from '../../src/entities/refine.js';
import { classifyName } from '../../src/entities/classify.js';
import { clusterType } from '../../src/entities/cluster.js';
import { isFirstName } from '../../src/lexicon/gazetteer.js';
import { buildArticle } from '../../src/text/segment.js';
import { analyze } from '../../src/index.js';
import { expectValidAnalysis, HAVE_SHARED, sharedArticles } from '../helpers/analysis.js';

const entitiesOf = (text: string) => {
  const r = analyze(text, { include: ['entities'] });
  expectValidAnalysis(text, r);
  return r.entities;
};
const clusterOf = (text: string, mention: string) => entitiesOf(text).find((e) => e.mentions.some((m) => m.text === mention));

describe('BILOU labels', () => {
  it('round-trips spans', () => {
    const spans: [number, number, 'PER' | 'ORG'][] = [[0, 2, 'PER'], [3, 4, 'ORG'], [5, 8, 'PER']];
    expect(spansFromLabels(labelsFromSpans(9, spans))).toEqual(spans);
  });
  it('allows only well-formed sequences', () => {
    const id = (l: string) => LABELS.indexOf(l);
    expect(canFollow(id('B-PER'), id('L-PER'))).toBe(true);
    expect(canFollow(id('B-PER'), id('L-ORG'))).toBe(false);
    expect(canFollow(id('B-PER'), id('O'))).toBe(false);
    expect(canFollow(-1, id('I-LOC'))).toBe(false);
  });
  it('keeps lower-case words out of names except connectors and particles', () => {
    expect(allowedPrefixes('sanctions', 'sanctions', false, false)).toBe(0);
    expect(allowedPrefixes('of', 'of', false, false)).toBeGreaterThan(0);
    expect(allowedPrefixes('sanctions', 'sanctions', true, false)).toBe(ALLOW_ALL);
    expect(allowedPrefixes('based', 'based', false, true)).toBeGreaterThan(0);
  });
  it('computes word shapes', () => {
    expect(wordShape('McDonald')).toBe('XxXxxx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('1996-08-30')).toBe('ddd-dd-dd');
  });
});

describe('clustering', () => {
  const table: [string, string, string, string[]][] = [
    ['surname after full name', 'Angela Merkel arrived on Monday. Merkel said little.', 'Merkel', ['Angela Merkel', 'Merkel']],
    ['titled form', 'Senator Elizabeth Warren spoke first. Later, Sen. Warren left.', 'Warren', ['Elizabeth Warren', 'Warren']],
    ['first name alone', 'Ahmed Mohamed built a clock. Officials called Ahmed a suspect.', 'Ahmed', ['Ahmed Mohamed', 'Ahmed']],
    ['acronym', 'The International Atomic Energy Agency inspected the site. The IAEA found nothing.', 'IAEA', ['International Atomic Energy Agency', 'IAEA']],
    ['short form of a newspaper', 'The story ran in The Washington Post on Sunday. The Post stood by it.', 'Post', ['Washington Post', 'Post']],
    ['place variants', 'Talks between the United States and China stalled. The U.S. blamed Beijing.', 'U.S.', ['United States', 'U.S.']],
    ['company short form', 'Shares of Magna International Inc rose. Magna makes car parts.', 'Magna', ['Magna International Inc', 'Magna']],
    ['a surname opening with a particle', 'Mayor Bill de Blasio spoke on Monday. Later De Blasio left, and Rakeyia Scott spoke.', 'De Blasio', ['Bill de Blasio', 'De Blasio']],
    ['a surname with a straight and a curly apostrophe', 'Police Commissioner James O’Neill spoke first. Later, O\'Neill left.', "O'Neill", ['James O’Neill', "O'Neill"]],
  ];
  it.each(table)('%s', (_name, text, mention, expected) => {
    const e = clusterOf(text, mention);
    expect(e?.mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual(expected);
  });

  it('keeps different people with one surname apart', () => {
    const text = 'Donald Trump met Melania Trump. Donald Trump left first.';
    const people = entitiesOf(text).filter((e) => e.type === 'PERSON');
    expect(people.map((p) => p.name).sort()).toEqual(['Donald Trump', 'Melania Trump']);
  });

  it('strips titles from names and keeps them as roles', () => {
    const text = 'Home Secretary Suella Braverman told GB News she would act.';
    const e = clusterOf(text, 'Suella Braverman');
    expect(e?.type).toBe('PERSON');
    expect(e?.roles.map((r) => r.text)).toContain('Home Secretary');
  });

  it('takes a role a copula gives, with the body it is in, and no description', () => {
    expect(clusterOf('Maria Lopez is the finance minister.', 'Maria Lopez')?.roles.map((r) => r.text)).toEqual(['finance minister']);
    expect(clusterOf('Rui Costa, who served as director of the National Budget Office, left.', 'Rui Costa')?.roles.map((r) => r.text)).toEqual(['director of the National Budget Office']);
    expect(clusterOf("Ana Ruiz was chairman of Mr. Costa's campaign.", 'Ana Ruiz')?.roles.map((r) => r.text)).toEqual(['chairman']);
    expect(clusterOf('Rui Costa is a liar.', 'Rui Costa')?.roles).toEqual([]);
  });

  it('splits a name at a title inside it, and keeps a title that ends one', () => {
    const text = 'Then-Intel CEO Craig Barrett threatened Acer’s Chairman. The Iron Lady said no.';
    const names = entitiesOf(text).map((e) => `${e.type} ${e.name}`);
    expect(names).toEqual(expect.arrayContaining(['ORGANIZATION Intel', 'PERSON Craig Barrett', 'ORGANIZATION Acer']));
    expect(names.some((n) => n.endsWith('Iron Lady'))).toBe(true);
  });

  it('resolves "she" to the woman named before, by first-name gender', () => {
    const text = 'Marcy Kaptur voted no. "It is the wrong medicine," she said.';
    expect(clusterOf(text, 'Marcy Kaptur')?.mentions.map((m) => m.text)).toEqual(['Marcy Kaptur', 'she']);
  });

  it('types a name followed by an age in commas as a person, and not a number that is no age', () => {
    const text = "RANGOON, Burma - Aung San Suu Kyi's political allies on Monday predicted an overwhelming victory. That would be a triumph for Suu Kyi. At the party headquarters, Suu Kyi, 70, said it was too early to congratulate winners.";
    expect(clusterOf(text, 'Suu Kyi')?.type).toBe('PERSON');
    const count = 'Acme Corp reported results on Monday. Acme Corp, 2024, was a good year for it.';
    expect(clusterOf(count, 'Acme Corp')?.type).not.toBe('PERSON');
  });

  it('knows first names that are also words, but not the modal "Will" that opens questions', () => {
    expect(['bill', 'frank', 'hope', 'newt'].map(isFirstName)).toEqual([true, true, true, true]);
    // ("Will Twitter Be Next?": a question's modal read as a first name made Twitter a person.)
    expect(isFirstName('will')).toBe(false);
  });

  it('types a name ending in a word for a landform as a place, not a person', () => {
    const text = 'Sandy Hook was a tragedy. Officials in Palm Springs and Fairfax County met. Anita Hill spoke.';
    const types = Object.fromEntries(entitiesOf(text).map((e) => [e.name, e.type]));
    expect(types['Sandy Hook']).toBe('LOCATION');
    expect(types['Fairfax County']).toBe('LOCATION');
    expect(types['Anita Hill']).toBe('PERSON');
  });

  it('never takes the contraction "I\'m" as a name or the start of one', () => {
    const names = entitiesOf("I'm Nancy Pelosi, and I approve this message. Sometimes I’m good at it, I’m told.").map((e) => e.name);
    expect(names).toContain('Nancy Pelosi');
    expect(names.filter((n) => /i['’]m/i.test(n))).toEqual([]);
  });

  it('leaves the first names that are also words out of the tagger features its model was trained with', () => {
    const article = buildArticle('Bill Clinton met John Kerry.', { publishedAt: null, timezone: null }, () => {});
    const doc = taggerDocument(article);
    expect(doc.gazetteer[0]).not.toContain('g=male:U');
    expect(doc.gazetteer[3]).toContain('g=male:U');
  });

  it('keeps a full name the text gives a gender apart from a surname an honorific of the other gender claimed', () => {
    const text = 'Mr. Obama spoke in Washington on Saturday. Mr. Obama said the race was close.\n\nThe campaign plans to employ Mr. Obama and the first lady, Michelle Obama, as much as possible.';
    expect(clusterOf(text, 'Michelle Obama')?.mentions.map((m) => m.text)).toEqual(['Michelle Obama']);
    // (A first name alone says too little: Lindsey Graham is "Mr. Graham".)
    const graham = 'Mr. Graham spoke in Washington on Saturday. Mr. Graham said the race was close.\n\nSenator Lindsey Graham of South Carolina said more later.';
    expect(clusterOf(graham, 'Lindsey Graham')?.mentions.filter((m) => m.kind === 'name')).toHaveLength(3);
  });

  it('reads a headline that leaves "if" in lower case as title case', () => {
    const text = "Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton.\n\nPresident Obama spoke on Saturday night. Mr. Obama said the race was close, and Hillary Clinton agreed.";
    expect(entitiesOf(text).map((e) => e.name).sort()).toEqual(['Hillary Clinton', 'Obama']);
  });

  it('does not take a name modifying a noun as the antecedent of "he"', () => {
    const text = 'Author Jared Yates Sexton covered the campaign for months. Sexton, after previous Donald Trump rallies, wrote that he would not be surprised by violence.';
    const he = clusterOf(text, 'Jared Yates Sexton')?.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text);
    expect(he).toEqual(['he']);
  });

  it('does not take a name inside a quotation as the subject a pronoun after it refers to', () => {
    const text = 'Martin Kaplan, a screenwriter, spoke dryly on Monday. "MacGyver is a name that is in the culture," he said.';
    expect(clusterOf(text, 'Martin Kaplan')?.mentions.map((m) => m.text)).toEqual(['Martin Kaplan', 'he']);
  });

  it('takes the name after an inverted verb of saying as a subject for a later pronoun', () => {
    const text = 'Hillary Clinton should build bridges to Bernie Sanders, said David Axelrod, a former strategist. "It seems certain Bernie will run," he said.';
    expect(clusterOf(text, 'David Axelrod')?.mentions.map((m) => m.text)).toEqual(['David Axelrod', 'he']);
  });

  it('does not give a quotation\'s speaker pronoun to a name inside that quotation', () => {
    const text = 'Hillary Clinton spoke to the station on Wednesday. The interview ran long. "Mary Smith told me nothing has changed," she said.';
    expect(clusterOf(text, 'Hillary Clinton')?.mentions.map((m) => m.text)).toEqual(['Hillary Clinton', 'she']);
  });

  it('does not resolve pronouns inside quotations', () => {
    const text = 'John Smith said: "He will never win." Smith left.';
    expect(clusterOf(text, 'John Smith')?.mentions.filter((m) => m.kind === 'pronoun')).toEqual([]);
  });
});

describe.skipIf(!HAVE_SHARED)('entities on the shared corpus', () => {
  it('gives contract-valid entities for every article', () => {
    for (const a of sharedArticles()) {
      const r = analyze(a.text, { publishedAt: a.publishedAt, include: ['entities'] });
      expectValidAnalysis(a.text, r);
      const ids = new Set(r.entities.map((e) => e.id));
      expect(ids.size).toBe(r.entities.length);
    }
  });
});

describe('name refinements over the tagger', () => {
  // A span is the phrase's first occurrence, or its last with `true` as the third element.
  const refine = (text: string, spans: [string, 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC', boolean?][]) => {
    const article = buildArticle(text, { publishedAt: null, timezone: null }, () => {});
    const names = spans.map(([phrase, type, lastOccurrence]) => {
      const start = lastOccurrence ? text.lastIndexOf(phrase) : text.indexOf(phrase);
      const first = article.tokens.findIndex((t) => t.start === start);
      const last = article.tokens.findIndex((t) => t.end === start + phrase.length) + 1;
      return { first, last, type };
    });
    return refineNames(article, names).map((m) => `${m.type} ${text.slice(article.tokens[m.first]!.start, article.tokens[m.last - 1]!.end)}`);
  };

  it('splits a name run over a possessive into the owner and the person, but not a company name', () => {
    const text = "NBC’s Dante Chinni and McDonald's Corp agreed.";
    expect(refine(text, [['NBC’s Dante Chinni', 'ORGANIZATION'], ["McDonald's Corp", 'ORGANIZATION']])).toEqual(['ORGANIZATION NBC', 'PERSON Dante Chinni', "ORGANIZATION McDonald's Corp"]);
  });

  it('types a name ending in an organization or facility word as no person', () => {
    const text = 'The National Basketball Association met on Castlefrank Road with Ron Artest.';
    expect(refine(text, [['National Basketball Association', 'PERSON'], ['Castlefrank Road', 'PERSON'], ['Ron Artest', 'PERSON']])).toEqual([
      'ORGANIZATION National Basketball Association',
      'LOCATION Castlefrank Road',
      'PERSON Ron Artest',
    ]);
  });

  it('makes a name after an abbreviated title a person, even when the tokenizer split the period off', () => {
    const text = 'The Rev. Al Sharpton met Sen. Pence.';
    expect(refine(text, [['Al Sharpton', 'ORGANIZATION'], ['Pence', 'ORGANIZATION']])).toEqual(['PERSON Al Sharpton', 'PERSON Pence']);
  });

  it('splits a name the lexicons lack off the organization before it, and not common words or places', () => {
    const text = 'The CEO of the Refugee Council Enver Solomon told the Chicago Board Options Exchange that the Trump International Hotel Las Vegas opened.';
    expect(refine(text, [['Refugee Council Enver Solomon', 'ORGANIZATION'], ['Chicago Board Options Exchange', 'ORGANIZATION'], ['Trump International Hotel Las Vegas', 'ORGANIZATION']])).toEqual([
      'ORGANIZATION Refugee Council',
      'PERSON Enver Solomon',
      'ORGANIZATION Chicago Board Options Exchange',
      'ORGANIZATION Trump International Hotel Las Vegas',
    ]);
  });

  it('splits an unknown name off a one-word organization after a title and "of"', () => {
    const text = 'Minister of Education Stefania Giannini said more reflection is needed.';
    expect(refine(text, [['Education Stefania Giannini', 'ORGANIZATION']])).toEqual(['ORGANIZATION Education', 'PERSON Stefania Giannini']);
  });

  it('splits a name the tagger ran across a spaced dash, typing a dateline and a titled person', () => {
    const text = 'Trump accepts.\n\nCLEVELAND - Donald Trump painted a dire portrait.';
    expect(refine(text, [['CLEVELAND - Donald Trump', 'ORGANIZATION']])).toEqual(['LOCATION CLEVELAND', 'PERSON Donald Trump']);
    const titled = 'CONCORD, N.H. - Sen. Bernie Sanders scored a decisive victory.';
    expect(refine(titled, [['N.H. - Sen. Bernie Sanders', 'ORGANIZATION']])).toEqual(['ORGANIZATION N.H.', 'PERSON Bernie Sanders']);
    // (A hyphen with no space is part of the name.)
    expect(refine('Shares of Mercedes-Benz rose.', [['Mercedes-Benz', 'ORGANIZATION']])).toEqual(['ORGANIZATION Mercedes-Benz']);
  });

  it('strips a quantifier opening a sentence or a clause after a colon from a name', () => {
    const text = 'The two companies have many ties: Several Twitter executives used to work at Google.';
    expect(refine(text, [['Several Twitter', 'PERSON']])).toEqual(['PERSON Twitter']);
  });

  it('takes the word before a one-word name when the two make a name the article gives in full', () => {
    const text = "Bill Clinton's hair was whiter. The crowd cheered Bill Clinton in Nashua.";
    expect(refine(text, [['Clinton', 'PERSON'], ['Bill Clinton', 'PERSON', true]])).toEqual(['PERSON Bill Clinton', 'PERSON Bill Clinton']);
    // (Not a word that makes no such name: "Will Clinton run?")
    expect(refine('Will Clinton run? The crowd cheered Bill Clinton.', [['Clinton', 'PERSON'], ['Bill Clinton', 'PERSON']])).toEqual(['PERSON Clinton', 'PERSON Bill Clinton']);
  });

  it('takes a known first name the tagger left out into a one-word name', () => {
    const text = 'Rep. Adam Schiff spoke on Tuesday.';
    expect(refine(text, [['Schiff', 'LOCATION']])).toEqual(['PERSON Adam Schiff']);
  });

  it('adds untagged mentions of a known first name that names a person alone, but not one a longer name holds', () => {
    const text = 'The movie shows Bob wanting to stay. Colleagues were dismissive of Bob. Bob said he returned.';
    expect(refine(text, [['Bob', 'PERSON']])).toEqual(['PERSON Bob', 'PERSON Bob', 'PERSON Bob']);
    // (Two people named Bob: which one a lone "Bob" is, the words cannot say.)
    const longer = 'Bob Smith and Bob Jones spoke first. The movie shows Bob wanting to stay. Bob said he returned.';
    expect(refine(longer, [['Bob Smith', 'PERSON'], ['Bob Jones', 'PERSON'], ['Bob', 'PERSON', true]])).toEqual(['PERSON Bob Smith', 'PERSON Bob Jones', 'PERSON Bob']);
  });

  it('adds later untagged mentions of a person\'s surname, but not one modifying a noun', () => {
    const text = 'Jared Sexton spoke first. Later Sexton left a Sexton event early, as at previous Sexton rallies.';
    expect(refine(text, [['Jared Sexton', 'PERSON']])).toEqual(['PERSON Jared Sexton', 'PERSON Sexton']);
    // ... also after an honorific, which is no part of a longer capitalized run.
    expect(refine('Larry King hosts a show. Later Mr. King said so.', [['Larry King', 'PERSON']])).toEqual(['PERSON Larry King', 'PERSON King']);
  });

  it('splits a news outlet off a surname run into it, when the article names the person in full', () => {
    const text = 'Donald Trump met the board of the Washington Post Trump said. The Washington Post Company agreed.';
    expect(refine(text, [['Donald Trump', 'PERSON'], ['Washington Post Trump', 'PERSON'], ['Washington Post Company', 'ORGANIZATION']])).toEqual([
      'PERSON Donald Trump',
      'ORGANIZATION Washington Post',
      'PERSON Trump',
      'ORGANIZATION Washington Post Company',
    ]);
  });

  it('ends each part of a split name in a word, not in a dash', () => {
    const text = 'The views of Mrs. Clinton - and Mr. Trump, for that matter - are critical.';
    expect(refine(text, [['Mrs. Clinton - and Mr. Trump', 'ORGANIZATION']])).toEqual(['PERSON Clinton', 'PERSON Trump']);
  });

  it('gives a first name tagged alone the unknown surname after it', () => {
    const text = 'Then-Compaq CEO Michael Capellas said so, and Michael Jordan agreed with Michael Brown.';
    expect(refine(text, [['Michael', 'PERSON']])).toEqual(['PERSON Michael Capellas']);
    // A surname the gazetteer knows only as a first name.
    expect(refine('Then-Intel CEO Craig Barrett threatened the chairman.', [['Craig', 'PERSON']])).toEqual(['PERSON Craig Barrett']);
    // A common word that the article names a person by on its own.
    expect(refine('Retired Gen. Norman Ham spoke. Later Ham left.', [['Norman', 'PERSON'], ['Ham', 'PERSON', true]])).toEqual(['PERSON Norman Ham', 'PERSON Ham']);
    expect(refine('Retired Gen. Norman Ham spoke.', [['Norman', 'PERSON']])).toEqual(['PERSON Norman']);
  });

  it('strips a title that could also modify one, when a name follows it', () => {
    const text = 'Justice Antonin Scalia wrote it. Chief Justice John Roberts read it at the Justice Department.';
    expect(refine(text, [['Justice Antonin Scalia', 'PERSON'], ['Chief Justice John Roberts', 'PERSON'], ['Justice Department', 'ORGANIZATION']])).toEqual([
      'PERSON Antonin Scalia', 'PERSON John Roberts', 'ORGANIZATION Justice Department',
    ]);
    expect(refine('They chanted Equal Justice Under Law.', [['Equal Justice Under Law', 'ORGANIZATION']])).toEqual(['ORGANIZATION Equal Justice Under Law']);
  });

  it('adds an untagged first name that only one person in the article has', () => {
    expect(refine("Thomas Sam treated the child. Later, Thomas' sister pleaded with him.", [['Thomas Sam', 'PERSON']])).toEqual(['PERSON Thomas Sam', 'PERSON Thomas']);
    // Not one two people share.
    expect(refine("Thomas Sam and Thomas Lee met. Later, Thomas' sister called.", [['Thomas Sam', 'PERSON'], ['Thomas Lee', 'PERSON']])).toEqual(['PERSON Thomas Sam', 'PERSON Thomas Lee']);
  });

  it('carries a one-word name on over a surname the tagger left out', () => {
    const text = 'He met Antonin Scalia at court. Antonin Scalia left.';
    expect(refine(text, [['Antonin', 'PERSON']])).toEqual(['PERSON Antonin Scalia']);
    // A surname the article gives another person's full name.
    expect(refine('Barack Obama spoke. Later Barack Obama left.', [['Barack Obama', 'PERSON'], ['Barack', 'PERSON', true]])).toEqual(['PERSON Barack Obama', 'PERSON Barack Obama']);
    // Not over a known word.
    expect(refine('Then Antonin Said no.', [['Antonin', 'PERSON']])).toEqual(['PERSON Antonin']);
  });

  it('leaves a date before a name out of it, but not a year inside a club name', () => {
    const text = 'After the Aug. 7 Embassy bombings he voted against the 1994 Freedom of Access Act, like TSV 1860 Munich fans, on Oct. 9 and Oct. 16.';
    expect(refine(text, [['Aug. 7 Embassy', 'ORGANIZATION'], ['1994 Freedom of Access Act', 'MISC'], ['TSV 1860 Munich', 'ORGANIZATION'], ['Oct. 9 and Oct.', 'PERSON']])).toEqual([
      'ORGANIZATION Embassy',
      'MISC Freedom of Access Act',
      'ORGANIZATION TSV 1860 Munich',
    ]);
  });

  it('joins names across an ampersand into a firm and across a hyphen into one name', () => {
    const text = 'Shares of Douglas & Lomason Co rose, Lucy Tyler-Sharman won and the Penske Mercedes-Benz team lost.';
    expect(refine(text, [['Douglas', 'PERSON'], ['Lomason Co', 'ORGANIZATION'], ['Lucy Tyler', 'PERSON'], ['Penske Mercedes', 'ORGANIZATION'], ['Benz', 'ORGANIZATION']])).toEqual([
      'ORGANIZATION Douglas & Lomason Co',
      'PERSON Lucy Tyler-Sharman',
      'ORGANIZATION Penske Mercedes-Benz',
    ]);
    expect(refine('Simon & Schuster published it.', [['Simon & Schuster', 'PERSON']])).toEqual(['ORGANIZATION Simon & Schuster']);
  });

  it('joins a first name and a surname across a nickname in quotation marks, even a surname the tagger missed', () => {
    const text = 'Former contractor John "Tig" Tiegen spoke, then state Del. Marcia "Cia" Price and the "Dixiecrat" Strom Thurmond.';
    expect(refine(text, [['John', 'PERSON'], ['Tig', 'ORGANIZATION'], ['Tiegen', 'PERSON'], ['Marcia', 'PERSON'], ['Cia', 'ORGANIZATION'], ['Dixiecrat', 'MISC'], ['Strom Thurmond', 'PERSON']])).toEqual([
      'PERSON John "Tig" Tiegen',
      'PERSON Marcia "Cia" Price',
      'MISC Dixiecrat',
      'PERSON Strom Thurmond',
    ]);
  });

  it('types the short form of an organization named before as the organization, but not a place', () => {
    const text = 'Magna International Inc bought U.S. Bancorp. Magna rose in the U.S. on Friday.';
    expect(refine(text, [['Magna International Inc', 'ORGANIZATION'], ['U.S. Bancorp', 'ORGANIZATION'], ['Magna', 'PERSON', true], ['U.S.', 'LOCATION', true]])).toEqual([
      'ORGANIZATION Magna International Inc',
      'ORGANIZATION U.S. Bancorp',
      'ORGANIZATION Magna',
      'LOCATION U.S.',
    ]);
    const trump = 'Donald Trump founded Trump University Inc in 2005. Trump said it was fine.';
    expect(refine(trump, [['Donald Trump', 'PERSON'], ['Trump University Inc', 'ORGANIZATION'], ['Trump', 'PERSON', true]])).toEqual([
      'PERSON Donald Trump',
      'ORGANIZATION Trump University Inc',
      'PERSON Trump',
    ]);
  });

  it('keeps scores and times out of a person\'s name', () => {
    const text = "He lost to wildcard Alex O'Brien 6-3 6-4 5-7 on Sunday. 9:33PM Ted Cruz spoke.";
    expect(refine(text, [["Alex O'Brien 6-3 6-4 5-7", 'PERSON'], ['9:33PM Ted Cruz', 'PERSON']])).toEqual(["PERSON Alex O'Brien", 'PERSON Ted Cruz']);
  });

  it('splits titled people joined by "and", each without its title, and drops a bare plural title', () => {
    const text = 'It was backed by Gov. Jack Markell and Sens. Tom Carper and Chris Coons, not Govs. Bush and Kasich.';
    expect(refine(text, [['Gov. Jack Markell and Sens. Tom Carper and Chris Coons', 'ORGANIZATION'], ['Govs.', 'ORGANIZATION'], ['Bush', 'PERSON']])).toEqual([
      'PERSON Jack Markell',
      'PERSON Tom Carper',
      'PERSON Chris Coons',
      'PERSON Bush',
    ]);
  });
});

describe('cluster types', () => {
  const mentionsOf = (text: string, spans: [string, 'PERSON' | 'ORGANIZATION'][]) => {
    const article = buildArticle(text, { publishedAt: null, timezone: null }, () => {});
    let from = 0;
    const mentions = spans.map(([phrase, type]) => {
      const start = text.indexOf(phrase, from);
      from = start + phrase.length;
      const first = article.tokens.findIndex((t) => t.start === start);
      const last = article.tokens.findIndex((t) => t.end === start + phrase.length) + 1;
      return { first, last, type };
    });
    return { article, cluster: { mentions, group: null } };
  };

  it('makes a first name and a surname a person, however often the tagger calls the surname a company', () => {
    const { article, cluster } = mentionsOf("Donald Trump spoke. Trump's plan grew. Trump's tax cut. Trump's rates.", [['Donald Trump', 'PERSON'], ['Trump', 'ORGANIZATION'], ['Trump', 'ORGANIZATION'], ['Trump', 'ORGANIZATION']]);
    expect(clusterType(cluster, article)).toBe('PERSON');
  });

  it('leaves the vote to decide when a mention is neither the name nor one of its words', () => {
    const { article, cluster } = mentionsOf('Walt Disney drew. Disney Studios grew. Disney Studios won.', [['Walt Disney', 'PERSON'], ['Disney Studios', 'ORGANIZATION'], ['Disney Studios', 'ORGANIZATION']]);
    expect(clusterType(cluster, article)).toBe('ORGANIZATION');
  });
});

describe('fine classes', () => {
  it('makes a group the tagger took for a person a group, and leaves a party it took for an organization', () => {
    const text = 'Muslims and Labour spoke.';
    const article = buildArticle(text, { publishedAt: null, timezone: null }, () => {});
    expect(classifyName(article, { first: 0, last: 1, type: 'PERSON' })).toMatchObject({ type: 'MISC', subtype: 'NORP' });
    expect(classifyName(article, { first: 2, last: 3, type: 'ORGANIZATION' })).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('makes a name of several words the place lexicons or the news places list know a place, but not a one-word one that may be a surname', () => {
    const text = 'North Carolina voted and Kerry spoke.';
    const article = buildArticle(text, { publishedAt: null, timezone: null }, () => {});
    expect(classifyName(article, { first: 0, last: 2, type: 'PERSON' })).toMatchObject({ type: 'LOCATION', subtype: 'GPE' });
    expect(classifyName(article, { first: 4, last: 5, type: 'PERSON' })).toMatchObject({ type: 'PERSON' });
    const hill = buildArticle('Aides on Capitol Hill met.', { publishedAt: null, timezone: null }, () => {});
    expect(classifyName(hill, { first: 2, last: 4, type: 'PERSON' })).toMatchObject({ type: 'LOCATION' });
  });
});

describe('names in a title-case headline', () => {
  const body = '\n\nSenator Maria Delgado criticized the Harbor Authority on Tuesday. Delgado said the port plan was reckless.';

  it('takes the names the body uses, not the capitalized words around them', () => {
    const text = `Maria Delgado Slams Harbor Authority Over Reckless Port Plan${body}`;
    const headline = entitiesOf(text).flatMap((e) => e.mentions.filter((m) => m.start < 60 && m.kind === 'name').map((m) => `${e.type} ${m.text} = ${e.name}`));
    expect(headline).toEqual(['PERSON Maria Delgado = Maria Delgado', 'ORGANIZATION Harbor Authority = Harbor Authority']);
  });

  it('joins a surname the headline uses alone to the full name in the body', () => {
    const text = `Delgado Says Port Plan Will Hurt Harbor Towns${body}`;
    expect(clusterOf(text, 'Delgado')?.mentions.filter((m) => m.kind === 'name').map((m) => m.start)).toEqual([0, text.indexOf('Maria'), text.lastIndexOf('Delgado')]);
  });

  it('leaves a capitals headline and a sentence-case one to the tagger', () => {
    const caps = entitiesOf(`PORT PLAN - DELGADO V HARBOR AUTHORITY${body}`);
    expect(caps.some((e) => e.mentions.some((m) => m.start < 10 && m.kind === 'name'))).toBe(false);
    const sentence = entitiesOf(`Delgado says the port plan is reckless${body}`);
    expect(sentence.find((e) => e.name === 'Maria Delgado')?.mentions.some((m) => m.start === 0)).toBe(true);
  });
});
