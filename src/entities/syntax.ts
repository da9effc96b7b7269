/**
 * Shallow syntax over the article's tokens: what a mention's neighbours say about its role in
 * the clause (subject, object, possessive), and whether a token lies inside a quotation.
 */
import type { ArticleContext } from '../context.js';

const CLAUSE_OPENERS = new Set([',', ';', '—', '–', ':', '(', 'but', 'and', 'or', 'while', 'although', 'though', 'because', 'as', 'when', 'after', 'before', 'since', 'if', 'that', 'so']);
const MODIFIER_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PUNCT', 'PART', 'DET']);

/** Is the mention starting at token `first` followed by a possessive "'s"? */
export function isPossessive(article: ArticleContext, last: number): boolean {
  const t = article.tokens[last];
  if (t === undefined || !/^['’]s?$/.test(t.text) || t.spaceBefore) return false;
  // "he's", "she's", "it's" are "he is" or "he has", not possessives
  return !PRONOUNS.has(article.tokens[last - 1]?.lower ?? '');
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you', 'who', 'that', 'there', 'here', 'what']);

/**
 * Is the mention at tokens [first, last) the subject of its clause? True when, walking left over
 * its modifiers ("Tech billionaire", "Iranian President"), a clause boundary comes before any
 * verb or preposition, and it is not a possessive.
 */
export function isSubjectLike(article: ArticleContext, first: number, last: number): boolean {
  if (isPossessive(article, last)) return false;
  const { tokens } = article;
  const sentenceFirst = article.sentences[tokens[first]!.sentence]!.first;
  for (let i = first - 1; i >= sentenceFirst; i--) {
    const t = tokens[i]!;
    // "and" or "or" opens a clause only when a verb follows the name: "loyalists to Joe Biden and
    // Bernie Sanders." coordinates an object.
    if (t.lower === 'and' || t.lower === 'or') return verbFollows(article, last);
    if (CLAUSE_OPENERS.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'SCONJ') return false;
    if (!MODIFIER_POS.has(t.pos)) return false;
  }
  return true;
}

/** Does a verb follow the tokens before `at`, past adverbs and an apposition ("Sanders also said", "America Rising, a PAC, called")? */
function verbFollows(article: ArticleContext, at: number): boolean {
  const { tokens } = article;
  let k = at;
  let apposition = false;
  if (tokens[k]?.text === ',') {
    let j = k + 1;
    while (j < k + 16 && tokens[j] !== undefined && tokens[j]!.text !== ',' && tokens[j]!.sentence === tokens[k]!.sentence) j++;
    if (tokens[j]?.text === ',') [k, apposition] = [j + 1, true];
  }
  while (tokens[k]?.pos === 'ADV') k++;
  // (After an apposition, a participle goes with the sentence: "Rubio and Cruz, who are close, drawing boos".)
  if (apposition && /ing$/.test(tokens[k]?.lower ?? '')) return false;
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX';
}

/** For each token, the index of the quotation (not nested) whose content holds it, else -1. */
export function quotationIndex(article: ArticleContext): Int32Array {
  const inside = new Int32Array(article.tokens.length).fill(-1);
  const quotes = article.quotations;
  let q = 0;
  const outer = quotes.filter((x) => !x.nested);
  for (const t of article.tokens) {
    while (q < outer.length && outer[q]!.end <= t.start) q++;
    const cur = outer[q];
    if (cur && cur.start <= t.start && t.end <= cur.end) inside[t.index] = q;
  }
  return inside;
}
