import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/text/segment.js';

const read = (text: string) => buildArticle(text, { publishedAt: null, timezone: null }, () => {});
const sentencesOf = (text: string): string[] => read(text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentence boundaries in news text', () => {
  const table: [string, string, string[]][] = [
    ['abbreviation inside a sentence', 'The U.S. Embassy was taken in 1979. It was a crisis.', ['The U.S. Embassy was taken in 1979.', 'It was a crisis.']],
    ['abbreviation ending a sentence', 'She lives in the U.S. Her brother does not.', ['She lives in the U.S.', 'Her brother does not.']],
    ['titles', 'Gen. Mark Milley spoke to Mr. Jones. Dr. Oz left.', ['Gen. Mark Milley spoke to Mr. Jones.', 'Dr. Oz left.']],
    ['month abbreviation before a day', 'On Jan. 5, Sen. Warren said no. Dr. Oz left.', ['On Jan. 5, Sen. Warren said no.', 'Dr. Oz left.']],
    ['a title whose period the tokenizer splits off', 'The Rev. Al Sharpton spoke. Sens. Cruz and Rubio left.', ['The Rev. Al Sharpton spoke.', 'Sens. Cruz and Rubio left.']],
    ['initials', 'J.P. Morgan rose. Prof. R. J. Smith agreed.', ['J.P. Morgan rose.', 'Prof. R. J. Smith agreed.']],
    ['quotation closing after the period', 'He said it would not "occur." Musk, who was there, left.', ['He said it would not "occur."', 'Musk, who was there, left.']],
    ['curly quotation closing after the period', 'It was “a disgrace.” The senator left.', ['It was “a disgrace.”', 'The senator left.']],
    ['question inside a quote before the cue', '"Really?" she asked. He nodded.', ['"Really?" she asked.', 'He nodded.']],
    ['dateline', 'WASHINGTON (AP) — The Senate voted on Tuesday. It passed.', ['WASHINGTON (AP) — The Senate voted on Tuesday.', 'It passed.']],
    ['wire dateline with date', 'NEW YORK, Nov. 14 (Reuters) - Stocks fell. Bonds rose.', ['NEW YORK, Nov. 14 (Reuters) - Stocks fell.', 'Bonds rose.']],
    ['a short word read as an abbreviation before a quotation', 'Earmarks were added in. "People will forget," he said.', ['Earmarks were added in.', '"People will forget," he said.']],
    ['a short abbreviation before a quotation opened by two apostrophes', "''It was fine,'' said Ann Lee of Jacksonville, Fla. ''She has the approach.''", ["''It was fine,'' said Ann Lee of Jacksonville, Fla.", "''She has the approach.''"]],
    ['decimals', 'The rate was 3.5 percent. It was 4.2 percent in 2019.', ['The rate was 3.5 percent.', 'It was 4.2 percent in 2019.']],
    ['times', 'It rose at 10:30 a.m. Tuesday. Then at 5 p.m. The crowd left.', ['It rose at 10:30 a.m. Tuesday.', 'Then at 5 p.m.', 'The crowd left.']],
    ['party-state abbreviation in brackets', 'Sen. Mitch McConnell (R-Ky.) said it was good. Others disagreed.', ['Sen. Mitch McConnell (R-Ky.) said it was good.', 'Others disagreed.']],
    ['company suffix mid-sentence', 'The company, Acme Inc., said it would grow. Analysts disagreed.', ['The company, Acme Inc., said it would grow.', 'Analysts disagreed.']],
    ['quoted sentence then cue', '"We won," he said. "It was great."', ['"We won," he said.', '"It was great."']],
    ['full stop in a quotation, then a cue with a clause of its own', 'He said the probe is “ongoing.” He said the FBI has not commented.', ['He said the probe is “ongoing.”', 'He said the FBI has not commented.']],
    ['full stop in a quotation, then a cue introducing another quotation', 'He said “men should not go.” Cruz says, “That is reasonable.”', ['He said “men should not go.”', 'Cruz says, “That is reasonable.”']],
    ['exclamation in a quotation, then a possessive subject with an apposition holding a nickname', '"What a day for Ann Lee!" Lee\'s niece, state Sen. Mary "Mo" Price (D-Richmond), shouted to the crowd. "We have her back."', ['"What a day for Ann Lee!" Lee\'s niece, state Sen. Mary "Mo" Price (D-Richmond), shouted to the crowd.', '"We have her back."']],
    ['exclamation in a quotation, then a possessive subject of another verb', '"Stop!" Lee\'s car was already gone. Then he left.', ['"Stop!"', 'Lee\'s car was already gone.', 'Then he left.']],
    ['full stop in a quotation, then a bare cue', '“It is fine.” Jones said on Tuesday. No more.', ['“It is fine.” Jones said on Tuesday.', 'No more.']],
    ['ellipsis', 'Trump said... and then nothing. Later, more.', ['Trump said... and then nothing.', 'Later, more.']],
    ['money and versus', 'He earned $1.5 million vs. $2 million in 2019. No.', ['He earned $1.5 million vs. $2 million in 2019.', 'No.']],
    ['line breaks end paragraphs and sentences', 'Headline without a stop\nThe body starts here. It goes on.', ['Headline without a stop', 'The body starts here.', 'It goes on.']],
  ];
  it.each(table)('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('article model', () => {
  it('paragraphs are separated by line breaks, single or blank', () => {
    const text = 'One. Two.\nThree.\n\n  Four.\r\nFive.';
    const article = read(text);
    expect(article.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['One. Two.', 'Three.', 'Four.', 'Five.']);
    expect(article.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2, 3]);
  });

  it('tokens carry exact UTF-16 offsets, even around emoji and combining marks', () => {
    const text = 'Café 👍🏽 said e\u0301 “yes.”';
    const article = read(text);
    for (const t of article.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(article.tokens.map((t) => t.text)).toContain('said');
  });

  it('tags parts of speech', () => {
    const article = read('Elon Musk met the ambassador on Monday.');
    const pos = Object.fromEntries(article.tokens.map((t) => [t.text, t.pos]));
    expect(pos.Musk).toBe('PROPN');
    expect(pos.met).toBe('VERB');
  });

  it('is immutable', () => {
    const article = read('A sentence.');
    expect(Object.isFrozen(article)).toBe(true);
    expect(Object.isFrozen(article.tokens)).toBe(true);
  });

  it('keeps a pathological unbroken run as one token without slowing down', () => {
    const text = `Start ${'x'.repeat(200_000)} end.`;
    const article = read(text);
    expect(article.tokens.map((t) => t.text.length)).toEqual([5, 200_000, 3, 1]);
  });

  it('maps tokens around characters the tagger drops', () => {
    const text = 'a\u2028line\ufeffb c\fd';
    const article = read(text);
    for (const t of article.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(article.tokens.map((t) => t.text).join('|')).toBe('a|line|b|c|d');
  });
});

describe('tokens', () => {
  it('keeps an abbreviated title whole where wink splits its period off', () => {
    const text = 'The Rev. Al Sharpton met Msgr. Jones, Sens. Cruz and Supt. Ray.';
    const words = read(text).tokens.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Rev.', 'Msgr.', 'Sens.', 'Supt.']));
    expect(words.slice(-2)).toEqual(['Ray', '.']);
  });
});
