import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/text/quotations.js';

const quotes = (text: string) => {
  const warnings: string[] = [];
  const found = findQuotations(text, (code) => warnings.push(code));
  return { contents: found.filter((q) => !q.nested).map((q) => text.slice(q.start, q.end)), all: found, warnings };
};

describe('quotation-mark pairing', () => {
  const table: [string, string, string[]][] = [
    ['straight doubles', 'He said "yes" and "no."', ['yes', 'no.']],
    ['curly doubles', 'It was “positive” and “good news.”', ['positive', 'good news.']],
    ['guillemets, French', 'Il a dit « bonjour » hier.', [' bonjour ']],
    ['guillemets, German', 'Er sagte »Hallo« gestern.', ['Hallo']],
    ['low-9', 'Er sagte „Hallo“ gestern.', ['Hallo']],
    ['two curly singles as a double mark', 'She asked a “question’’ and he said ‘‘no’’ twice. Don’t.', ['question', 'no']],
    ['two apostrophes as a double mark', "Bush said, ``I did not come away with any feeling of hope'' that Iraq", ['I did not come away with any feeling of hope']],
    ['single quotes as primary marks', "The minister called it 'one-sided' and 'unfair'.", ['one-sided', 'unfair']],
    ['interrupted quotation', '"We won," he said, "and we will win again."', ['We won,', 'and we will win again.']],
    ['quote closing after the period', 'It would not "occur." Musk, who was there, left.', ['occur.']],
  ];
  it.each(table)('%s', (_name, text, expected) => {
    expect(quotes(text).contents).toEqual(expected);
  });

  it('tells apostrophes from single quotes', () => {
    const text = "Don't say the '90s students' rock 'n' roll was O'Brien's.";
    expect(quotes(text).all).toEqual([]);
  });

  it('closes a single quotation ending in "s" where no later mark could, and keeps plural possessives', () => {
    expect(quotes('Scripture urges us to ‘expose the works of darkness’ (Ephesians 5:11) and the only ‘walls’ are old.').contents).toEqual(['expose the works of darkness', 'walls']);
    expect(quotes('Beck quotes it to urge Indiana to shun ‘Boasters’ and ‘Blasphemers’ like him.').contents).toEqual(['Boasters', 'Blasphemers']);
    expect(quotes("‘The workers’ rights come first,’ she said, citing the Khans’ son.").contents).toEqual(['The workers’ rights come first,']);
  });

  it('keeps single quotes inside a double quotation as nested content', () => {
    const text = "\"They say, 'If you give me a tax break, I'll go along'\".";
    const r = quotes(text);
    expect(r.contents).toEqual(["They say, 'If you give me a tax break, I'll go along'"]);
    expect(r.all.filter((q) => q.nested).map((q) => text.slice(q.start, q.end))).toEqual(["If you give me a tax break, I'll go along"]);
  });

  it('keeps curly singles nested in straight doubles', () => {
    const text = 'He had "beaten them into ‘guacamole’" before.';
    expect(quotes(text).contents).toEqual(['beaten them into ‘guacamole’']);
  });

  it('nests curly doubles once inside a curly double quotation', () => {
    const text = '“I’d rather live in what he calls “hell” than live in that world,” she wrote. He said “no” and “yes.”';
    const r = quotes(text);
    expect(r.contents).toEqual(['I’d rather live in what he calls “hell” than live in that world,', 'no', 'yes.']);
    expect(r.all.filter((q) => q.nested).map((q) => text.slice(q.start, q.end))).toEqual(['hell']);
    expect(r.warnings).toEqual([]);
  });

  it('nests the other family of double marks inside a quotation', () => {
    const text = 'She stated: "Justice isn’t about “Equal Justice Under Law” anymore. It is about power."\n\n“He said "no" to me,” she wrote.';
    const r = quotes(text);
    expect(r.contents).toEqual(['Justice isn’t about “Equal Justice Under Law” anymore. It is about power.', 'He said "no" to me,']);
    expect(r.all.filter((q) => q.nested).map((q) => text.slice(q.start, q.end))).toEqual(['Equal Justice Under Law', 'no']);
    expect(r.warnings).toEqual([]);
  });

  it('joins a quotation reopened at the start of the next paragraph', () => {
    const text = 'She said: “First paragraph of the quote.\n\n“Second paragraph,” she added.';
    const r = quotes(text);
    expect(r.contents).toEqual(['First paragraph of the quote.\n\n“Second paragraph,']);
    expect(r.all[0]!.reopens.map((s) => s.text)).toEqual(['“']);
    expect(r.warnings).toEqual([]);
  });

  it('does not let a paragraph opening with the other family of marks reopen a quotation', () => {
    // An excerpt set in straight marks, one paragraph of it opening with a curly quotation.
    const text = 'The paper reported:\n\n"Kevin was snoring.\n\n“Here he is, babe,” she said. “Donald’s here.”';
    const r = quotes(text);
    expect(r.contents).toEqual(['Kevin was snoring.', 'Here he is, babe,', 'Donald’s here.']);
    expect(r.warnings).toEqual(['UNCLOSED_QUOTATION']);
  });

  it('joins a quotation that runs on into a paragraph without reopening', () => {
    const text = 'He said: "It started here.\nAnd it ends here." Then he left.';
    expect(quotes(text).contents).toEqual(['It started here.\nAnd it ends here.']);
  });

  it('ends an unclosed quotation with its paragraph and warns', () => {
    const text = 'He said "this never closes.\nA new paragraph, with "a quote" in it.';
    const r = quotes(text);
    expect(r.contents).toEqual(['this never closes.', 'a quote']);
    expect(r.warnings).toContain('UNCLOSED_QUOTATION');
  });

  it('never lets an unclosed quotation at the start swallow the article', () => {
    const text = `"Opening words without an end.\n${'Plain paragraph here.\n'.repeat(50)}Last "real" quote.`;
    const r = quotes(text);
    expect(r.contents[0]).toBe('Opening words without an end.');
    expect(r.contents).toContain('real');
  });

  it('takes single marks as the primary ones where doubles nest in them or they open a paragraph', () => {
    const text = 'Starmer attacked the plan.\n\n‘We called it “a disaster” at the time, and nothing since then has changed that view of ours at all,’ he said. He left.\n\n‘The government has failed working families again and again, and it knows that it has,’ he added.';
    const r = quotes(text);
    expect(r.contents).toEqual([
      'We called it “a disaster” at the time, and nothing since then has changed that view of ours at all,',
      'The government has failed working families again and again, and it knows that it has,',
    ]);
    expect(r.all.find((q) => text.slice(q.start, q.end) === 'a disaster')?.nested).toBe(true);
  });

  it('joins a single-quoted quotation reopened at the start of the next paragraph', () => {
    const text = 'Starmer spoke in Leeds.\n\n‘We have watched this government fail again. It has no plan.\n\n‘The country deserves better,’ he said.';
    const r = quotes(text);
    expect(r.contents).toEqual(['We have watched this government fail again. It has no plan.\n\n‘The country deserves better,']);
    expect(r.all[0]!.reopens.map((m) => m.text)).toEqual(['‘']);
  });

  it('opens a quotation at a reversed mark that starts a paragraph, even with a space after it', () => {
    const text = 'Barabak noted the debate.\n\n” … he was calm and polished,” Barabak wrote. Then he left.”';
    const r = quotes(text);
    expect(r.contents).toEqual(['… he was calm and polished,']);
    expect(r.warnings).toEqual(['STRAY_QUOTE_MARK']);
  });

  it('warns about a stray closing mark', () => {
    expect(quotes('An odd ” mark.').warnings).toEqual(['STRAY_QUOTE_MARK']);
  });

  it('pairs a run of 200,000 marks', () => {
    const r = quotes('"'.repeat(200_000));
    for (const q of r.all) expect(q.end).toBeGreaterThanOrEqual(q.start);
  });
});
