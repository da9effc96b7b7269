import { describe, expect, it } from 'vitest';
import { analyze, type Claim } from '../../src/index.js';
import { expectValidAnalysis, seedArticle } from '../helpers/analysis.js';

const run = (text: string, publishedAt: string | null = null) => {
  const r = analyze(text, { publishedAt, include: ['claims', 'attributions'] });
  expectValidAnalysis(text, r);
  return r;
};
const claimsOf = (text: string) => run(text).claims;
const containing = (claims: Claim[], words: string) => claims.filter((c) => c.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0];

describe('claims of the seed article', () => {
  const { text, publishedAt } = seedArticle();
  const r = run(text, publishedAt);

  it('reads the $200 million as an approximate quantity claim in the article\'s voice', () => {
    const c = containing(r.claims, 'pumped an estimated $200 million through his political action committee');
    expect(c).toBeDefined();
    expect(c).toMatchObject({ type: 'quantity', attributionId: null, commitment: 'hedged' });
    expect(c!.hedges).toEqual([expect.objectContaining({ kind: 'approximator', text: 'an estimated' })]);
    expect(c!.quantities).toEqual([expect.objectContaining({ text: '$200 million', value: 200_000_000, unit: 'USD', approximate: true })]);
    expect(c!.checkworthiness).toBeGreaterThanOrEqual(0.5);
  });

  it('reads the uranium enrichment clause the same way', () => {
    const c = containing(r.claims, 'which now enriches uranium to near weapons-grade levels');
    expect(c).toMatchObject({ attributionId: null, commitment: 'hedged' });
    expect(c!.hedges.map((h) => h.kind)).toContain('approximator');
    expect(c!.checkworthiness).toBeGreaterThanOrEqual(0.5);
  });

  it('attributes the meeting to the two Iranian officials', () => {
    const c = containing(r.claims, "Musk on Monday met with Iran's ambassador");
    const a = r.attributions.find((x) => x.id === c?.attributionId);
    expect(a?.source?.text).toBe('two Iranian officials');
    expect(c!.commitment).toBe('reported');
  });

  it('reads the vow as a reported prediction', () => {
    const c = containing(r.claims, 'Trump has reportedly vowed to reinstitute');
    expect(c).toMatchObject({ type: 'prediction', commitment: 'reported' });
    expect(c!.hedges.map((h) => h.text)).toContain('reportedly');
  });

  it('makes no claim of the credit line', () => {
    expect(r.claims.some((c) => c.text.includes('Information from the Associated Press'))).toBe(false);
  });
});

describe('what is not a claim', () => {
  it.each([
    ['a question', 'Did the minister know about the payments before the election?'],
    ['a greeting', 'Good evening and welcome to the debate.'],
    ['thanks', 'Thank you very much for having me tonight.'],
    ['a command', 'Please join us in welcoming the candidates.'],
    ['a fragment', 'Ten years on.'],
    ['a participle phrase', 'Citing specific cases in Ohio, Florida and North Carolina.'],
  ])('%s', (_, text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('hedges', () => {
  const hedges = (text: string) => claimsOf(text).flatMap((c) => c.hedges.map((h) => `${h.kind}:${h.text}`));
  it('finds modal, evidential, approximator and weasel hedges', () => {
    expect(hedges('The company may cut about 500 jobs next year.')).toEqual(['modal:may', 'approximator:about']);
    expect(hedges('The senator allegedly took bribes from a contractor.')).toEqual(['evidential:allegedly']);
    expect(hedges('The rebels are said to control the northern border crossings.')).toEqual(['evidential:are said to']);
    expect(hedges('Some say the tax will raise prices for families.')).toEqual(['weasel:Some say']);
    expect(hedges('It is widely believed that the dam was poorly built.')).toEqual(['weasel:It is widely believed']);
  });
  it('does not read places or months as hedges', () => {
    expect(hedges('The factory near Lyon opened in May with 40 workers.')).toEqual([]);
  });
});

describe('quantities', () => {
  const quantities = (text: string) => claimsOf(text).flatMap((c) => c.quantities.map((q) => [q.text, q.value, q.unit, q.approximate]));
  it('reads money, percentages, counts and word numbers', () => {
    expect(quantities('Unemployment fell to 4.1% as the state added 25,000 jobs and three hospitals.')).toEqual([
      ['4.1%', 4.1, 'percent', false],
      ['25,000', 25000, 'jobs', false],
      ['three', 3, 'hospitals', false],
    ]);
  });
  it('reads multipliers, currency names and bounds', () => {
    expect(quantities('The fund lost nearly 2 billion euros, more than twenty-five percent of its value.')).toEqual([
      ['2 billion euros', 2e9, 'EUR', true],
      ['twenty-five percent', 25, 'percent', true],
    ]);
  });
  it('leaves years and dates to the date stage', () => {
    expect(quantities('The treaty was signed in 1994 and renewed on March 3, 2010.')).toEqual([]);
  });
});

describe('types and commitment', () => {
  const first = (text: string) => claimsOf(text)[0]!;
  it('types predictions, causes, rules and personal experience', () => {
    expect(first('The central bank will raise interest rates again in March.').type).toBe('quantity');
    expect(first('The governor will sign the measure on Friday.').type).toBe('prediction');
    expect(first('The flooding was caused by a blocked drainage channel.').type).toBe('causal');
    expect(first('The new law bans the sale of flavored tobacco to minors.').type).toBe('rule');
    expect(first('I worked in that mine for twelve years as a young man.').type).toBe('quantity');
    expect(first('I grew up in a house without running water.').type).toBe('personal_experience');
  });
  it('reads negation and assertion', () => {
    expect(first('The minister did not attend the summit in Brussels.').commitment).toBe('negated');
    expect(first('The minister attended the summit in Brussels.').commitment).toBe('asserted');
  });
  it('scores a specific quantitative statement above small talk', () => {
    const specific = first('The state spent $4.2 billion on Medicaid last year, up 12 percent.');
    const vague = first('We are very happy to be here with all of you.');
    expect(specific.checkworthiness).toBeGreaterThan(vague.checkworthiness);
  });
});

describe('claims under a raising verb', () => {
  it('keeps "X appeared to ..." as the article\'s own hedged claim, not an unnamed source\'s', () => {
    const text = 'Last Thursday, Pezeshkian appeared to remain open to talks with Washington.';
    const claims = analyze(text, { include: ['claims'] }).claims;
    const c = claims.find((x) => x.text.includes('remain open'));
    expect(c?.commitment).toBe('hedged');
    expect(c?.attributionId).toBeNull();
  });
});

