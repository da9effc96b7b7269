/**
 * Resolves third-person pronouns outside quotations ("he said", "his", "herself") to the
 * person they most likely refer to: the most recent compatible person, preferring clause
 * subjects over objects and possessives, within the last few sentences.
 */
import type { ArticleContext } from '../context.js';
import { PERSON_PRONOUNS } from '../lexicon/entity-words.js';
import { isQuoteMark } from '../text/quotations.js';
import { isPossessive, isSubjectLike } from './syntax.js';

export type Gender = 'm' | 'f' | null;

/** A person mention that a pronoun may refer back to. */
export interface Antecedent {
  person: number;
  first: number;
  last: number;
}

export interface PronounLink {
  token: number;
  person: number;
}

/** Verbs of saying that put their subject after them ('"...," said Jones'). */
const INVERTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'told', 'explained', 'noted', 'continued', 'argued', 'recalled', 'replied', 'answered']);

/** Verbs whose object is the one spoken to ("he told Hannity", "she asked Trump"). */
const ADDRESSING_VERBS = new Set(['told', 'tells', 'asked', 'asks', 'warned', 'warns', 'reminded', 'reminds', 'assured', 'assures', 'urged', 'urges', 'thanked', 'thanks', 'answered', 'interrupted']);

/** How many sentences back a pronoun may reach. */
const WINDOW = 4;

export function resolvePronouns(
  article: ArticleContext,
  names: readonly Antecedent[],
  genders: Gender[],
  insideQuote: Int32Array,
): PronounLink[] {
  const { tokens } = article;
  const links: PronounLink[] = [];
  // Candidates in text order: names, and pronouns once resolved.
  // "after previous Trump rallies": a name modifying the noun after it is seldom what a pronoun
  // picks up; it counts as neither subject nor a plain mention.
  const modifier = (n: Antecedent): boolean => {
    const after = tokens[n.last];
    return after !== undefined && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text) && after.spaceBefore;
  };
  // '"...," said David Axelrod, a strategist.': the name after an inverted verb of saying is its subject.
  const invertedSubject = (n: Antecedent): boolean => {
    const verb = tokens[n.first - 1];
    const before = tokens[n.first - 2];
    return verb !== undefined && INVERTING_VERBS.has(verb.lower) && before !== undefined && (before.text === ',' || isQuoteMark(before.text));
  };
  // "investigating his wife, Democratic nominee Hillary Clinton, over the server": a name set off by
  // commas after the object of a verb is an apposition to that object, not a subject. (Walking back
  // over the name's modifiers to the comma, then over the noun phrase before it to a verb.)
  const objectApposition = (n: Antecedent): boolean => {
    if (tokens[n.last]?.text !== ',') return false;
    let k = n.first - 1;
    while (k >= 0 && /^(?:PROPN|ADJ|NOUN)$/.test(tokens[k]!.pos) && tokens[k]!.text !== ',') k--;
    if (tokens[k]?.text !== ',' || tokens[k - 1]?.pos !== 'NOUN' || !/^\p{Ll}/u.test(tokens[k - 1]!.text)) return false;
    const floor = article.sentences[tokens[k]!.sentence]!.first;
    for (let j = k - 2; j >= floor && j >= k - 6; j--) {
      if (tokens[j]!.pos === 'VERB') return true;
      if (!/^(?:NOUN|ADJ|DET|PRON|PROPN|PART)$/.test(tokens[j]!.pos)) return false;
    }
    return false;
  };
  const candidates: (Antecedent & { subject: boolean; possessive: boolean; quoted: boolean })[] = names
    .map((n) => ({
      ...n,
      subject: ((isSubjectLike(article, n.first, n.last) && !modifier(n) && !objectApposition(n)) || invertedSubject(n)) && insideQuote[n.first]! < 0,
      possessive: isPossessive(article, n.last) || modifier(n),
      quoted: insideQuote[n.first]! >= 0,
    }))
    .sort((a, b) => a.first - b.first);
  // The sentence each quotation opens in: a pronoun reporting a long quotation ('"Wow. ... Wow.
  // ... a great idea," she replied') reaches back from where the quotation began.
  // (Only across that quotation: a name before another quotation in between, which someone the
  // text does not name may have said, is too far.)
  const quoteStart = new Map<number, number>();
  const quotedBefore = new Int32Array(tokens.length + 1);
  for (const t of tokens) {
    const q = insideQuote[t.index]!;
    quotedBefore[t.index + 1] = quotedBefore[t.index]! + (q >= 0 ? 1 : 0);
    if (q >= 0 && !quoteStart.has(q)) quoteStart.set(q, t.index);
  }
  let next = 0;
  const window: typeof candidates = [];
  for (const t of tokens) {
    while (next < candidates.length && candidates[next]!.first < t.index) window.push(candidates[next++]!);
    const pronoun = PERSON_PRONOUNS.get(t.lower);
    if (!pronoun || insideQuote[t.index]! >= 0) continue;
    // '"Well, nothing has changed," she said': the speaker of a quotation is not a name in it.
    const closing = tokens[t.index - 1]?.text === ',' ? t.index - 2 : t.index - 1;
    const reported = closing >= 0 && isQuoteMark(tokens[closing]!.text) ? insideQuote[closing - 1]! : -1;
    // "he told Hannity": the person the pronoun's own verb addresses is someone else.
    const addressed = !pronoun.possessive && !pronoun.reflexive && ADDRESSING_VERBS.has(tokens[t.index + 1]?.lower ?? '') ? candidates.find((c) => c.first === t.index + 2)?.person : undefined;
    let best: (typeof candidates)[number] | null = null;
    let bestScore = -Infinity;
    const opened = reported >= 0 ? quoteStart.get(reported) : undefined;
    const from = opened !== undefined ? Math.min(t.sentence, tokens[opened]!.sentence) : t.sentence;
    for (let k = window.length - 1; k >= 0; k--) {
      const c = window[k]!;
      if (c.person === addressed) continue;
      const distance = Math.max(0, from - tokens[c.first]!.sentence);
      if (distance > WINDOW) break;
      if (opened !== undefined && t.sentence - tokens[c.first]!.sentence > WINDOW && quotedBefore[opened]! > quotedBefore[c.last]!) continue;
      if (pronoun.reflexive && distance > 0) continue;
      if (reported >= 0 && insideQuote[c.first] === reported) continue;
      const g = genders[c.person];
      if (g !== null && g !== undefined && g !== pronoun.gender) continue;
      let score = -8 * distance - 0.02 * (t.index - c.last);
      if (c.subject) score += pronoun.reflexive ? 10 : 5;
      if (c.possessive) score -= 3;
      if (c.quoted) score -= 6;
      if (g === pronoun.gender) score += 2;
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (!best) continue;
    links.push({ token: t.index, person: best.person });
    genders[best.person] ??= pronoun.gender;
    const entry = { person: best.person, first: t.index, last: t.index + 1, subject: isSubjectLike(article, t.index, t.index + 1), possessive: pronoun.possessive, quoted: false };
    window.push(entry);
  }
  return links;
}
