import { describe, expect, it } from 'vitest';
import { prf } from './score/prf.js';
import { quoteSegments } from './score/quotes.js';
import { averagePrecision, rocAuc } from './score/ranking.js';
import { exactSimilarity, jaccard, matchRanges, overlapSimilarity, scoreRanges, trimRange } from './score/spans.js';
import { countTimexes, scoreTimexCounts } from './score/timex.js';
import { goldQuotes, namesMatch } from './tasks/quotes.js';
import { scoreClusters } from './tasks/entities.js';
import { readSpeakerGold, speakerRight } from './tasks/speakers.js';

describe('span scoring', () => {
  const gold = [{ start: 0, end: 5 }, { start: 10, end: 20 }, { start: 30, end: 35 }];
  it('a perfect system scores 100', () => {
    expect(scoreRanges(gold, gold, exactSimilarity, 1)).toMatchObject({ p: 100, r: 100, f1: 100 });
  });
  it('counts exact matches one-to-one', () => {
    const pred = [{ start: 0, end: 5 }, { start: 0, end: 5 }, { start: 11, end: 20 }];
    const s = scoreRanges(pred, gold, exactSimilarity, 1);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 2, 2]);
    expect(s.p).toBeCloseTo(100 / 3);
  });
  it('matches by overlap and by Jaccard threshold', () => {
    const pred = [{ start: 12, end: 25 }, { start: 34, end: 50 }];
    expect(scoreRanges(pred, gold, overlapSimilarity, 1e-12).tp).toBe(2);
    expect(jaccard({ start: 12, end: 25 }, { start: 10, end: 20 })).toBeCloseTo(8 / 15);
    expect(scoreRanges(pred, gold, jaccard, 0.5).tp).toBe(1);
  });
  it('prefers the better of two candidate pairings', () => {
    const pairs = matchRanges([{ start: 0, end: 10 }], [{ start: 0, end: 3 }, { start: 0, end: 9 }], jaccard, 0.1);
    expect(pairs).toEqual([[0, 1]]);
  });
  it('trims punctuation, marks and spaces at the edges only', () => {
    const t = ' “Hello, world.” ';
    expect(t.slice(...Object.values(trimRange(t, { start: 0, end: t.length })) as [number, number])).toBe('Hello, world');
  });
  it('prf handles empty sets', () => {
    expect(prf(0, 0, 0)).toMatchObject({ p: 0, r: 0, f1: 0 });
  });
});

describe('gold quote segments', () => {
  const seg = (t: string) => quoteSegments(t, 0, t.length).map((r) => t.slice(r.start, r.end));
  it('pairs straight, curly and double-apostrophe marks', () => {
    expect(seg('He said "yes" and “no” and ``maybe\'\' too.')).toEqual(['yes', 'no', 'maybe']);
    expect(seg("Then ''this isn't it,'' he said.")).toEqual(["this isn't it,"]);
    expect(seg('”Reversed marks” are seen too.')).toEqual(['Reversed marks']);
    // A reversed mark opening a line opens even with a space after it.
    expect(seg('Barabak noted:\n” … he was calm,” he wrote.')).toEqual([' … he was calm,']);
  });
  it('keeps nested quotes inside the outer one', () => {
    expect(seg('"I said “stop” twice," he said.')).toEqual(['I said “stop” twice,']);
  });
  it('continues a quotation reopened in the next paragraph', () => {
    expect(seg('“First part.\n“Second part.”')).toEqual(['First part.\n“Second part.']);
  });
  it('runs an unclosed quotation to the end of the range', () => {
    expect(seg('She said “it never ends')).toEqual(['it never ends']);
  });
  it('lets spacing close a quotation where an article mixes mark families', () => {
    expect(seg('“Roads are crumbling," she said. "Grids fail.”')).toEqual(['Roads are crumbling,', 'Grids fail.']);
    expect(seg('it is “the best“ and “the rest”')).toEqual(['the best', 'the rest']);
    expect(seg('“He said "no" to me,” she said.')).toEqual(['He said "no" to me,']);
  });
});

describe('gold quote units', () => {
  it('widens a content whose edge cuts a two-apostrophe mark in half', () => {
    const text = "He said. ''We should go,'' Mr. Lee said.";
    const start = text.indexOf("We") - 1; // the content starts at the second apostrophe
    const end = text.indexOf(' Mr.') - 1; // and ends after the first closing one
    const fragment = { start, end };
    const doc = { id: 'd', publishedAt: '2016-01-01', text, attributions: [{ id: 'a', has_source: false, source: null, cue: null, content: [{ fragments: [fragment], text: text.slice(start, end) }] }] };
    expect(goldQuotes(doc).map((g) => text.slice(g.start, g.end))).toEqual(['We should go']);
  });
});

describe('TempEval-3 timex scoring', () => {
  const gold = [{ start: 0, end: 6, type: 'DATE', value: '2024-11-11' }, { start: 10, end: 19, type: 'DURATION', value: 'P3D' }];
  it('a perfect system scores 100 everywhere', () => {
    const s = scoreTimexCounts(countTimexes(gold, gold));
    expect([s.strict.f1, s.relaxed.f1, s.valueAccuracy, s.valueF1]).toEqual([100, 100, 100, 100]);
  });
  it('separates strict and relaxed matches and multiplies value accuracy in', () => {
    const pred = [{ start: 0, end: 6, type: 'DATE', value: '2024-11-11' }, { start: 12, end: 19, type: 'DURATION', value: 'P4D' }];
    const s = scoreTimexCounts(countTimexes(pred, gold));
    expect(s.strict.f1).toBe(50);
    expect(s.relaxed.f1).toBe(100);
    expect(s.valueAccuracy).toBe(50);
    expect(s.valueF1).toBe(50);
  });
});

describe('ranking measures', () => {
  it('average precision of a perfect ranking is 1', () => {
    expect(averagePrecision([{ score: 0.9, relevant: true }, { score: 0.8, relevant: true }, { score: 0.1, relevant: false }])).toBe(1);
  });
  it('average precision of a mixed ranking', () => {
    // relevant at ranks 2 and 3: (1/2 + 2/3) / 2
    expect(averagePrecision([{ score: 0.9, relevant: false }, { score: 0.8, relevant: true }, { score: 0.7, relevant: true }])).toBeCloseTo(7 / 12);
  });
  it('ROC AUC is 1 for a perfect ranking and 0.5 for constant scores', () => {
    expect(rocAuc([{ score: 1, relevant: true }, { score: 0, relevant: false }])).toBe(1);
    expect(rocAuc([{ score: 0.3, relevant: true }, { score: 0.3, relevant: false }])).toBe(0.5);
  });
});

describe('speaker and cluster scoring', () => {
  it('names match on whole words', () => {
    expect(namesMatch('Donald Trump', 'Trump')).toBe(true);
    expect(namesMatch('Trump', 'President Donald Trump')).toBe(true);
    expect(namesMatch('Tru', 'Trump')).toBe(false);
    expect(namesMatch(null, 'Trump')).toBe(false);
  });
  it('judges a speaker name right only when it is one of the gold names', () => {
    expect(speakerRight('The Guardian', ['Guardian'])).toBe(true);
    expect(speakerRight('Craig', ['Craig Barrett'])).toBe(false);
    expect(speakerRight(null, null)).toBe(true);
    expect(speakerRight('it', null)).toBe(false);
    expect(speakerRight(null, ['KCNA'])).toBe(false);
  });
  it('has a kind for every annotated corpus quotation and names only for speech and partial ones', () => {
    const gold = readSpeakerGold();
    expect(gold.length).toBeGreaterThan(100);
    for (const g of gold) {
      expect(g.end).toBeGreaterThan(g.start);
      if (g.kind === 'nonspeech') expect(g.speakers).toBeUndefined();
    }
  });
  it('scores pairwise links among the gold mentions found', () => {
    const fx = {
      id: 'x',
      clusters: [
        { name: 'A', mentions: [{ start: 0, end: 1, text: 'a' }, { start: 5, end: 6, text: 'a' }] },
        { name: 'B', mentions: [{ start: 10, end: 11, text: 'b' }, { start: 20, end: 21, text: 'b' }] },
      ],
    };
    const entity = (id: string, spans: [number, number][]) => ({
      id, type: 'PERSON' as const, name: id, roles: [], mentions: spans.map(([start, end]) => ({ start, end, text: 'x', kind: 'name' as const })),
    });
    const perfect = scoreClusters(fx, [entity('e1', [[0, 1], [5, 6]]), entity('e2', [[10, 11], [20, 21]])]);
    expect(perfect.links.f1).toBe(100);
    expect(perfect.found).toBe(4);
    const merged = scoreClusters(fx, [entity('e1', [[0, 1], [5, 6], [10, 11]])]);
    expect(merged.found).toBe(3);
    expect([merged.links.tp, merged.links.fp, merged.links.fn]).toEqual([1, 2, 0]);
  });
});
