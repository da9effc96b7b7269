/**
 * Noun phrases around a token, read from parts of speech: the subject before a verb ("the
 * minister", "two Iranian officials", "he") and the phrase after one ("Mr. Burman", "a
 * spokeswoman for the company"), with party-and-state parentheses kept ("Rep. Moore (D-Wis.)").
 */
import type { Token } from '../context.js';
import { WEEKDAYS } from '../lexicon/time-words.js';

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
/** Forms of "be": before a participle they make it passive, before a noun phrase a predicate. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Does the phrase ending before `end` end in a name ("Jon Cohen", "Mike Huckabee (R)")? */
const endsName = (tokens: readonly Token[], end: number): boolean => tokens[end - 1]?.pos === 'PROPN' || (tokens[end - 1]?.text === ')' && tokens[end - 2]?.pos === 'PROPN');
/** Nouns that head a time phrase ("last week", "this month", "Monday"). */
export const TIME_HEADS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'today', 'yesterday', ...WEEKDAYS.keys()]);
/** "last week", "this month", "Monday": a time, not a noun phrase that could say anything. */
function isTimePhrase(tokens: readonly Token[], first: number, last: number): boolean {
  if (!TIME_HEADS.has(tokens[last - 1]!.lower)) return false;
  for (let i = first; i < last - 1; i++) if (!/^(?:this|last|next|past|early|late|on)$/.test(tokens[i]!.lower)) return false;
  return true;
}
/** Prepositions before a year between a subject and its verb ("who in 2010 said"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since', 'during', 'by', 'until']);
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'last', 'latter', 'former', 'other']);
/** Pronouns that open a relative clause: "who complains" does not name a speaker. */
export const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose', 'what']);
/** Conjunctions that open a subordinate clause: "When Wallace died, ...", "After the vote, ...". */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'as', 'if', 'because', 'while', 'since', 'although', 'though', 'once', 'until', 'unless', 'whereas']);
/** Words between a subject and its verb that do not end the subject ("he later said"). */
export const SKIPPABLE = new Set(['also', 'later', 'then', 'again', 'once', 'reportedly', 'previously', 'recently', 'further', 'simply', 'quickly', 'flatly', 'repeatedly', 'has', 'have', 'had', 'would', 'will', 'was', 'is', 'often', 'even', 'just', 'still', 'n’t', "n't", 'not', 'never', 'angrily', 'bluntly', 'candidly', 'frankly', 'firmly']);

export const isPersonalPronoun = (t: Token): boolean => PERSONAL_PRONOUNS.has(t.lower);
/** The same test on a word as written ("He", "they"). */
export const isPersonalPronounWord = (word: string): boolean => PERSONAL_PRONOUNS.has(word.toLowerCase());

/** Possessive determiners: "his campaign", "their plan". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Demonstratives: "this week", "that effort". */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
const DETERMINER_PRONOUNS = new Set([...POSSESSIVE_DETERMINERS, ...DEMONSTRATIVES]);
/** Words that lead a quantity in a noun phrase: "About four in 10", "more than half". */
const QUANTITY_LEADS = new Set(['about', 'nearly', 'almost', 'roughly', 'only', 'just', 'around', 'approximately', 'some', 'than', 'over', 'under']);

/**
 * What a relative pronoun standing for a subject refers to: the phrase before it, past the comma or
 * dash of a non-restrictive clause ("Barkley, who said" -> "Barkley"). Null when `r` is not one relative pronoun.
 */
export function relativeAntecedent(tokens: readonly Token[], from: number, r: readonly [number, number]): [number, number] | null {
  if (r[1] - r[0] !== 1 || !RELATIVE.has(tokens[r[0]]!.lower)) return null;
  const end = setsOffClause(tokens[r[0] - 1]) ? r[0] - 1 : r[0];
  return phraseBefore(tokens, from, end);
}

/** Does the token set off a non-restrictive clause: a comma or a dash ("Trump — who ...")? A hyphen does not. */
export const setsOffClause = (t: Token | undefined): boolean => t !== undefined && (t.text === ',' || (t.text !== '-' && DASHES.has(t.text)));

/**
 * The noun phrase ending just before token `end` (exclusive) within [from, end): "Jones",
 * "the minister", "two Iranian officials", "he". Returns [first, last) or null.
 */
export function phraseBefore(tokens: readonly Token[], from: number, end: number): [number, number] | null {
  let last = end;
  // (and "no longer": "Microsoft no longer wants")
  while (last > from && (SKIPPABLE.has(tokens[last - 1]!.lower) || (tokens[last - 1]!.lower === 'longer' && tokens[last - 2]?.lower === 'no' && last - 2 > from))) last -= tokens[last - 1]!.lower === 'longer' ? 2 : 1;
  // "A second said": an ordinal the tagger read as an adverb still names one of a group.
  if (last - 2 >= from && ORDINALS.has(tokens[last - 1]!.lower) && ARTICLES.has(tokens[last - 2]!.lower)) return [last - 2, last];
  let first = last;
  while (first > from) {
    const t = tokens[first - 1]!;
    // "That effort has been ...": a demonstrative "that" before a noun, unless a noun before it
    // makes it a relative pronoun ("the plan that voters ...") or a verb a conjunction ("says that
    // bureaucrats have complained").
    if (t.lower === 'that' && first < last && tokens[first]!.pos === 'NOUN' && (first - 1 === from || !/^(?:NOUN|PROPN|PRON|VERB|AUX)$/.test(tokens[first - 2]!.pos))) {
      first--;
      break;
    }
    if (RELATIVE.has(t.lower)) break;
    // "Rep. Gwen Moore (D-Wis.)": a party-and-state parenthesis belongs to the name
    if (t.text === ')' && first - 4 >= from) {
      let k = first - 2;
      while (k > from && first - k < 8 && tokens[k]!.text !== '(') k--;
      if (tokens[k]?.text === '(') {
        first = k;
        continue;
      }
    }
    // "state-run": a word joined by a hyphen belongs to the phrase whatever its part of speech
    const joined = first < last && ((tokens[first]!.text === '-' && !tokens[first]!.spaceBefore) || (tokens[first - 2]?.text === '-' && !t.spaceBefore && first - 2 >= from));
    // "The nearly 90-second ad": an adverb between a determiner and what it grades
    const graded = t.pos === 'ADV' && first < last && first - 1 > from && tokens[first - 2]!.pos === 'DET' && /^(?:ADJ|NUM)$/.test(tokens[first]!.pos);
    // "Sanders’ campaign": a bare apostrophe after a plural or a name ending in s is possessive
    const possessive = /^['’]$/.test(t.text) && !t.spaceBefore && first < last && first - 1 > from && /s$/i.test(tokens[first - 2]!.text);
    // A dash with spaces around it ("Brisbane, Australia - The team") separates; a hyphen joins.
    const hyphen = t.text === '-' && !(t.spaceBefore && tokens[first]?.spaceBefore);
    // "Rep. Stephen Lynch (D-Mass.)" with "Lynch" read as a verb: a capitalized word inside a name.
    const inName = /^\p{Lu}\p{Ll}/u.test(t.text) && first < last && (tokens[first]!.pos === 'PROPN' || tokens[first]!.text === '(') && first - 2 >= from && tokens[first - 2]!.pos === 'PROPN';
    if (NP_POS.has(t.pos) || inName || /^['’]s$/.test(t.text) || possessive || hyphen || joined || graded || (t.text === '.' && first < last && !t.spaceBefore)) {
      // A pronoun is a phrase on its own, but a possessive or demonstrative one opens the phrase
      // of the noun after it ("Her view", "That effort").
      if (t.pos === 'PRON' && first < last && !/^['’]s$/.test(tokens[first]!.text)) {
        if (DETERMINER_PRONOUNS.has(t.lower) && /^(?:NOUN|ADJ|PROPN|NUM)$/.test(tokens[first]!.pos)) {
          first--;
          // "Many of his supporters": the possessive's phrase goes on after "of".
          if (first - 2 >= from && tokens[first - 1]!.lower === 'of' && NP_POS.has(tokens[first - 2]!.pos)) continue;
        }
        break;
      }
      // "a probe the agency said": a determiner opens its phrase, so a noun before it ends another one.
      if (first < last && tokens[first]!.pos === 'DET' && (t.pos === 'NOUN' || t.pos === 'PROPN') && !/^(?:all|both|half)$/.test(tokens[first]!.lower)) break;
      first--;
      if (t.pos === 'PRON' && isPersonalPronoun(t)) break;
      continue;
    }
    if (t.lower === 'of' && first > from + 1 && NP_POS.has(tokens[first - 2]!.pos)) {
      first--;
      continue;
    }
    // "About four in 10", "Nearly half", "more than 4 in 10": an approximator before a quantity
    if (first < last && (tokens[first]!.pos === 'NUM' || tokens[first]!.lower === 'half') && QUANTITY_LEADS.has(t.lower)) {
      first--;
      if (t.lower === 'than' && first > from && /^(?:more|less|fewer)$/.test(tokens[first - 1]!.lower)) first--;
      break;
    }
    // "four in 10 voters", "Six in 10"
    if (t.lower === 'in' && first > from + 1 && tokens[first]?.pos === 'NUM' && tokens[first - 2]!.pos === 'NUM') {
      first--;
      continue;
    }
    // "Democratic registered voters": a participle between an adjective and its noun
    if (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower) && first < last && tokens[first]!.pos === 'NOUN' && first - 1 > from && /^(?:ADJ|NUM)$/.test(tokens[first - 2]!.pos)) {
      first--;
      continue;
    }
    break;
  }
  while (first < last && (tokens[first]!.text === '-' || tokens[first]!.text === '.')) first++;
  // "Mark Blumenthal and Jon Cohen", "Neither Cruz nor Christie": names joined by a conjunction are one source.
  if (first < last && first - 2 >= from && /^(?:and|nor)$/.test(tokens[first - 1]!.lower) && endsName(tokens, last) && endsName(tokens, first - 1)) {
    const other = phraseBefore(tokens, from, first - 1);
    if (other && other[1] === first - 1 && !isObjectAt(tokens, other[0], from)) {
      let start = other[0];
      if (tokens[first - 1]!.lower === 'nor' && tokens[start - 1]?.lower === 'neither' && start - 1 >= from) start--;
      return [start, last];
    }
  }
  // "Not everyone finds ..."
  if (first - 1 >= from && first < last && tokens[first - 1]!.lower === 'not' && /^(?:everyone|everybody|all|every|many)$/.test(tokens[first]!.lower)) first--;
  // An article alone names no one ("in a statement", "no"), nor does a lone lower-case letter
  // (markup left in the text: "cartouche]]s revealing").
  if (last - first === 1 && (ARTICLES.has(tokens[first]!.lower) || tokens[first]!.lower === 'no' || /^\p{Ll}$/u.test(tokens[first]!.text))) return null;
  // "A poll released last week shows": a time ending a participle phrase belongs to the noun before it.
  if (first < last && first - 2 >= from && isTimePhrase(tokens, first, last)) {
    let k = first - 1;
    if (tokens[k]!.lower === 'out' || (tokens[k]!.pos === 'VERB' && /(?:ed|en)$/.test(tokens[k]!.lower))) {
      const head = phraseBefore(tokens, from, k);
      if (head && head[1] === k && tokens[k - 1]!.pos === 'NOUN') return [head[0], last];
    }
  }
  // "who in 2010 said": a year after a preposition is a time between the subject and its verb.
  if (first < last && first - 1 > from && TIME_PREPOSITIONS.has(tokens[first - 1]!.lower) && tokens.slice(first, last).every((t) => /^\d{4}s?$/.test(t.text))) {
    return phraseBefore(tokens, from, first - 1);
  }
  return first < last ? [first, last] : null;
}

/** Is the phrase starting at `at` the object of a verb before it ("won Michigan", "pushed for the probe")? */
export function isObjectAt(tokens: readonly Token[], at: number, from: number): boolean {
  const lead = tokens[at - 1];
  if (at - 1 < from || !lead) return false;
  if (lead.pos === 'VERB' || lead.pos === 'AUX') return true;
  return lead.pos === 'ADP' && at - 2 >= from && (tokens[at - 2]!.pos === 'VERB' || tokens[at - 2]!.pos === 'AUX');
}

/** The noun phrase starting at token `start` within [start, end): "Mr. Burman", "a spokeswoman for the company". */
export function phraseAfter(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let last = start;
  while (last < end) {
    const t = tokens[last]!;
    if (RELATIVE.has(t.lower)) break;
    // "a source close to the campaign"
    if (t.lower === 'close' && last > start && tokens[last + 1]?.lower === 'to' && last + 2 < end && NP_POS.has(tokens[last + 2]!.pos) && tokens[last - 1]!.pos === 'NOUN') {
      last += 2;
      continue;
    }
    if (t.text === '(' && last > start) {
      let k = last + 1;
      while (k < end && k - last < 6 && tokens[k]!.text !== ')') k++;
      if (tokens[k]?.text === ')') {
        last = k + 1;
        continue;
      }
    }
    // A period belongs to a name only inside it ("J . R ."), never at its end.
    const innerPeriod = t.text === '.' && last > start && !t.spaceBefore && /^\p{Lu}\p{L}?$/u.test(tokens[last - 1]!.text) && tokens[last + 1]?.pos === 'PROPN';
    const joined = last > start && tokens[last - 1]!.text === '-' && !t.spaceBefore;
    // A capitalized word after a capitalized noun goes on the name whatever its tag ("the Sydney Morning Herald").
    const prev = tokens[last - 1];
    const inName = last > start && (prev!.pos === 'PROPN' || prev!.pos === 'NOUN') && /^\p{Lu}/u.test(prev!.text) && /^\p{Lu}\p{Ll}/u.test(t.text) && t.pos !== 'PRON';
    if (NP_POS.has(t.pos) || inName || /^['’]s$/.test(t.text) || t.text === '-' || innerPeriod || joined) {
      // "told Breitbart News he'd ...": a pronoun after a noun starts a new phrase ("of them" does not).
      // ("for their help" goes on: a possessive after a preposition opens the preposition's object.)
      const afterPreposition = last > start && /^(?:of|for|at)$/.test(tokens[last - 1]!.lower);
      // "told CBC News the department will ...": an article after a noun opens a new phrase.
      if (t.pos === 'DET' && ARTICLES.has(t.lower) && last > start && (tokens[last - 1]!.pos === 'NOUN' || tokens[last - 1]!.pos === 'PROPN')) break;
      if (t.pos === 'PRON' && last > start && !(afterPreposition && POSSESSIVE_DETERMINERS.has(t.lower)) && (!isPersonalPronoun(t) || tokens[last - 1]!.lower !== 'of')) break;
      last++;
      if (t.pos === 'PRON' && isPersonalPronoun(t)) break;
      continue;
    }
    if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'at') && last > start && last + 1 < end && NP_POS.has(tokens[last + 1]!.pos)) {
      last++;
      continue;
    }
    break;
  }
  // Never end on the preposition the loop took for a postmodifier.
  if (last - 1 > start && /^(?:of|for|at)$/.test(tokens[last - 1]!.lower)) last--;
  return last > start ? [start, last] : null;
}

/** Dashes and hyphens as tokens. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '--']);

/** Where the aside that `close` ends opens (a ")" or a spaced dash closing a dash pair), or -1. */
export function asideOpener(tokens: readonly Token[], close: number, floor: number): number {
  const t = tokens[close]!;
  const paren = t.text === ')';
  if (!paren && !(DASHES.has(t.text) && t.spaceBefore)) return -1;
  for (let k = close - 1; k >= floor; k--) {
    if (paren ? tokens[k]!.text === '(' : DASHES.has(tokens[k]!.text) && tokens[k]!.spaceBefore) return k;
  }
  return -1;
}
