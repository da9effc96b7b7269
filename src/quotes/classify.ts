/**
 * What a quotation is: speech (a clause or sentence quoted from a source), partial (a fragment
 * quoted inside the writer's own sentence), or nonspeech (titles, names, slogans, terms and
 * scare quotes).
 */
import type { ArticleContext, Sentence, Token } from '../context.js';
import type { QuoteKind } from '../schema/quote.js';
import { formsOf, SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { titleCaseHeadlineEnd } from '../text/headline.js';
import { BE_FORMS } from '../text/phrases.js';
import { isQuoteMark } from '../text/quotations.js';
import { cueLength } from './cues.js';

/** Any verb of saying or characterizing, for telling a quoted fragment (partial) from a scare quote. */
const SAYING = formsOf([...SPEECH_VERBS, 'liken', 'compare', 'cite', 'rate', 'mock', 'ridicule', 'attack', 'condemn', 'decry', 'dismiss', 'pound', 'hammer', 'lash', 'denounce', 'refer', 'reference', 'nickname', 'promise', 'vow', 'pledge', 'chant', 'scream']);
/** Nouns that report someone's words: "Trump's claim that there have been 'thousands of shootings'". */
export const SAYING_NOUNS: ReadonlySet<string> = new Set(['claim', 'claims', 'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'words', 'assertion', 'promise', 'pledge', 'vow', 'warning', 'accusation', 'allegation', 'description', 'tweet', 'tweets', 'speech', 'interview', 'testimony', 'letter', 'message', 'post', 'reference', 'references', 'insult', 'insults', 'attack', 'attacks', 'slogan', 'chant', 'promises', 'quote', 'conclusion', 'suggestion', 'admission', 'argument', 'assessment', 'prediction', 'complaint', 'denial', 'contention', 'insistence', 'dictum', 'pronouncement', 'pronouncements', 'rejection', 'report', 'reports', 'boast', 'threat', 'demand']);
import type { QuoteDraft } from './draft.js';

/** Words right before a quotation that present it as a name or a term, not as speech. */
const NAMING = new Set(['so-called', 'words', 'phrases', 'terms', 'dubbed', 'nicknamed', 'titled', 'entitled', 'named', 'known', 'termed', 'coined', 'hashtag', 'slogan', 'motto', 'phrase', 'word', 'term', 'label', 'moniker', 'banner', 'headline', 'theme', 'name', 'nickname', 'codename']);
/** Nouns before a title of a work ("the book", "MSNBC's show"). */
const WORKS = new Set(['anthem', 'hymn', 'book', 'film', 'movie', 'documentary', 'song', 'album', 'show', 'program', 'programme', 'series', 'episode', 'broadcast', 'column', 'commentary', 'article', 'essay', 'op-ed', 'editorial', 'ad', 'advertisement', 'spot', 'video', 'play', 'musical', 'novel', 'memoir', 'report', 'study', 'podcast', 'segment', 'newsletter', 'blog', 'poem', 'opera', 'magazine', 'newspaper', 'campaign', 'initiative', 'operation', 'policy', 'plan', 'strategy', 'doctrine', 'act', 'bill', 'sketch', 'syllabus', 'document', 'movement', 'forum']);
/** Nouns a name of a policy follows after "of" ("a policy of 'maximum pressure'"; not "an act of 'terrorism'"). */
const POLICIES = new Set(['policy', 'policies', 'strategy', 'doctrine', 'campaign', 'plan', 'program', 'programme', 'initiative', 'operation', 'agenda']);
/** People named by the work they made or appear in: the author of "...", the star of "...". */
const CREATORS = new Set(['author', 'authors', 'star', 'stars', 'host', 'hosts', 'creator', 'creators', 'director', 'producer', 'producers', 'writer', 'anchor', 'cast', 'co-host', 'co-author', 'publisher', 'editor']);
/** Prepositions that put a title-cased quotation in a place or a source ("on 'Face the Nation'"), not in someone's mouth ("as", "to" do). */
const TITLE_PREPOSITIONS = new Set(['on', 'with', 'in', 'from', 'of', 'into', 'during', 'at']);
/** The text right before a quotation that names it: "the so-called", "known as", "dubbed". */
const NAMED_BEFORE = /\b(?:so[- ]called|(?:known as|dubbed|nicknamed|titled|entitled|termed|coined|named)(?:\s+(?:the|a|an))?)\s*$/i;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'from', 'is', 'it', 'as', 'but', 'nor', 'vs', 'vs.']);
const TERMINAL = /[.?!…]$/;
/** A possessive ending as its own token: "'s", "’s", or a bare apostrophe after a plural. */
const POSSESSIVE = /^['’]s?$/;
/** Words the tagger may call adjectives that open a subject ("many schools will ..."). */
const QUANTIFIERS = new Set(['many', 'few', 'most', 'some', 'all', 'several', 'both', 'each', 'every', 'any', 'no', 'more', 'less', 'much', 'other', 'such']);

/** Is there a cue at `k` or after a subject pronoun or a short name at `k` ('it added', 'Jones said')? */
function cueAfter(tokens: readonly Token[], k: number): boolean {
  if (cueLength(tokens, k) > 0) return true;
  for (let j = k + 1; j <= k + 3 && tokens[j] !== undefined; j++) if (cueLength(tokens, j) > 0) return /^(?:PRON|PROPN)$/.test(tokens[k]!.pos);
  return false;
}

/** The tokens of a quotation's content that hold a letter or a digit. */
export function contentWords(article: ArticleContext, d: QuoteDraft): Token[] {
  const out: Token[] = [];
  for (let i = d.first; i < d.last; i++) {
    const t = article.tokens[i]!;
    if (/[\p{L}\p{N}]/u.test(t.text)) out.push(t);
  }
  return out;
}

/** "Morning Joe", "A Change Is Gonna Come", "Contract with America": every word capitalized but small ones. */
function titleCased(words: Token[]): boolean {
  if (words.length < 2) return false;
  // ("America's Unwritten Constitution": a possessive ending keeps a title title-cased.)
  return words.every((w, k) => /^[\p{Lu}\d]/u.test(w.text) || (k > 0 && (SMALL_WORDS.has(w.lower) || POSSESSIVE.test(w.text))));
}

/**
 * "a short film called 'Tenemos Familias'", "an account called 'Hypo-Cruz'": "called" right after
 * a noun that a determiner opens is a participle naming the thing, not someone calling it
 * something ("what lawmakers called 'fraud'" has no determiner; "which he called" has a subject).
 */
function namedByCalled(tokens: readonly Token[], open: number): boolean {
  if (tokens[open - 1]?.lower !== 'called') return false;
  let k = open - 2;
  if (tokens[k]?.pos !== 'NOUN' || !/^\p{Ll}/u.test(tokens[k]!.text)) return false;
  while (k > open - 7 && tokens[k - 1] && /^(?:NOUN|ADJ|NUM|PROPN)$/.test(tokens[k - 1]!.pos) && !isRelative(tokens[k - 1]!)) k--;
  return tokens[k - 1]?.pos === 'DET' && !isRelative(tokens[k - 1]!);
}
/** The quotation follows a name's possessive: "MSNBC's", "Fox News'". */
function possessiveOfName(tokens: readonly Token[], open: number): boolean {
  const mark = tokens[open - 1];
  return mark !== undefined && POSSESSIVE.test(mark.text) && mark.pos === 'PART' && tokens[open - 2]?.pos === 'PROPN';
}
const isRelative = (t: Token): boolean => /^(?:what|which|whom|who|that)$/.test(t.lower);

/**
 * One word of its own, opening a sentence, that asks or exclaims ('"Blacklisted?"', '"Choke!"
 * blared the front page') or that a cue reports ('"Denver," he answered'): speech, however short.
 */
function oneWordSaid(tokens: readonly Token[], sentence: Sentence, d: QuoteDraft, words: Token[], lastContent: Token | undefined): boolean {
  if (words.length !== 1 || !/^\p{Lu}/u.test(words[0]!.text)) return false;
  if (sentence.first !== d.open) return false;
  const saysAt = (k: number) => tokens[k] !== undefined && (cueLength(tokens, k) > 0 || (SAYING.has(tokens[k]!.lower) && tokens[k]!.pos === 'VERB'));
  const reported = saysAt(d.after) || saysAt(d.after + 1);
  const last = lastContent?.text ?? '';
  if (/[?!]$/.test(last)) return d.after >= sentence.last || /^[.?!]$/.test(tokens[d.after]!.text) || reported || tokens[d.after]!.pos === 'VERB';
  return last === ',' && reported;
}

/**
 * The first part of an interrupted quotation, however it looks ('"Your Honor," I said, "I would
 * ..."'): it opens its sentence, ends in a comma inside the marks, a cue follows, and after the
 * cue's comma the quotation goes on.
 */
function opensInterruption(tokens: readonly Token[], sentence: Sentence, d: QuoteDraft, lastContent: Token | undefined): boolean {
  if (sentence.first !== d.open || lastContent?.text !== ',' || !cueAfter(tokens, d.after)) return false;
  for (let k = d.after + 1; k < Math.min(sentence.last, d.after + 8); k++) {
    if (tokens[k]!.text === ',' && isQuoteMark(tokens[k + 1]?.text)) return true;
  }
  return false;
}

/**
 * A headline or title credited to its writer: '"Met accused of whitewashing," by Post's Jane Roe:
 * ...', 'the rock classic "All Right Now," by the band Free'. Not "by the way", nor a lower-case
 * fragment with its agent ('the "ugliness of utterances," by Trump').
 */
function bylineFollows(tokens: readonly Token[], d: QuoteDraft, words: Token[], lastContent: Token | undefined): boolean {
  if (!/^\p{Lu}/u.test(words[0]?.text ?? '')) return false;
  let k = d.after;
  if (tokens[k]?.text === ',') k++;
  else if (lastContent?.text !== ',') return false;
  if (tokens[k]?.lower !== 'by') return false;
  const by = tokens[k + 1];
  if (by === undefined || (by.lower === 'the' && tokens[k + 2]?.lower === 'way')) return false;
  return by.pos === 'PROPN' || by.pos === 'DET' || /^\p{Lu}/u.test(by.text);
}

/** Does the sentence around the quotation say that someone said, called or claimed something? */
function sentenceHasCue(article: ArticleContext, d: QuoteDraft): boolean {
  const { tokens } = article;
  const s = article.sentences[tokens[Math.min(d.open, tokens.length - 1)]!.sentence]!;
  const endSentence = article.sentences[tokens[Math.max(d.after - 1, 0)]!.sentence]!;
  for (let i = s.first; i < endSentence.last; i++) {
    if (i >= d.open && i < d.after) continue;
    const t = tokens[i]!;
    if (cueLength(tokens, i) > 0 || (SAYING.has(t.lower) && (t.pos === 'VERB' || t.pos === 'AUX')) || SAYING_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Verbs that name or describe someone or something in the speaker's words ('called Merkel "The Chancellor of the Free World"'). */
const CHARACTERIZING = formsOf(['call', 'dub', 'label', 'brand', 'term', 'describe', 'characterize', 'nickname', 'deride', 'hail', 'proclaim', 'declare', 'denounce', 'condemn', 'slam', 'blast', 'mock', 'ridicule', 'dismiss', 'praise', 'rate']);

/**
 * "called the winner 'Miss Piggy'", "blasted Clinton as a 'disgrace'": a characterization in someone's words.
 * A name-like quotation (title-cased, or one capitalized word) is one only as the complement of
 * "as" or of a verb that names, with at most a short object between ('called Merkel "..."'): after
 * "told" or "to" it is a show, a book or a place ('told "Fox and Friends"', 'Speaking to "CBS This Morning"').
 */
function characterizes(article: ArticleContext, d: QuoteDraft, nameLike: boolean): boolean {
  const { tokens } = article;
  const s = article.sentences[tokens[Math.min(d.open, tokens.length - 1)]!.sentence]!;
  let k = d.open - 1;
  while (k > s.first && (tokens[k]!.lower === 'a' || tokens[k]!.lower === 'an' || tokens[k]!.lower === 'the')) k--;
  if (tokens[k]?.lower === 'as' || (tokens[k]?.lower === 'to' && !nameLike)) return true;
  // (Past a copula the name is what someone is said to be: 'concluded his comments were "Mostly False."')
  let strict = nameLike;
  for (let i = d.open - 1; i >= Math.max(s.first, d.open - 8); i--) {
    const t = tokens[i]!;
    if (strict && BE_FORMS.has(t.lower) && i === k) strict = false;
    else if (strict) {
      if ((t.pos === 'VERB' || t.pos === 'AUX') && CHARACTERIZING.has(t.lower) && tokens[i - 1]?.text !== '-') return true; // (not 'low-rated')
      if (!/^(?:DET|ADJ|NOUN|PROPN|PRON|PART|NUM)$/.test(t.pos) || d.open - i > 5) return false;
    } else if ((t.pos === 'VERB' || t.pos === 'AUX') && SAYING.has(t.lower)) return true;
  }
  return false;
}

/** The kind of a quotation. Marks a scare quote on the draft (`d.scare`) for the attributions stage. */
export function classifyQuote(article: ArticleContext, d: QuoteDraft): QuoteKind {
  const { tokens } = article;
  const words = contentWords(article, d);
  const before = tokens[d.open - 1];
  const before2 = tokens[d.open - 2];
  const next = tokens[d.after];
  const lastContent = tokens[d.last - 1];
  const sentence = article.sentences[tokens[d.open]!.sentence]!;
  const startsParagraph = d.open === 0 || tokens[d.open - 1]!.paragraph !== tokens[d.open]!.paragraph;
  const hasVerb = words.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
  // In a title-case headline every word is capitalized: capitals there make no title of a work.
  const styled = d.open < titleCaseHeadlineEnd(article);
  const titled = !styled && titleCased(words);
  // ('"We are done," she said': a short clause of its own, capitalized and punctuated, is one too;
  // not after a determiner: 'the "Charleston loophole."' is a term.)
  // (In a title-case headline the capital says nothing, and the headline's end puts a period in
  // any fragment: there a clause needs a subject before its verb, not "'Reeks of Fear.'".)
  const opensClause = styled ? /^(?:PRON|NOUN|PROPN|DET|NUM)$/.test(words[0]?.pos ?? '') : /^\p{Lu}/u.test(words[0]?.text ?? '');
  const shortClause = words.length >= 2 && hasVerb && opensClause && /[.,?!…]$/.test(lastContent?.text ?? '') && !titled && before?.pos !== 'DET';
  const sentenceLike = (words.length >= 4 && (/^\p{Lu}/u.test(words[0]!.text) || TERMINAL.test(lastContent?.text ?? '') || hasVerb)) || shortClause;

  // A name or term: "so-called 'reform'", "the 'maximum pressure' campaign", "the show 'Morning Joe'"
  const lead = article.text.slice(Math.max(0, d.q.open.start - 24), d.q.open.start);
  // ("Obama said the words 'lump' the good Muslims with the bad": a quoted verb taking an object is used, not mentioned.)
  const usedAsVerb = before !== undefined && /^(?:words|phrases|terms)$/.test(before.lower) && next?.pos === 'DET';
  const afterWorkComma = before2 !== undefined && WORKS.has(before2.lower) && before?.text === ',';
  const introducedAsName = (before && NAMING.has(before.lower) && !usedAsVerb) || NAMED_BEFORE.test(lead) || afterWorkComma;
  if (introducedAsName && !sentenceLike) return 'nonspeech';
  // ('Roe's commentary, "Tell the city your story," is thoughtful': set off by commas after the
  // kind of work and followed by the sentence's verb, even a sentence is the work's title.)
  if (afterWorkComma && lastContent?.text === ',' && (next?.pos === 'VERB' || next?.pos === 'AUX') && !cueAfter(tokens, d.after)) return 'nonspeech';
  if (bylineFollows(tokens, d, words, lastContent)) return 'nonspeech';
  // "a policy of 'maximum pressure'", "a strategy of 'strategic patience'": the name of the policy.
  if (before?.lower === 'of' && POLICIES.has(before2?.lower ?? '') && words.length <= 4 && !sentenceLike) return 'nonspeech';
  if (namedByCalled(tokens, d.open) && (!sentenceLike || titled)) return 'nonspeech';
  // The title of a work, show or slogan: the movie "Spotlight", MSNBC's "Morning Joe", CNN's "State
  // of the Union.", the author of "Destiny and Power", an interview on "Fox News Sunday."
  const nameLike = titled || (!styled && words.length === 1 && /^\p{Lu}\p{Ll}/u.test(words[0]!.text) && !/[!?]$/.test(lastContent?.text ?? ''));
  if (before && WORKS.has(before.lower) && (titled || (nameLike && !hasVerb))) return 'nonspeech';
  if (nameLike && !hasVerb) {
    if (possessiveOfName(tokens, d.open)) return 'nonspeech';
    if (before?.lower === 'of' && CREATORS.has(before2?.lower ?? '')) return 'nonspeech';
    // A nickname inside or before a name: 'Earvin "Magic" Johnson', 'the "Dixiecrat" Strom Thurmond'.
    if (next?.pos === 'PROPN' && /^\p{Lu}/u.test(next.text) && next.spaceBefore && d.close >= 0 && !/[,.;:!?]$/.test(lastContent?.text ?? '') && /^(?:PROPN|DET|ADP)$/.test(before?.pos ?? '')) return 'nonspeech';
  }
  // ('an appearance on "Meet the Press"': a title may hold a verb, then not a sentence's end.)
  if (titled && before && TITLE_PREPOSITIONS.has(before.lower) && (!hasVerb || !TERMINAL.test(lastContent?.text ?? ''))) return 'nonspeech';
  if (oneWordSaid(tokens, sentence, d, words, lastContent)) return 'speech';
  if (opensInterruption(tokens, sentence, d, lastContent)) return 'speech';
  // Someone's characterization in their own words is a partial quotation, even a nickname.
  const characterization = words.length <= 8 && (!sentenceLike || titled) && characterizes(article, d, nameLike);
  const modifiesNoun = next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && next.spaceBefore && d.close >= 0 && !TERMINAL.test(lastContent?.text ?? '') && !/[,;:]$/.test(lastContent?.text ?? '');
  // The name of a campaign, policy or show: "his 'maximum pressure' campaign", 'the "Morning Joe" host'.
  if (modifiesNoun && words.length <= 4 && (WORKS.has(next.lower) || (nameLike && CREATORS.has(next.lower)) || (WORKS.has(tokens[d.after + 1]?.lower ?? '') && tokens[d.after + 1]!.pos === 'NOUN'))) return 'nonspeech';
  if (characterization) return 'partial';
  // A fragment in a sentence that reports what someone said is their words, even one modifying a
  // noun ("warned of a 'ferocious' fight").
  if (!sentenceLike && words.length <= 8 && sentenceHasCue(article, d) && !titled) {
    d.looseCue = true;
    return 'partial';
  }
  if (modifiesNoun && words.length <= 4) {
    // ('sort Clinton's "work-related" emails': a lower-case modifier is a scare quote too.)
    d.scare = /^\p{Ll}/u.test(words[0]?.text ?? '');
    return 'nonspeech';
  }
  // (A title ending a sentence takes its period inside the marks: his 1994 "Contract with America.")
  const titleWithPeriod = !hasVerb && lastContent?.text === '.' && sentence.first !== d.open;
  if (titled && (!TERMINAL.test(lastContent?.text ?? '') || titleWithPeriod) && words.length <= 8 && !startsParagraph && before?.text !== ':') return 'nonspeech';

  // A quotation that is a whole sentence by itself ("Neither do I.") is speech however short.
  const wholeSentence = sentence.first === d.open && (d.after >= sentence.last || /^[.?!]$/.test(tokens[d.after]!.text)) && TERMINAL.test(lastContent?.text ?? '') && /^\p{Lu}/u.test(words[0]?.text ?? '');
  if (wholeSentence && words.length >= 2) return 'speech';

  // 'Montalvo "walked into the station"', 'it was "damning that ..."': a predicate with no subject
  // of its own, carrying on the writer's sentence, is a fragment however long.
  const first = words[0];
  // (Also after a comma that closes a noun phrase, 'an individual, "facing the penitentiary ..."',
  // unless an ellipsis opens the quotation: 'officials, "... plied the detective"' is cut speech.)
  const cut = /^\s*(?:\.\.\.|…)/u.test(article.text.slice(d.q.start, d.q.start + 5));
  const afterNounComma = before?.text === ',' && d.open >= 2 && tokens[d.open - 2]!.pos === 'NOUN' && !cut;
  const predicateOnly = first !== undefined && /^\p{Ll}/u.test(first.text) && !startsParagraph && (/[\p{L}\p{N}]/u.test(before?.text ?? '') || afterNounComma) &&
    (first.pos === 'VERB' || first.pos === 'AUX' || (first.pos === 'ADJ' && !QUANTIFIERS.has(first.lower)));
  if (predicateOnly && sentenceLike) return 'partial';
  // '"Foolhardy provocation deserves harsh punishment", it added': a clause opening its sentence
  // and reported by the cue after the comma outside the marks is speech.
  if (sentenceLike && sentence.first === d.open && /^\p{Lu}/u.test(first?.text ?? '') && next?.text === ',' && cueAfter(tokens, d.after + 1)) return 'speech';
  if (sentenceLike && (startsParagraph || words.length >= 6 || before?.text === ':' || before?.text === ',' || TERMINAL.test(lastContent?.text ?? '') || /,$/.test(lastContent?.text ?? ''))) return 'speech';
  if (sentenceHasCue(article, d)) return words.length >= 6 && sentenceLike ? 'speech' : 'partial';
  if (startsParagraph && words.length >= 3) return 'speech';
  // A short fragment in the writer's own sentence with no one said to say it: a scare quote or a
  // term. Inside what a source is reported to have said, it is the source's word (see attributions).
  if (words.length >= 8) return 'speech';
  d.scare = words.length > 0 && /^\p{Ll}/u.test(words[0]!.text) && !modifiesNoun;
  return 'nonspeech';
}
