import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Quote } from '../../src/index.js';
import { emptyEntityIndex } from '../../src/entities/index.js';
import { resolveSpeaker } from '../../src/quotes/speaker/resolve.js';
import { buildArticle } from '../../src/text/segment.js';
import { expectValidAnalysis, HAVE_SHARED, SHARED, seedArticle } from '../helpers/analysis.js';

const quotesOf = (text: string, publishedAt: string | null = null) => {
  const r = analyze(text, { publishedAt, include: ['quotes'] });
  expectValidAnalysis(text, r);
  return r.quotes;
};
const brief = (q: Quote) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null });

describe('quotes of the seed article', () => {
  const { text, publishedAt } = seedArticle();
  const quotes = quotesOf(text, publishedAt);
  it('finds every quotation with its kind and speaker', () => {
    expect(quotes.map(brief)).toEqual([
      { text: 'positive', kind: 'partial', speaker: 'two Iranian officials' },
      { text: 'good news.', kind: 'partial', speaker: 'two Iranian officials' },
      { text: 'We do not comment on reports of private meetings that did or did not occur.', kind: 'speech', speaker: 'Steven Cheung' },
      { text: 'maximum pressure', kind: 'nonspeech', speaker: null },
      { text: 'one-sided,', kind: 'partial', speaker: 'Donald Trump' },
      { text: "it doesn't matter who has won the U.S elections.", kind: 'speech', speaker: 'Masoud Pezeshkian' },
      { text: 'We will in no way have a closed and limited approach in the expansion of ties with other countries,', kind: 'speech', speaker: 'Masoud Pezeshkian' },
      { text: 'maximum pressure', kind: 'nonspeech', speaker: null },
    ]);
  });
  it('keeps the in-text mention, the cue and the marks', () => {
    const pezeshkian = quotes[6]!;
    expect(pezeshkian.speaker?.mention?.text).toBe('he');
    expect(pezeshkian.speaker?.entityId).toMatch(/^e\d+$/);
    expect(pezeshkian.cue?.text).toBe('said');
    expect(pezeshkian.open.text).toBe('"');
    expect(quotes[0]!.speaker?.mention?.text).toBe('The officials');
    expect(quotes[2]!.cue?.text).toBe('told');
  });
});

describe('speaker attribution', () => {
  const table: [string, string, string | null][] = [
    ['cue after the quote', '"We won," Jane Doe said.', 'Jane Doe'],
    ['inverted cue after', '"We won," said Senate Majority Leader Harry Reid.', 'Harry Reid'],
    ['cue before with a colon', 'Angela Merkel told reporters: "We will not give in."', 'Angela Merkel'],
    ['according to', '"Prices will rise," according to the central bank.', 'central bank'],
    ['apposition between the name and the cue', '"It was a success," Tanya Weaver, executive director of the AFCA, said.', 'Tanya Weaver'],
    ['question mark inside the quote', '"Does anybody know the answer?" Graham asked.', 'Graham'],
    ['colon in the paragraph before', 'Caddell continued:\n\n"The health issue is a partisan issue."', 'Caddell'],
    ['a verb of reaction after the name after the quotation', '"They are all here for the free stuff," an angry Bennett fired back with a laugh.', 'Bennett'],
    ['a verb of reaction ending the sentence', 'Trump spoke first. "Would it be negotiable?" Hannity pressed.', 'Hannity'],
    ['a verb of reaction before the name after the quotation', 'Obama spoke first.\n\n"Is Obama profiling?" reacted Donald Trump.', 'Donald Trump'],
    ['no reaction verb after a quotation that ends its sentence', '"The law is clear." Bennett resigned in March.', null],
    ['a subject with a party label and an aside before a progressive verb past an adverb', 'Senate Minority Leader Harry Reid (D-Nev.), in particular, has been steadily pounding Trump as a “con artist.”', 'Harry Reid'],
    ['a progressive verb past "once again"', 'Donald Trump is once again questioning the system, encouraging his supporters to make sure everything is “on the up and up.”', 'Donald Trump'],
    ['no speaker in the subject of a passive', 'This feature of the movement has been called "strategic ambiguity" in several books.', null],
    ['a participle after the quotation has the sentence\'s subject, not its object', 'Nina Park has hailed the vote as “fantastic,” telling reporters on Friday that it was a great thing.', 'Nina Park'],
    ['a sentence subject whose name modifies a noun, with no name after it', 'The Florida senator sought to calm his supporters, saying the heckler would “not get beat up” at his rally.', 'Florida senator'],
    ['the main clause\'s subject, past an opening subordinate clause', 'George Wallace was governor for years. When Wallace died in 1998, President Bill Clinton released the following statement:\n\n“Hillary and I offer our condolences to the family.”', 'Bill Clinton'],
    ['a verb of reaction before a colon', 'Asked whether the campaign should apologize, Mr. Smith shot back: "That would be good."', 'Smith'],
    ['"is quoted as saying" after the quotation', 'The firm is small. “Our method succeeds where others fail,” Matt Braynard is quoted as saying.', 'Matt Braynard'],
    ['the agent of a passive cue after the quotation', 'Democrats blocked the package because of "poison pill" measures added by Republicans on other issues.', 'Republicans'],
    ['a place at the end of the mention does not speak', 'Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press, “We have suffered the same fate.”', 'Aris Shirvanian'],
    ['a speaker given an age and a home town', 'Jane Doe, 45, of Dayton, Ohio, said the plan was "a disaster."', 'Jane Doe'],
    ['a word spelled like a cue inside a name is no cue', 'Rubio said the United States "must increase our efforts at home."', 'Rubio'],
    ['a plural noun spelled like a cue is no cue', 'The company wrote to the dean on Monday, calling the two lengthy investigative reports "inaccurate and misleading."', 'company'],
    ['a day between the subject and the cue', 'Rosa Diaz, who has been feuding with party leaders this week, on Friday described her plan to lead a “big tent” party.', 'Rosa Diaz'],
    ['a day and its part between the subject and the cue', 'Nina Park late Tuesday night warned of the fight ahead: "There are 14 primaries left."', 'Nina Park'],
    ['colon in the paragraph before, past the object of a verb before it', 'As the Ledger reported on Friday, the mayor refused to call the Main Street fire arson:\n\n"The city is still reluctant to use the word."', 'Ledger'],
    ['dash after the quote', '"I am truly afraid of what comes next." ― Sonya Herridge', 'Sonya Herridge'],
    ['participle', 'Pezeshkian appeared open to talks, saying that "it doesn\'t matter who won."', 'Pezeshkian'],
    ['a quotation after a sentence of reported speech', 'Rep. Adam Schiff spoke on Tuesday. The administration may be reluctant to act while John Kerry negotiates, Schiff said. "The other factor is whether it would look partisan."', 'Adam Schiff'],
    ['"continue" as the aspectual verb is no cue', 'Cruz said he is certain Rubio will continue to be "a champion for limitless opportunity."', 'Cruz'],
    ['according to later in the sentence', 'It is meant to curb "activist" investors and others focused on short-term results, and persuade executives to manage for the long term, according to the central bank.', 'central bank'],
    ['a country that accuses someone named in an apposition', 'Seoul reacted within hours. Chile accused the mine\'s owner, Rafael Soto, of "criminal negligence." The company denied it.', 'Chile'],
    ['no place at the end of a longer subject', 'The governor from Maine said the plan was "cruel" to families.', 'governor from Maine'],
    ['the person a verb of remembering takes, for a participle after the name', 'I am old enough to remember President Jane Carter going on TV in 1977 and telling Americans that "we need to shift to coal."', 'Jane Carter'],
    ['the main clause subject for a participle opening the sentence', 'Ana Ruiz wrote a book. After saying her foot was "so swollen I could barely walk," she was taken to a hospital.', 'Ana Ruiz'],
    ['the main clause subject for a bare participle opening the sentence', 'Smith met the miners. Saying that the mine was "a disaster for everyone," John Smith left early.', 'John Smith'],
    ['the main clause subject past an adverb set off by commas', 'Tim Allen spoke to the host. Acknowledging that Trump "says a lot of stupid stuff," though, Allen did suggest that wealth helps.', 'Tim Allen'],
    ['the sentence subject for a participle after an object of any other verb', 'John Smith met Jane Carter in 1977, telling her that "we need to shift to coal."', 'John Smith'],
    ['a descriptor resolved through a role a copula gives', 'Maria Lopez is the finance minister. "We will not back down," the minister said.', 'Maria Lopez'],
    ['a descriptor resolved through a post a "who" clause gives', 'Rui Costa, who served as director of the National Budget Office, left. "It is wrong," the director said.', 'Rui Costa'],
    ['a descriptor with a place, resolved to the person it describes', 'Governor Janet Mills spoke first. The governor from Maine said the plan was "cruel" to families.', 'Janet Mills'],
    ['a subject before an aside in dashes', 'On Friday, Gingrich — named by Newsmax as the leading choice for nominee Donald Trump\'s running mate — told Fox News that "you have to look at it very seriously."', 'Gingrich'],
    ['not a cue past "while" that opens another clause', 'Hillary Clinton accuses Bernie Sanders of an "artful smear" while Sanders suggests the opposite.', 'Hillary Clinton'],
    ['a cue past "but to", which opens no clause', '"Super PACs have the money. They do not have a choice" but to take the lead in advertising, says Evan Tracey, an analyst.', 'Evan Tracey'],
    ['a person "of the" organization or place', 'Democrats objected. "This is a waste of time," said Ross Eisenbrey of the Economic Policy Institute.', 'Ross Eisenbrey'],
    ['a party label in parentheses after the name', 'Sen. Rand Paul (R-Ky.) called him "the leading proponent of amnesty in the country."', 'Rand Paul'],
    ['"as" before the speaker after the quotation', 'Protest was wearing a shirt with the words "I can\'t breathe," as Eric Garner, gasping on a sidewalk, said before he died.', 'Eric Garner'],
    ['the subject of a governing verb past an adverb', 'Donald Trump spoke on Monday. Trump openly admires Putin as a “strong leader,” comparing him favorably to Obama.', 'Donald Trump'],
    ['"as" before a described speaker after the quotation', 'Other members of Congress echo her concerns: the main requirement is a "lawful source of investment income," as a Homeland Security memo put it.', 'Homeland Security'],
    ['a cue form heading a compound noun is no cue', 'Mr. Obama spoke of a lunch counter and a shirt with the words "I can\'t breathe," which protesters wore.', null],
    ['a name the tagger reads as a verb', '"This is your thought. Own it, express it, be the voice that people hear," Lynch said.', 'Lynch'],
    ['participle after a subject whose name opens with a nationality', 'Chinese Vice Foreign Minister Wu Daiwei met the ambassador and apologized, stating that it was a "technical error."', 'Wu Daiwei'],
    ['a name in the apposition after a descriptor', 'The chairman of Unicredit (an Italian bank), Maria Bellini, has called the ruling "dangerous."', 'Maria Bellini'],
    ['the name before stacked appositions', 'Giulio Verdi, the editor in chief of the city\'s daily newspaper, La Stampa, said every mayor was "both loved and hated."', 'Giulio Verdi'],
    ['a name before an apposition, after a fronted phrase', 'Of Carson, Levine, who has given money to Rubio, said, "He is scary."', 'Levine'],
    ['a name the tagger reads as a verb, before the cue', 'Yvette Cooper said her party has supported the idea "for months", and said it was wrong.', 'Yvette Cooper'],
    ['the reporter of a clause whose subject is "it"', 'Mayor Anne Hidalgo, opening the library on Saturday, said it would tell a story of "hard work and hope."', 'Anne Hidalgo'],
    ['the owner of a claim the quotation reports', 'Donald Trump spoke in Chicago. Politifact seized on Trump\'s claim that there have been "thousands of shootings" there.', 'Donald Trump'],
    ['the owner of a claim described by adjectives', 'Donald Trump spoke in Chicago. The fact-checkers examined Trump\'s recent evidence-free assertion that "thousands" of people cheered.', 'Donald Trump'],
    ['the owner of a pledge "to" do what the quotation says', 'Donald Trump met donors in Florida. The plan goes beyond Trump\'s controversial pledge to be "neutral" in the talks.', 'Donald Trump'],
    ['a possessive pronoun owning a claim', 'Hillary Clinton was asked about her email server. Reporters pointed to her claim that she "never sent classified material."', 'Hillary Clinton'],
    ['a quotation between its owner and the noun of saying', 'Mitt Romney lost in 2012. Mitt Romney\'s "47 percent" comment was nearly as dismissive.', 'Mitt Romney'],
    ['not the owner of remarks someone else characterizes', 'Donald Trump spoke in Chicago. Francois Hollande denounced Trump\'s remarks as "unacceptable."', 'Francois Hollande'],
    ['not the owner of a statement characterized "as" the quotation', 'Barack Obama spoke first. Bill Clinton mocked Obama\'s statement that he opposed the war as "the biggest fairy tale I have ever seen."', 'Bill Clinton'],
    ['a person named with the state they come from', '"Party leaders should take part," said Sen. Ben Cardin of Maryland.', 'Ben Cardin'],
    ['a name and an apposition after a quotation that ends with "!"', 'Lawmakers toured the hall. "Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the swirl of activity.', 'Glenn Thompson'],
    ['a description with a place after it before the cue', 'The room fell silent. "Will he be the next attorney general?" a Democratic staffer in the room wondered.', 'a Democratic staffer in the room'],
    ['a past form read as an adjective after a name, then a day', 'Sen. Pat Toomey lost the vote. Chuck Schumer celebrated. “If they were serious, they would have,” Toomey fumed on Tuesday.', 'Pat Toomey'],
    ['a verb of reaction before a name and where the person is from', 'The delegates cheered. “This is fantastic!” beamed Donald Hartley of Madison, Alabama, who had snuck onto the floor.', 'Donald Hartley'],
    ['the agent of a passive participle after the quotation', 'Republicans have long pursued the inquiry — often labeled as a “witch hunt” by Democrats — into the attack.', 'Democrats'],
    ['the agent of a passive participle before the quotation', 'Obama put his hand on the governor\'s shoulder in what would come to be derisively known by some Republicans as a "hug."', 'Republicans'],
    ['no agent for an active verb in the perfect', 'Pastor Kevin Swanson spoke on Monday. He has painted the senator as “a man raised for these times” by Donald Trump.', 'Kevin Swanson'],
    ['the subject of a participle after "with"', 'Cruz and Trump have used the most aggressive language, with Cruz recently promising to "carpet bomb them into oblivion."', 'Cruz'],
    ['no speaker from a phrase a preposition governs', 'Dottie Deans is supporting Sanders as a superdelegate and in a statement credited him for "an exciting and inspiring campaign."', null],
    ['no speaker from a time', 'A group of 67 artists, writers and scientists this week published an open letter about the "hateful discourse of Trump" and called on people to act.', null],
    ['a participle after a cue with its own subject', 'Ryan and Trump will meet sometime next week, Spicer said, adding, "They need to sit down and have a good talk."', 'Spicer'],
    ['a participle after an inverted cue', 'Omar Mateen left as soon as prayers were finished, said Adel Nefzi, adding, "He was not very religious."', 'Adel Nefzi'],
    ['"shot back" with "shot" read as a noun', 'Bush spoke first. "Jeb wants to be a tough guy tonight," Trump shot back.', 'Trump'],
    ['a cue coordinated with a verb before it', 'When my mother mentioned the devil on the highway, I laughed and said, "I don\'t believe in the devil."', 'I'],
    ['a document standing behind "which" before a cue', 'Pence linked to the Associated Press report, which notes, "More than half the people who met with her gave money."', 'Associated Press'],
    ['no document behind "which" before a verb that is no cue', 'The stigma grew after the 1994 report, which prompted politicians to brand young men as "super predators."', null],
    ['the agent of a passive cue before the quotation', 'Sanders was asked by host Bill Maher, who backs him, “Are you still tired of hearing about the emails?”', 'Bill Maher'],
    ['no subject from a name a preposition governs', 'Phoenix Mayor Greg Stanton wrote a letter to Attorney General Loretta E. Lynch asking the department to investigate the "fiasco."', 'Greg Stanton'],
  ];
  it.each(table)('%s', (_name, text, speaker) => {
    expect(quotesOf(text).find((q) => q.kind !== 'nonspeech')?.speaker?.name ?? null).toBe(speaker);
  });

  it('names a speaker whose mention ends in a party label', () => {
    const text = '"It has caused me to reconsider my position," said Representative Jim Ramstad (R Minnesota), who voted against the bill.';
    expect(quotesOf(text)[0]?.speaker).toMatchObject({ name: 'Jim Ramstad', mention: { text: 'Representative Jim Ramstad (R Minnesota)' } });
  });

  it('names the antecedent of a "who" clause that governs the quotation, keeping "who" as the mention', () => {
    const text = 'The row drew a reaction from President Barack Obama, who called the nominee “unfit to serve” as president.';
    expect(quotesOf(text)[0]?.speaker).toMatchObject({ name: 'Barack Obama', mention: { text: 'who' } });
    const cue = 'Then there was the radio host Charlie Sykes, who lamented in an interview, "We have spent 20 years demonizing the media."';
    expect(quotesOf(cue)[0]?.speaker?.name).toBe('Charlie Sykes');
  });

  it('does not give a quotation to a "who" clause that has closed before it', () => {
    const text = 'Ted Cruz is praising Jeb Bush, who ended his bid for the White House on Saturday, as “a man who did not go to the gutter.”';
    expect(quotesOf(text)[0]?.speaker?.name).toBe('Ted Cruz');
  });

  it('does not continue a speaker across a sentence about another person', () => {
    const text = '"We need to step away from that," Mike Pence said on Sunday.\n\nSen. Bernie Sanders, who lost the primaries, identified young voters as a reason for hope. "The younger people are sick and tired of discrimination."';
    expect(quotesOf(text)[1]?.speaker?.name).toBe('Bernie Sanders');
  });

  it('reads past a cue inside the clause a report embeds to the report itself', () => {
    const text = 'Mary Smith spoke at the school. In law school, she said professors would argue her proposals were weak. "I think women face the risk of not being seen."';
    expect(quotesOf(text)[0]?.speaker).toMatchObject({ name: 'Mary Smith', sieve: 'previous-cue' });
  });

  it('takes no subject from inside an earlier quotation of the sentence', () => {
    // "Fla." ends no sentence for the splitter, so both quotations share one.
    const text = "Young voters backed her rival, often citing trust.\n\n''Bernie seemed to be more transparent than her,'' said Rachel Woolard, 20, of Jacksonville, Fla. ''She definitely has the stereotypical politician approach to things.''";
    expect(quotesOf(text).map((q) => q.speaker?.name)).toEqual(['Rachel Woolard', 'Rachel Woolard']);
  });

  it('does not take the subject of a verb inside an aside', () => {
    const text = 'Groups of protesters looped the streets around the stadium - where the Carolina Panthers played the Vikings - while chanting, "Hands up, don\'t shoot."';
    expect(quotesOf(text)[0]?.speaker?.name).not.toBe('Carolina Panthers');
  });

  it('resolves "it added" to the organization quoted just before, and not past a person', () => {
    const quotes = quotesOf('"The markets were calm," said Reuters. "Nobody sold," it added.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Reuters', 'Reuters']);
    const past = quotesOf('"The markets were calm," said Reuters. "I sold," Jane Doe said. "Nobody else did," it added.');
    expect(past[2]!.speaker?.name).toBe('it');
  });

  it('resolves "it added" to a document or an organization a description names', () => {
    const quotes = quotesOf('"The plant will close in May," the internal memo read. "Workers will be offered new posts," it added.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['internal memo', 'internal memo']);
    const person = quotesOf('"The plant will close in May," the plant manager said. "Workers will be offered new posts," it added.');
    expect(person[1]!.speaker?.name).toBe('it');
  });

  it('resolves "it" to the organization or document that is the subject before it', () => {
    const org = quotesOf('Still, the Business Council of British Columbia opposed an increase.\n\n"Keep the tax where it is," it recommended.');
    expect(org[0]!.speaker).toMatchObject({ name: 'Business Council of British Columbia', mention: { text: 'it' } });
    const memo = quotesOf('The memo, released by the committee, was sent on Thursday.\n\n"We tried you on the phone," it reads.');
    expect(memo[0]!.speaker?.name).toMatch(/memo/);
    // (A person who is the subject in between stops the search.)
    const person = quotesOf('The memo was sent on Thursday. Jane Doe read it aloud.\n\n"We tried you on the phone," it reads.');
    expect(person[0]!.speaker?.name).toBe('it');
  });

  it('resolves "they" to two names joined by "and", a group, or the source "according to" names', () => {
    const pair = quotesOf('Professors Nancy Foner and Richard Alba suggest the gap is narrow.\n\nIn the United States, they write, "to be religious is to be in sync with mainstream norms."');
    expect(pair[0]!.speaker).toMatchObject({ name: 'Nancy Foner and Richard Alba', entityId: null, mention: { text: 'they' } });
    const group = quotesOf('Senate Democrats blocked the bill because they said the language was a "poison pill."');
    expect(group[0]!.speaker?.name).toBe('Senate Democrats');
    const according = quotesOf('According to senior executives, the firm has paid a high price. They claim that the rival has "beaten them into guacamole" in retaliation.');
    expect(according[0]!.speaker?.name).toBe('senior executives');
  });

  it('names both people of a speaker mention that joins two names with "and", but not the end of a list', () => {
    const pair = quotesOf('Barack Obama and Hillary Clinton spoke in Ohio. When attacks happen, Obama and Clinton call them "lone wolves" and move on.');
    expect(pair[0]!.speaker).toMatchObject({ name: 'Barack Obama and Hillary Clinton', entityId: null, mention: { text: 'Obama and Clinton' } });
    const list = quotesOf('Stars came: Will Smith, Patti LaBelle and Stevie Wonder, who joked, "I have not seen it yet."');
    expect(list[0]!.speaker?.name).toBe('Stevie Wonder');
  });

  it('does not resolve "they" to the subject of a clause inside another, nor past a pair with no one name', () => {
    const relative = quotesOf('Voters reject the system that Republicans want. "The attacks show it," they conclude.');
    expect(relative[0]!.speaker?.name).not.toBe('Republicans');
    const pair = quotesOf('Police officers stood by the gate. Gomez and his partner came to the march. "We are not afraid," they said.');
    expect(pair[0]!.speaker?.name).toBe('they');
  });

  it('gives both parts of an interrupted quotation the same speaker', () => {
    const quotes = quotesOf('"We are interested," team member Rodaba Noori told the press, "to show that Afghan women can make robots too."');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Rodaba Noori', 'Rodaba Noori']);
  });

  it('resolves "he said" to the person named before', () => {
    const quotes = quotesOf('Masoud Pezeshkian spoke on Thursday.\n\n"We are open to talks," he said.');
    expect(quotes[0]!.speaker).toMatchObject({ name: 'Masoud Pezeshkian', mention: { text: 'he' } });
  });

  it('reaches back from where a long quotation opens for the pronoun that reports it, but not past another quotation', () => {
    const long = quotesOf('Hillary Clinton caused a stir when a voter asked if she might appoint Obama.\n\n"Wow. What a great idea. Nobody has ever suggested that to me. Wow. I love that. Wow. He may have other things to do. But that is a great idea," she replied.');
    expect(long[0]!.speaker?.name).toBe('Hillary Clinton');
    const past = quotesOf('Bill de Blasio disbanded the unit in April.\n\n"There is hatred like nobody has ever seen," the Republican candidate said in an interview.\n\n"We ought to start it up again. We ought to start it this morning. Get going. Use your head. This is nonsense. We ended that," he went on.');
    expect(past[1]!.speaker?.name).toBe('Republican candidate');
  });

  it('gives a person named only by a first name the gender of that name', () => {
    const quotes = quotesOf('Melanie watched the speech on television. Kevin was snoring on the couch.\n\n"It is finished," she said.');
    expect(quotes[0]!.speaker?.name).toBe('Melanie');
  });

  it('does not resolve "she" to a name in apposition to an object', () => {
    const text = 'Lynch has faced several controversies. She met Bill Clinton while the department was investigating his wife, Democratic nominee Hillary Clinton, over the server she used.\n\nShe said she was not aware of a backlash.\n\n"People tend not to say those things to the attorney general," she said.';
    expect(quotesOf(text)[0]!.speaker?.name).toBe('Lynch');
  });

  it('does not resolve "he" to the second of two coordinated objects', () => {
    const quotes = quotesOf('Don Fowler said a fight could lead to lobbying by loyalists to Joe Biden and Bernie Sanders.\n\n"This is a different time," he said.');
    expect(quotes[0]!.speaker?.name).toBe('Don Fowler');
    // ... but a name after "and" that a verb follows, past an apposition, is a subject.
    const subject = quotesOf('Trump spoke first. And Bernie Sanders, the senator from Vermont, said more.\n\n"This is a different time," he said.');
    expect(subject[0]!.speaker?.name).toBe('Bernie Sanders');
  });

  it('takes a gender from a kin noun before the name, but not from a relative with the same surname', () => {
    const widow = quotesOf('"The rationales do not hold," said 9/11 widow Terry Strada.\n\nShe continued, "We are asking for a day in court."');
    expect(widow[1]!.speaker?.name).toBe('Terry Strada');
    const daughter = quotesOf('Donald Trump spoke first. Trump thanked his daughter Ivanka Trump.\n\n"We will win," he said.');
    expect(daughter[0]!.speaker?.name).toBe('Donald Trump');
  });

  it('knows first names that are also common words ("Bill", "Hope")', () => {
    const bill = quotesOf('Former President Bill Clinton campaigned in Flint for his wife Hillary Clinton. "It does not make any sense," Clinton said.');
    expect(bill[0]!.speaker?.name).toBe('Bill Clinton');
    const hope = quotesOf('Trump spokesman Hope Hicks confirmed that the group was independent. "They are not affiliated with the campaign," she said.');
    expect(hope[0]!.speaker?.name).toBe('Hope Hicks');
  });

  it('lets a first name outweigh a "-man" title some papers give women, which still genders an unknown name', () => {
    const woman = quotesOf('White House spokesman Sarah Sanders spoke on Monday. "We have nothing to add," she said.');
    expect(woman[0]!.speaker?.name).toBe('Sarah Sanders');
    const man = quotesOf('Party chairman Reince Priebus spoke on Monday. "We have nothing to add," she said.');
    expect(man[0]!.speaker?.name).not.toBe('Reince Priebus');
  });

  it('gives a surname a family shares to the one named first, or to the one an honorific fits', () => {
    const cruz = quotesOf('Ted Cruz spoke in Iowa. His wife, Heidi Cruz, spoke later.\n\n"We will win this state," Cruz said.');
    expect(cruz[0]!.speaker?.name).toBe('Ted Cruz');
    const clinton = quotesOf('Hillary Clinton spoke first. Later Clinton left, and her husband Bill Clinton spoke.\n\n"We will win this state," Mr. Clinton said.');
    expect(clinton[0]!.speaker?.name).toBe('Bill Clinton');
  });

  it('continues the speaker into the next sentence of the same paragraph', () => {
    const quotes = quotesOf('"We won," said Jane Doe. "And we will win again."');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jane Doe', 'Jane Doe']);
    expect(quotes[1]!.speaker?.sieve).toBe('continuation');
  });

  it('reads a scare quote inside reported speech as the source\'s partial quotation', () => {
    const quotes = quotesOf('The anchor Jorge Ramos said he believes in journalism that “takes sides.” The crowd was large.');
    expect(quotes.map(brief)).toEqual([{ text: 'takes sides.', kind: 'partial', speaker: 'Jorge Ramos' }]);
    // outside any report it stays a scare quote
    expect(quotesOf('The crowd believed in journalism that “takes sides.”')[0]?.kind).toBe('nonspeech');
  });

  it('reads a lower-case modifier inside reported speech as the source\'s partial quotation, a name before a work noun not', () => {
    const quotes = quotesOf('The author Edward Klein said Hillary Clinton chaired the “let’s get Monica” committee.');
    expect(quotes.map(brief)).toEqual([{ text: 'let’s get Monica', kind: 'partial', speaker: 'Edward Klein' }]);
    expect(quotesOf('The author Edward Klein said the “maximum pressure” campaign failed.')[0]?.kind).toBe('nonspeech');
  });

  it('continues past a cue that belongs to the report of the first quotation', () => {
    const quotes = quotesOf('“It was very nice,” the tycoon Sheldon Adelson told Reuters when asked about the meeting. Trump leads the polls. “He was very charming.”');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Sheldon Adelson', 'Sheldon Adelson']);
  });
});

describe('kinds', () => {
  const table: [string, string, string][] = [
    ['a term before a noun', 'He revived his "maximum pressure" campaign.', 'nonspeech'],
    ['a title of a show', 'She told MSNBC\'s show "Morning Joe" that she was ready.', 'nonspeech'],
    ['a so-called term', 'The so-called "Buffett rule" was debated.', 'nonspeech'],
    ['a so called term, unhyphenated', 'The so called "Implementation Initiative" failed.', 'nonspeech'],
    ['a work named by "called"', 'They broadcast a short film called "Tenemos Familias" on Sunday.', 'nonspeech'],
    ['a characterization by "called" with its subject', 'He was charged with what lawmakers called "fraud" on Tuesday.', 'partial'],
    ['a name after "the name"', 'Wikinews spoke with a cosplayer going by the name "The Katherinator" outside.', 'nonspeech'],
    ['a characterization', 'He called the plan "one-sided" in a speech.', 'partial'],
    ['a fragment in reported speech', 'The officials said the meeting was "positive" overall.', 'partial'],
    ['a full sentence', 'He said: "We will never give up on this country."', 'speech'],
    ['a short clause of its own', '"We are done," she said.', 'speech'],
    ['a short term after a determiner', 'They debated the "Charleston loophole." Nothing changed.', 'nonspeech'],
    ['a show owned by a network', 'Sanders told MSNBC\'s "Morning Joe" that she was ready.', 'nonspeech'],
    ['a show title taking the sentence\'s period', 'She said so on CBS\'s "Face the Nation."', 'nonspeech'],
    ['a title holding a verb after "on"', 'The campaign emailed a video of Trump on "Meet the Press" to reporters.', 'nonspeech'],
    ['a term after "known as the"', 'It became known as the "Buffett rule" after the investor.', 'nonspeech'],
    ['a title before a two-word noun', 'Listeners called his "Keepin\' It Real" radio program to complain.', 'nonspeech'],
    ['a title with a period inside a sentence', 'Gingrich put it in his 1994 "Contract with America." It passed.', 'nonspeech'],
    ['a one-word show owned by a network', 'Trump told NBC\'s "Today" that he would win.', 'nonspeech'],
    ['a one-word title after a kind of work', 'He said he loved the movie "Spotlight" a lot.', 'nonspeech'],
    ['a title after its author', '"It is crazy," said Jon Meacham, the author of "Destiny and Power," a biography.', 'nonspeech'],
    ['a title after a preposition', 'Clinton said so in an interview with "Fox News Sunday." The talks went on.', 'nonspeech'],
    ['words as words', 'The document named the database differently, adding the words "and Emergency" to the name.', 'nonspeech'],
    ['a quoted verb after "the words" taking an object', 'He said the words "lump" the good Muslims with the bad.', 'partial'],
    ['the name of a policy after "of"', 'The officials said he pursued a policy of "maximum pressure" against Tehran.', 'nonspeech'],
    ['a characterization after "an act of"', 'He said, calling the attack an act of "radical Islamic terrorism."', 'partial'],
    ['one word asked', 'Alicia Powe wrote on the blog. "Blacklisted?" Nobody answered.', 'speech'],
    ['one word a cue reports', 'Christie gave a one word answer. "Denver," he answered.', 'speech'],
    ['a title-cased answer opening a sentence', 'She turned to him. "Donald Trump." Then she left.', 'speech'],
    ['a title-cased question', 'The judge then turned to me. "Mr. Smith?" I stood.', 'speech'],
    ['a name joined to a characterization', 'Trump called the pageant winner "Miss Piggy" and "Miss Housekeeping" in 1996.', 'partial'],
    ['a predicate carrying on the writer\'s sentence', 'Whitmore told reporters that the suspect "walked into the lobby of the station and turned himself in".', 'partial'],
    ['a predicate after a comma that closes a noun phrase', 'The document, which runs to 32 pages, "must be completed in English" within a month.', 'partial'],
    ['cut speech after a comma, an ellipsis opening it', 'Rathbun asserted that the officials, "... plied the detective with a grand conspiracy theory about the young man."', 'speech'],
    ['a clause with its own subject after the cue', 'Giannini said "a discussion table will be opened with the unions".', 'speech'],
    ['a term in a sentence whose cue no one is said to give', 'The council voted on the "green corridor" after residents complained.', 'nonspeech'],
    ['a fragment whose sentence names who gave it', 'By spring, dozens of "pop-up" clinics had opened, officials announced.', 'partial'],
    ['a sentence set off as the title of a commentary', 'Jane Roe\'s commentary, "Tell the city your story," is thoughtful.', 'nonspeech'],
    ['a title holding a possessive', 'She wrote the book "America\'s Hidden Rivers" in 2010.', 'nonspeech'],
    ['a show naming its host', 'He said the "Morning Joe" host was wrong.', 'nonspeech'],
    ['a fragment with its agent after "by"', 'The mayor said the "ugliness of the remarks," by the senator last week was shocking.', 'partial'],
    ['a clause reported after a comma outside the marks', 'The agency was angry. "Foolhardy provocation deserves harsh punishment", it added.', 'speech'],
    ['a nickname inside a name', 'The council said on Monday that Earvin "Magic" Johnson would speak.', 'nonspeech'],
    ['a nickname before a name', 'He won the South as the "Dixiecrat" Strom Thurmond had, officials said.', 'nonspeech'],
    ['a show someone told', '"We will win the state," the governor told "Good Day Ohio" on Monday.', 'nonspeech'],
    ['a show after "to"', 'Speaking to "Sunrise Report" on Friday, the mayor stayed calm.', 'nonspeech'],
    ['a title-cased name someone gives a person', 'The editor called the chancellor "The Conscience of Europe." She agreed.', 'partial'],
    ['a title-cased rating after a copula in a report', 'The fact-checkers concluded the claim was "Half True." It stood.', 'partial'],
    ['a title-cased rating a verb gives', 'The site rated both claims "Mostly False." It explained why.', 'partial'],
    ['a show after a hyphenated adjective holding a verb', 'The network said it was dropping the low-rated "Night Court." Fans were sad.', 'nonspeech'],
    ['a one-word title before the star of it', 'After the premiere, the "Starfall" star thanked the crew.', 'nonspeech'],
    ['a one-word title before a kind of work', 'The professor posted the "Perception" syllabus online and said so.', 'nonspeech'],
    ['a fragment someone referenced', 'The bank did not name the candidates, but it referenced "trade frictions" in its report.', 'partial'],
    ['a fragment after a verb the tagger reads as a noun', 'The senators call them "rogue actors" in every speech.', 'partial'],
    ['one word going on with the speech before it', 'Lopez was firm. "We will not back down," she said. "Never."', 'speech'],
    ['one word abbreviation-like going on with the speech before it', 'Lopez was brief. "We will not," she said. "No."', 'speech'],
    ['a one-word title after a sentence of speech by others', '"It was fun," she said. He wrote a novel called "Never."', 'nonspeech'],
  ];
  it.each(table)('%s', (_name, text, kind) => {
    expect(quotesOf(text).at(-1)?.kind).toBe(kind);
  });
});

describe('kinds of quotations in a row', () => {
  it('keeps a fragment joined to a characterization by "and" as sure as the first', () => {
    const quotes = quotesOf('The radio host, who has in the past described the mayor as "a reckless gambler" and "a civic arsonist" whose plans "will end in ruin," kept at it.');
    expect(quotes.map((q) => q.kind)).toEqual(['partial', 'partial', 'partial']);
  });

  it('reads an address opening an interrupted quotation as speech', () => {
    const quotes = quotesOf('I stood up. "Your Honor," I said, "I would like to be heard."');
    expect(quotes.map((q) => [q.kind, q.speaker?.mention?.text])).toEqual([['speech', 'I'], ['speech', 'I']]);
  });
  it('reads a headline credited to its writer as a title, and the excerpt after it as speech', () => {
    const quotes = quotesOf('ARTS—"Museum opens a new wing," by Post\'s Jane Roe: "The museum opened its doors on Friday."');
    expect(quotes.map((q) => q.kind)).toEqual(['nonspeech', 'speech']);
  });
});

describe.skipIf(!HAVE_SHARED)('hard cases from the shared corpus', () => {
  const article = (id: string) => readFileSync(join(SHARED, 'corpus', 'articles', `${id}.txt`), 'utf8');
  const at = (id: string, excerpt: string) => {
    const text = article(id);
    const offset = text.indexOf(excerpt);
    if (offset < 0) throw new Error(`excerpt not found in ${id}`);
    const quotes = quotesOf(text);
    return quotes.find((q) => q.start <= offset + excerpt.length && offset <= q.end)!;
  };
  it('joins a quotation running over two paragraphs and names its speaker', () => {
    const q = at('wn-2023-02-23-uk-asylum-questionnaire', 'People fleeing desperate circumstances');
    expect(q.text).toContain('\n');
    expect(q.text).toContain('unwieldy form');
    expect(q.speaker?.name).toBe('Caitlin Boswell');
  });
  it('keeps nested single quotes inside the outer quotation', () => {
    const q = at('wn-2005-06-29-amd-sues-intel', 'beaten them into');
    expect(q.text).toBe('beaten them into ‘guacamole’');
  });
  it('finds the speaker before, after and in the middle', () => {
    expect(at('wn-2014-08-16-asteroid-van-der-waals', 'I was expecting').speaker?.name).toBe('Ben Rozitis');
    expect(at('wn-2008-10-04-senate-bailout-vote', 'strengthen the economy').speaker?.name).toBe('Harry Reid');
    expect(at('wn-2009-04-19-cleopatra-tomb-search', 'this could be Mark Antony').speaker?.name).toBe('Zahi Hawass');
    expect(at('wn-2004-12-30-democrats-ask-gao-review', 'I also understand').speaker?.name).toBe('David Wu');
  });
  it('resolves pronoun speakers', () => {
    expect(at('wn-2023-02-23-uk-asylum-questionnaire', 'Labour has a common-sense plan').speaker?.name).toBe('Yvette Cooper');
    expect(at('wn-2008-10-04-senate-bailout-vote', "because it's the wrong medicine").speaker?.name).toBe('Marcy Kaptur');
  });
  it('keeps an editorial insertion inside the quotation', () => {
    expect(at('wn-2013-10-08-cfpb-complaints-shutdown', 'a Dem [Democratic Party] shutdown').text).toContain('[Democratic Party]');
  });
});

describe('owners of what is said', () => {
  it('gives a fragment in what a possessive conclusion, admission or suggestion reports to its owner', () => {
    for (const noun of ['conclusion', 'admission', 'suggestion']) {
      const [q] = quotesOf(`The vote was shaped by Director Lena Park's ${noun} that the agency's records were "badly kept." Nothing changed.`);
      expect(brief(q!)).toEqual({ text: 'badly kept.', kind: 'partial', speaker: 'Lena Park' });
    }
  });
});

describe('speakers from attributions', () => {
  it('gives a quotation inside reported content the source of the report', () => {
    const text = 'Many Japanese officials in the Defence Agency considered the intrusion an act of provocation and "showing off," as the submarine was a noisy model.';
    const r = analyze(text, { include: ['quotes', 'attributions'] });
    expectValidAnalysis(text, r);
    const q = r.quotes[0]!;
    expect(q.speaker?.name).toContain('Japanese officials');
    expect(q.speaker?.sieve).toBe('attribution');
    const a = r.attributions.find((x) => x.id === q.attributionId);
    expect(a?.source?.name).toBe(q.speaker?.name);
    expect(q.cue?.text).toBe(a?.cue?.text);
  });

  it('keeps the owner of a statement as the speaker when a report about the statement holds the quotation', () => {
    const text = 'Donald Trump spoke in Chicago. Politifact then ruled that Trump’s statement about “thousands of shootings” in Chicago is wrong.';
    const q = analyze(text, { include: ['quotes', 'attributions'] }).quotes[0]!;
    expect(q.speaker).toMatchObject({ name: 'Donald Trump', sieve: 'possessive-statement' });
  });

  it('gives a quotation in what a possessive statement reports its owner, in step with the attribution', () => {
    const text = 'Reporters checked Mayor Lindqvist’s claim that the city had “fully complied with every request” from the state.';
    const r = analyze(text, { include: ['quotes', 'attributions'] });
    const q = r.quotes[0]!;
    expect(q.speaker).toMatchObject({ name: 'Lindqvist', sieve: 'possessive-statement' });
    const a = r.attributions.find((x) => x.id === q.attributionId);
    expect(a?.source?.name).toBe(q.speaker?.name);
    expect(q.cue?.text).toBe(a?.cue?.text);
  });

  it('gives the same quotes with or without the other record kinds', () => {
    const { text, publishedAt } = seedArticle();
    expect(analyze(text, { publishedAt, include: ['quotes'] }).quotes).toEqual(analyze(text, { publishedAt }).quotes);
  });
});

describe('floating quotations', () => {
  it('gives a quotation with no cue the person the sentence before is about, and no one when it quotes', () => {
    const text = 'Chef Marta Oyelaran praised the governor’s handling of the floods.\n\n“We need someone who can cut through the noise and bring people together.”';
    const q = quotesOf(text)[0]!;
    expect(q.speaker?.name).toBe('Marta Oyelaran');
    expect(q.speaker?.sieve).toBe('previous-subject');
    const after = 'He said “the river rose” overnight.\n\n“Nobody expected it.”';
    expect(quotesOf(after)[1]?.speaker?.sieve).not.toBe('previous-subject');
  });

});

describe('participles after a quotation', () => {
  it('give the speaker of the sentence, not a pronoun inside the quotation', () => {
    const text = '“You’re right, we have a problem,” the senator said, adding that “some of the rules are ridiculous.”';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.speaker?.mention?.text)).toEqual(['the senator', 'the senator']);
  });
});

describe('speaker mentions', () => {
  const speakerOf = (text: string) => quotesOf(text).map((q) => ({ name: q.speaker?.name ?? null, mention: q.speaker?.mention?.text ?? null, cue: q.cue?.text ?? null }));

  it('does not name a descriptor by a description a copula gives with a relative clause', () => {
    const q = quotesOf('Rui Costa is a director who hates budgets. "It is wrong," the director said.');
    expect(q[0]?.speaker?.mention?.text).toBe('the director');
    expect(q[0]?.speaker?.name).not.toBe('Rui Costa');
  });

  it('reads "in the words of" like "according to", and names a descriptor by its apposition', () => {
    const text = 'The child was very ill, and in the words of the Crown prosecutor, Mark Tedeschi, "she spent months crying."';
    expect(speakerOf(text)).toEqual([{ name: 'Mark Tedeschi', mention: 'the Crown prosecutor', cue: 'in the words of' }]);
  });

  it('keeps a whole name the tagger read as a verb, and never a sentence-final period', () => {
    const text = 'By then "her skin was weeping," according to the Sydney Morning Herald. Results came later.';
    expect(speakerOf(text)[0]!.mention).toBe('the Sydney Morning Herald');
  });

  it('runs a mention over coordinated descriptors to the name', () => {
    const text = '"It is just history repeating itself," said former coach and former test player John Bracewell.';
    expect(speakerOf(text)).toEqual([{ name: 'John Bracewell', mention: 'former coach and former test player John Bracewell', cue: 'said' }]);
  });

  it('takes no speaker from the object of a participle after the quotation', () => {
    const text = 'The U.S. Department of Agriculture notes, "Ozone causes more damage to plants than all other pollutants combined," highlighting the importance of clean air.';
    expect(speakerOf(text)).toEqual([{ name: 'U.S. Department of Agriculture', mention: 'The U.S. Department of Agriculture', cue: 'notes' }]);
  });

  it('gives a floating quotation the person the sentence before is about, past a place in a title', () => {
    const text = 'Vice President of Taxpayers for Common Sense, Steve Ellis, offered his explanation for the earmarks added in. "People will forget about the cost of the whole bill."';
    expect(speakerOf(text)[0]!.name).toBe('Steve Ellis');
  });

  it('reads no cue in "so-called" and no speaker in a year', () => {
    const text = 'Clinton once described the so-called Trans-Pacific Partnership as "the gold standard" of deals. McConnell, who in 2010 said his goal was to make Obama a "one-term president," spoke.';
    expect(speakerOf(text).map((s) => s.name)).toEqual(['Clinton', 'McConnell']);
  });

  it('resolves "the Indiana governor" through an abbreviated title, and only to one from that place', () => {
    const text = 'Indiana Gov. Mike Pence spoke in Fort Wayne on Friday. Texas Gov. Greg Abbott spoke later.\n\nThe Indiana governor said the media are to blame for focusing on "every single tweet."';
    expect(speakerOf(text)[0]!.name).toBe('Mike Pence');
  });

  it('names the organization whose document speaks, but not the pollster for a poll', () => {
    expect(speakerOf('PC World\'s recent analysis of its own traffic concluded, "Usage is falling fast."')[0]!.name).toBe('PC World');
    expect(speakerOf('A Reuters poll found, "Most voters do not trust her."')[0]!.name).toBe('A Reuters poll');
  });

  it('resolves a descriptor to an earlier fuller one, but not a name to a common noun', () => {
    const text = 'Two Iranian officials met him. It took a long time. The officials said so, and the Times wrote it.';
    const article = buildArticle(text, { publishedAt: null, timezone: null }, () => {});
    const range = (phrase: string): [number, number] => {
      const start = text.indexOf(phrase);
      return [article.tokens.findIndex((t) => t.start === start), article.tokens.findIndex((t) => t.end === start + phrase.length) + 1];
    };
    const entities = emptyEntityIndex(article);
    expect(resolveSpeaker(article, entities, range('The officials'), 'test').name).toBe('Two Iranian officials');
    expect(resolveSpeaker(article, entities, range('the Times'), 'test').name).toBe('Times');
  });

  it('resolves "the team" to an earlier team only when that one says as much', () => {
    const text = 'An Afghan team arrived on Monday. The Syrian refugee team listed their country as "Hope" on their shirts.';
    expect(speakerOf(text)[0]!.name).toBe('Syrian refugee team');
  });
});

describe('cues later in the sentence', () => {
  it('takes no object of a later cue for the speaker, only a name after an inverted one', () => {
    const object = 'Bush referred to Rubio as “a bright, charismatic leader” but described his leadership skills as weak.';
    expect(quotesOf(object)[0]!.speaker?.name).toBe('Bush');
    const inverted = '“For teachers, he is saying the right things” about fixing inequality, said Marla Kilfoyle, a union leader.';
    expect(quotesOf(inverted)[0]!.speaker?.name).toBe('Marla Kilfoyle');
  });
});

describe('pronoun speakers tied to no name', () => {
  it('gives an unresolved "he" the speaker of the quotation before it, unless the gender says otherwise', () => {
    const descriptor = '"The program worked," the Republican presidential candidate said in an interview on Thursday.\n\n"We ought to start it up again," he went on.';
    expect(quotesOf(descriptor).map((q) => q.speaker?.name)).toEqual(['Republican presidential candidate', 'Republican presidential candidate']);
    const other = '"The program worked," Senator Maria Delgado said on Thursday.\n\n"We ought to start it up again," he said.';
    expect(quotesOf(other).map((q) => q.speaker?.name)).toEqual(['Maria Delgado', 'he']);
  });
});

describe('quotations in a title-case headline', () => {
  const body = (who: string) => `\n\n${who} criticized the Harbor Authority on Tuesday. The senator said the port plan was reckless and promised to fight it.`;

  it('reads a verb of reaction after "she" as the cue, whatever its tag', () => {
    const text = 'Dorothy Woods shared her belief.\n\n“The way I see it,” she elaborated, “no one questioned it.”';
    expect(quotesOf(text)[0]!.cue?.text).toBe('elaborated');
  });

  it('takes no day or date an attribution read as its source for a speaker', () => {
    const date = quotesOf('The ideas lasted. Here’s Clinton in December 1992: “Our new direction must rest on the new realities of global competition.”');
    expect(date[0]!.speaker?.name ?? '').not.toMatch(/1992/);
    const day = quotesOf('Nurses backed him. It is such a presence that Sanders during a Sunday thanked its members “for their support in my campaign.”');
    expect(day[0]!.speaker?.name ?? '').not.toMatch(/Sunday/);
  });

  it('does not resolve "he told X" to X', () => {
    const text = 'Sean Hannity interviewed Donald Trump at a rally. Hannity asked Trump how high the wall would be.\n\n"It could be 35 feet," he told Hannity.';
    expect(quotesOf(text)[0]!.speaker?.name).toBe('Donald Trump');
  });

  it('gives an unresolved "he" no group as the speaker of the quotation before it', () => {
    const text = 'The rally went on.\n\n"Who will pay for it?"\n\n"Mexico!" the audience screamed back.\n\n"It could be higher," he told reporters.';
    const quotes = quotesOf(text);
    expect(quotes[1]!.speaker?.name).toBe('audience');
    expect(quotes[2]!.speaker?.name).not.toBe('audience');
  });

  it('gives a headline quotation the name the headline opens with, past a verb the tagger took for a name', () => {
    const text = `Maria Delgado Slams Harbor Authority, Calls Port Plan ‘Foolish’${body('Senator Maria Delgado')}`;
    expect(quotesOf(text).map(brief)[0]).toEqual({ text: 'Foolish', kind: 'partial', speaker: 'Maria Delgado' });
  });

  it('reads the name opening the headline before a colon, and the person a role names rather than the name modifying the role', () => {
    const colon = `Maria Delgado Hits Back At Harbor Authority: ‘We Will Not Let This Plan Go Through’${body('Senator Maria Delgado')}`;
    expect(quotesOf(colon)[0]!.speaker?.name).toBe('Maria Delgado');
    const role = `Delgado Challenger Tom Okafor Calls Port Plan ‘A Gift To The Town’\n\nTom Okafor, who is running against Senator Maria Delgado, praised the Harbor Authority on Tuesday.`;
    expect(quotesOf(role)[0]!.speaker?.name).toBe('Tom Okafor');
  });

  it('reads no title of a work into capitals that every headline word has', () => {
    const kinds = (headline: string) => quotesOf(`${headline}${body('Senator Maria Delgado')}`).map((q) => q.kind);
    expect(kinds('Maria Delgado Says Port Plan ‘Reeks of Fear.’')).toEqual(['partial']);
    expect(kinds('Maria Delgado: ‘This Plan Cannot Go Through.’')).toEqual(['speech']);
  });

  it('gives a headline quotation the speaker the body gives the same words', () => {
    const text = 'Angry harbor workers: ‘This plan will not go through’\n\n"This plan will not go through," Senator Maria Delgado said on Tuesday.';
    expect(quotesOf(text).map((q) => q.speaker?.name)).toEqual(['Maria Delgado', 'Maria Delgado']);
  });

  it('leaves a headline quotation to a cue later in the headline', () => {
    const text = `Delgado ‘The Fixer’ Could Save The Port Plan, Tom Okafor Says${body('Senator Maria Delgado')} Tom Okafor, her rival, praised her on Wednesday.`;
    expect(quotesOf(text)[0]!.speaker?.name).toBe('Tom Okafor');
  });

  it('gives a quotation no headline speaker when the headline opens with no name', () => {
    const text = `Harbor Workers Rip Maria Delgado Over ‘Foolish’ Remarks${body('Senator Maria Delgado')}`;
    expect(quotesOf(text)[0]!.speaker?.name).not.toBe('Maria Delgado');
  });
});

describe('subheads set in quotation marks', () => {
  const text = [
    'Factory to close in Ohio',
    'The plant will close in May, the company said on Monday.',
    '"It was time," said Tom Baker, a welder there. "We all knew."',
    "'A really tough choice.'",
    'Maria Lopez, the plant manager, defended the move. "This was a really tough choice for all of us," she said.',
  ].join('\n\n');

  it('gives a subhead the speaker of the body quotation it was pulled from, not the one before it', () => {
    const quotes = quotesOf(text);
    const subhead = quotes.find((q) => q.text.startsWith('A really'))!;
    expect(subhead.speaker?.name).toBe('Maria Lopez');
    expect(quotes.find((q) => q.text.startsWith('It was'))!.speaker?.name).toBe('Tom Baker');
  });

  it('leaves a paragraph that is a quotation no one repeats as it was', () => {
    const alone = text.replace("'A really tough choice.'", "'Nobody saw this coming.'");
    expect(quotesOf(alone).find((q) => q.text.startsWith('Nobody'))!.speaker?.name).not.toBe('Maria Lopez');
  });
});
