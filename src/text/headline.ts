/**
 * Title-case headlines. "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally
 * Investigated.’" When every word of the line opening an article is capitalized, capitals say
 * nothing about names, and a tagger trained on sentence case reads the verbs as names. The body
 * under the headline shows which words are names; this module finds the headline and writes it
 * in sentence case so that it can be tagged again.
 */
import { isKnownWord, type TaggedToken, tagText } from '../adapters/wink.js';
import type { ArticleContext } from '../context.js';
import { gazetteer } from '../lexicon/gazetteer.js';

/** Short words a title-case headline may leave in lower case. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'nor', 'at', 'by', 'with', 'as', 'from', 'but', 'vs', 'vs.', 'via', 'into', 'over', 'up', 'if']);

/** The longest headline looked at, in tokens. */
const LONGEST_HEADLINE = 40;

interface WordToken {
  readonly text: string;
  readonly spaceBefore: boolean;
}

/** Is the token a word a title-case headline capitalizes (not a short function word, not a clitic)? */
export function isHeadlineWord(tokens: readonly WordToken[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^\p{L}/u.test(t.text) || MINOR_WORDS.has(t.text.toLowerCase())) return false;
  // (A piece glued to the word before is no word of its own: the "n't" of "Didn't", the "not"
  // of "Cannot", the "s" of "Trump's".)
  return t.spaceBefore || i === 0 || !/[\p{L}'’]$/u.test(tokens[i - 1]!.text);
}

/**
 * Do the tokens [first, last) make a title-case headline: at most 40 tokens, at least three words
 * that are not short function words, all of them capitalized, and not all in capitals (the
 * tagger knows capitals headlines from its training text)?
 */
export function isTitleCase(tokens: readonly WordToken[], first: number, last: number): boolean {
  if (last - first > LONGEST_HEADLINE) return false;
  let words = 0;
  let capitalsOnly = 0;
  for (let i = first; i < last; i++) {
    if (!isHeadlineWord(tokens, i)) continue;
    const text = tokens[i]!.text;
    if (/^\p{Ll}/u.test(text)) return false;
    words++;
    // (One letter says nothing either way: "AUSTRALIA V SRI LANKA".)
    if (text.length === 1 || text === text.toUpperCase()) capitalsOnly++;
  }
  return words >= 3 && capitalsOnly < words;
}

/**
 * For each word of a title-case headline [0, bodyFrom): how much more often the body capitalizes
 * it inside its sentences than it writes it in lower case, or undefined when the body never uses
 * it.
 */
export function bodyCapitals(tokens: readonly WordToken[], bodyFrom: number): (number | undefined)[] {
  const capitalized = new Map<string, number>();
  for (let i = bodyFrom + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^\p{L}/u.test(t.text)) continue;
    const lower = t.text.toLowerCase();
    const before = tokens[i - 1]!.text;
    // (A capital after a sentence's end or a quotation mark says nothing.)
    if (/^\p{Lu}/u.test(t.text) && !/^[.!?:;"“”‘’'—–-]$/.test(before)) capitalized.set(lower, (capitalized.get(lower) ?? 0) + 1);
    else if (/^\p{Ll}/u.test(t.text)) capitalized.set(lower, (capitalized.get(lower) ?? 0) - 1);
  }
  const out: (number | undefined)[] = [];
  for (let i = 0; i < bodyFrom; i++) out.push(capitalized.get(tokens[i]!.text.toLowerCase()));
  return out;
}

/**
 * Tags a title-case headline again, written in sentence case, so that its capitals are the
 * body's. Returns the new tags of the headline's tokens (undefined where the new tokens do not
 * line up with the old), or null when the first paragraph is no title-case headline.
 */
export function retagHeadline(text: string, tokens: readonly (WordToken & TaggedToken)[], bodyFrom: number): (string | undefined)[] | null {
  if (bodyFrom <= 0 || bodyFrom >= tokens.length || !isTitleCase(tokens, 0, bodyFrom)) return null;
  // A word keeps its capital when the body capitalizes it more often than not, when it is in
  // capitals, or when the body never uses it and the gazetteer knows it as a name or no
  // dictionary knows it ("France", "Homegate").
  const seen = bodyCapitals(tokens, bodyFrom);
  const g = gazetteer();
  const capitals = tokens.slice(0, bodyFrom).map((t, i) => {
    const s = seen[i];
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) return true;
    return s !== undefined ? s > 0 : g.classesOf(t.text.toLowerCase()) !== null || !isKnownWord(t.text.toLowerCase());
  });
  const end = tokens[bodyFrom - 1]!.end;
  let written = '';
  let cursor = 0;
  let first = true;
  for (let i = 0; i < bodyFrom; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    const keep = first || lower.length !== t.text.length || capitals[i];
    written += text.slice(cursor, t.start) + (keep ? t.text : lower);
    cursor = t.end;
    if (/^\p{L}/u.test(t.text)) first = false;
  }
  written += text.slice(cursor, end);
  const retagged = new Map<string, string>();
  for (const t of tagText(written)) retagged.set(`${t.start}:${t.end}`, t.pos);
  const tags: (string | undefined)[] = [];
  for (let i = 0; i < bodyFrom; i++) tags.push(retagged.get(`${tokens[i]!.start}:${tokens[i]!.end}`));
  return tags;
}

const headlineEnds = new WeakMap<ArticleContext, number>();

/**
 * The token index just past a title-case headline opening the article (its first paragraph, with
 * a body after it), or 0 when the article opens with none. Computed once per article.
 */
export function titleCaseHeadlineEnd(article: ArticleContext): number {
  let end = headlineEnds.get(article);
  if (end === undefined) {
    const { paragraphs, sentences, tokens } = article;
    const last = paragraphs.length > 1 ? sentences[paragraphs[0]!.last - 1]!.last : 0;
    end = last > 0 && isTitleCase(tokens, 0, last) ? last : 0;
    headlineEnds.set(article, end);
  }
  return end;
}
