import { describe, expect, it } from 'vitest';
import { endCandidates, startCandidates } from '../../src/attributions/content-bounds.js';
import type { Cue } from '../../src/attributions/cues.js';
import { findEntities } from '../../src/entities/index.js';
import { buildArticle } from '../../src/text/segment.js';

/** The article, its quotation index, and a cue on the first token with the given text. */
function setup(text: string, cueWord: string) {
  const article = buildArticle(text, { publishedAt: null, timezone: null }, () => {});
  const { insideQuote } = findEntities(article);
  const head = article.tokens.findIndex((t) => t.text === cueWord);
  const cue: Cue = { head, first: head, last: head + 1, lemma: cueWord };
  const s = article.sentences[article.tokens[head]!.sentence]!;
  const content: [number, number] = [head + 1, s.last - 1];
  const words = (ks: number[]) => ks.map((k) => article.tokens[k]!.text);
  return { article, insideQuote, cue, content, words };
}

describe('content boundary candidates', () => {
  it('offers breaks, participles after a noun and relative pronouns as ends, never a hyphen inside a word', () => {
    const { article, insideQuote, cue, content, words } = setup('He praised the four-man crew waving signs who marched, and the “brave” mayor in Reno.', 'praised');
    expect(words(endCandidates(article, insideQuote, cue, content))).toEqual(['waving', 'who', ',', 'and', 'in']);
  });

  it('never ends a content inside a quotation that opened within it', () => {
    const { article, insideQuote, cue, content, words } = setup('She said “we will win, and we will win big” in Ohio.', 'said');
    expect(words(endCandidates(article, insideQuote, cue, content))).toEqual(['in']);
  });

  it('offers the first tokens of a content after its cue as starts, never inside a word', () => {
    const { article, cue, content, words } = setup('He favors right-to-work laws in every state.', 'favors');
    expect(words(startCandidates(article, cue, content))).toEqual(['right', 'laws', 'in', 'every']);
  });
});
