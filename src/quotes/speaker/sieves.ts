/**
 * The speaker sieve: small rules, most precise first, each finding the in-text reference to who
 * said a quotation and the cue that says so. The first rule that finds one wins.
 */
import type { ArticleContext, Token } from '../../context.js';
import { titleLength } from '../../entities/refine.js';
import { isSubjectLike } from '../../entities/syntax.js';
import { DOCUMENT_NOUNS } from '../../lexicon/attribution-words.js';
import { formsOf } from '../../lexicon/speech-verbs.js';
import { PARTS_OF_DAY, WEEKDAYS } from '../../lexicon/time-words.js';
import { titleCaseHeadlineEnd } from '../../text/headline.js';
import { asideOpener, BE_FORMS, isPersonalPronoun, phraseAfter, phraseBefore, RELATIVE, relativeAntecedent, setsOffClause, SUBORDINATORS } from '../../text/phrases.js';
import { isQuoteMark } from '../../text/quotations.js';
import { SAYING_NOUNS } from '../classify.js';
import { cueLength, looseCueLength, speakerFollows } from '../cues.js';
import type { QuoteDraft, SpeakerFound } from '../draft.js';


/** How far from the quotation a cue may be, in tokens. */
const NEAR = 14;
const FAR = 30;

export interface SieveContext {
  readonly article: ArticleContext;
  readonly drafts: readonly QuoteDraft[];
  /** Entity id of the name or pronoun at each token, from the entities stage. */
  readonly entityAt: readonly (string | undefined)[];
  /** Type of each entity, by id. */
  readonly entityType: ReadonlyMap<string, string>;
}

/** Can the token head a speaker: a named entity other than a place, or a personal pronoun other than "it"? */
function speakerHead(c: SieveContext, token: number): boolean {
  const id = c.entityAt[token];
  if (id !== undefined) {
    // Places do not speak (a tagged nationality or work may be a mis-tagged person, so only places are ruled out).
    return c.entityType.get(id) !== 'LOCATION';
  }
  const t = c.article.tokens[token];
  return t !== undefined && isPersonalPronoun(t) && t.lower !== 'it';
}

/** The head token of a phrase: its last, or the last before a closing parenthesis ("Harry Reid (D-Nev.)"). */
function headOf(c: SieveContext, phrase: readonly [number, number]): number {
  const last = phrase[1] - 1;
  const open = c.article.tokens[last]?.text === ')' ? asideOpener(c.article.tokens, last, phrase[0]) : -1;
  return open > phrase[0] ? open - 1 : last;
}

/** Is the phrase a place's name and nothing more ("South Korea", not "the senator from Vermont")? */
function countrySpeaks(c: SieveContext, phrase: readonly [number, number]): boolean {
  const { tokens } = c.article;
  let first = phrase[0];
  if (tokens[first]?.lower === 'the') first++;
  // (Nor the place at the end of a longer subject: "The senator from Vermont said".)
  if (tokens[phrase[0] - 1]?.pos === 'ADP') return false;
  const id = c.entityAt[first];
  if (id === undefined || c.entityType.get(id) !== 'LOCATION') return false;
  for (let k = first; k < phrase[1]; k++) if (c.entityAt[k] !== id) return false;
  return true;
}

/** Can the phrase name a speaker: is its head a speaker's (see speakerHead)? */
const phraseSpeaks = (c: SieveContext, phrase: readonly [number, number]): boolean => speakerHead(c, headOf(c, phrase));

export type Sieve = (c: SieveContext, d: QuoteDraft, index: number) => SpeakerFound | null;

const isMark = (t: Token | undefined): boolean => isQuoteMark(t?.text);
const sentenceOf = (a: ArticleContext, token: number) => a.sentences[a.tokens[Math.min(token, a.tokens.length - 1)]!.sentence]!;

/** Where the subject of the cue at `cue` ends: before the adverbs, auxiliaries, time and aside between them. */
function subjectEnd(tokens: readonly Token[], cue: number, from: number): number {
  let end = cue;
  // (and any adverb the tagger marks: "Trump openly admires"; "been" before a participle in -ing
  // only: "has been called" is passive, its subject no speaker)
  while (end > from && (/^(?:also|later|then|again|reportedly|has|have|had|would|will|once|often|still|['’]s|['’]ve|['’]d|is|are|was|were)$/.test(tokens[end - 1]!.lower) || (tokens[end - 1]!.lower === 'been' && /ing$/.test(tokens[cue]!.lower)) || (tokens[end - 1]!.pos === 'ADV' && /ly$/.test(tokens[end - 1]!.lower)))) end--;
  // "Trump, who ..., on Friday described": a day before the cue is no subject.
  end = timeBefore(tokens, end, from);
  // "Gingrich — mentioned by Newsmax as ... — told": the subject is before the aside.
  if (end > from) {
    const opener = asideOpener(tokens, end - 1, from);
    if (opener > from) end = opener;
  }
  return end;
}

/** The subject of the cue at `cue`: the phrase before it, past an apposition ("Jones, the minister, said"). */
function subjectOfCue(c: SieveContext, cue: number, from: number): [number, number] | null {
  const { tokens } = c.article;
  const end = subjectEnd(tokens, cue, from);
  // "I laughed and said", "Kaine smiled and said": the subject of the verb the cue is coordinated with.
  if (end - 2 > from && tokens[end - 1]!.lower === 'and' && tokens[end - 2]!.pos === 'VERB' && /ed$/.test(tokens[end - 2]!.lower)) return subjectOfCue(c, end - 2, from);
  // An apposition ends with this comma; the subject is around the comma that opens it.
  if (end > from && tokens[end - 1]!.text === ',') return subjectAroundApposition(c, from, end);
  // ("Yvette Cooper said": a name the tagger read as a verb is still the name the entities found.)
  const phrase = phraseBefore(tokens, from, end) ?? subjectNameEndingAt(c, end, from);
  return phrase ? withPlaceOf(c, phrase, from) : null;
}

/**
 * "The senator from Vermont said": a place after "from" or "of" ends a longer subject, whose head is
 * the phrase before the preposition (resolveSpeaker reads its head there).
 */
function withPlaceOf(c: SieveContext, phrase: [number, number], from: number): [number, number] {
  const { tokens } = c.article;
  const prep = phrase[0] - 1;
  if (!/^(?:from|of)$/.test(tokens[prep]?.lower ?? '') || c.entityType.get(c.entityAt[phrase[1] - 1] ?? '') !== 'LOCATION') return phrase;
  const owner = phraseBefore(tokens, from, prep);
  return owner && /^(?:NOUN|PROPN)$/.test(tokens[owner[1] - 1]!.pos) && c.entityType.get(c.entityAt[owner[1] - 1] ?? '') !== 'LOCATION' ? [owner[0], phrase[1]] : phrase;
}

/**
 * The subject of the cue at `cue` when it is a "who" opening a clause set off by a comma or a dash
 * and standing for a phrase that can speak ("Obama, who called the nominee 'unfit to serve'"), or
 * a "which" standing for a document before a cue ("the study -- which notes"). A "who" with no
 * comma ("anybody who complains") restricts a description and names no one. `introduces`: the
 * verb is a cue, which a comma may join to the quotation.
 */
function relativeSpeaker(c: SieveContext, cue: number, from: number, open: number, introduces: boolean): [number, number] | null {
  const { tokens } = c.article;
  // A comma between the verb and the quotation may close the clause ("praising Jeb Bush, who ended
  // his bid Saturday, as 'a man who ...'"); only a cue's comma right before the mark introduces it.
  for (let k = cue + 1; k < open; k++) if (tokens[k]!.text === ',' && !(introduces && k === open - 1)) return null;
  const end = subjectEnd(tokens, cue, from);
  const who = end - 1;
  const relative = tokens[who]?.lower;
  if (who <= from || (relative !== 'who' && !(relative === 'which' && introduces)) || !setsOffClause(tokens[who - 1])) return null;
  const antecedent = relativeAntecedent(tokens, from, [who, end]);
  if (!antecedent) return null;
  // ("The study, which notes that ...": "which" stands for a document that speaks.)
  if (relative === 'which') return DOCUMENT_NOUNS.has(tokens[antecedent[1] - 1]!.lower) ? [who, end] : null;
  return phraseSpeaks(c, antecedent) ? [who, end] : null;
}

const DAY_WORDS = new Set([...WEEKDAYS.keys(), ...PARTS_OF_DAY.keys(), 'today', 'yesterday', 'tonight']);

/**
 * Start of a time adverbial ending right before `end` ("on Friday", "Tuesday night", "late
 * Monday", "this morning"), or `end` when there is none.
 */
function timeBefore(tokens: readonly Token[], end: number, from: number): number {
  let k = end;
  while (k > from && DAY_WORDS.has(tokens[k - 1]!.lower)) k--;
  if (k === end) return end;
  if (k > from && /^(?:late|early|last|this|on|earlier)$/.test(tokens[k - 1]!.lower)) k--;
  if (k > from && tokens[k - 1]!.lower === 'on') k--;
  return k;
}

/** The subject of a cue after an apposition that ends with the comma before `end`. */
function subjectAroundApposition(c: SieveContext, from: number, end: number): [number, number] | null {
  const { tokens } = c.article;
  let k = end - 2;
  while (k > from && end - k < 18 && tokens[k]!.text !== ',' && !isMark(tokens[k])) k--;
  if (k <= from || tokens[k]!.text !== ',') return null;
  const head = phraseBefore(tokens, from, k);
  if (!head || isPersonName(c, headOf(c, head))) return head;
  // Stacked appositions: "Giovanni Maria Vian, the editor in chief of the Vatican's newspaper,
  // L'Osservatore Romano, said" is Vian's saying. (Only when the phrase before the apposition is
  // no name itself: "Of Carson, Levine, who has ..., said" is Levine's.)
  // ("Cory James, 22, of Flint, Mich., said": back over an age and a home town too.)
  let q = head[0];
  for (let n = 0; n < 3; n++) {
    let p = q - 1;
    while (p > from && q - p < 12 && tokens[p]!.text !== ',' && !/^(?:VERB|AUX)$/.test(tokens[p]!.pos) && !isMark(tokens[p])) p--;
    const earlier = p > from && tokens[p]!.text === ',' ? phraseBefore(tokens, from, p) : null;
    if (!earlier) break;
    if (isPersonName(c, earlier[1] - 1) && tokens[earlier[0] - 1]?.pos !== 'ADP') return earlier;
    // (Only an age or a place lies between a name and its apposition.)
    const placeOrAge = tokens.slice(earlier[0], earlier[1]).every((t) => t.pos === 'NUM') || c.entityType.get(c.entityAt[earlier[1] - 1] ?? '') === 'LOCATION';
    if (!placeOrAge) break;
    q = earlier[0];
  }
  // "The secretary general of CEI, Nunzio Galantino, has called": a person's name in the
  // apposition names the descriptor before it, and the mention runs to the name. (Not a
  // descriptor a preposition governs: "remarks about his rival, Hillary Clinton, saying".)
  const governed = tokens[head[0] - 1]?.pos === 'ADP';
  return !governed && isPersonRun(c, k + 1, end - 1) ? [head[0], end - 1] : head;
}

/** The tokens of the entity mention ending right before `end`, not before `from`, or null. */
function entityMentionEndingAt(c: SieveContext, end: number, from: number): [number, number] | null {
  const id = c.entityAt[end - 1];
  if (id === undefined || c.entityAt[end] === id) return null;
  let first = end - 1;
  while (first > from && c.entityAt[first - 1] === id) first--;
  return [first, end];
}

/** The entity mention ending right before `end` as a subject: not one a preposition governs. */
function subjectNameEndingAt(c: SieveContext, end: number, from: number): [number, number] | null {
  const run = entityMentionEndingAt(c, end, from);
  if (!run) return null;
  const first = run[0];
  // (A name a preposition governs, titles and all, is no subject: "a letter to Attorney General
  // Loretta E. Lynch asking".)
  const { tokens } = c.article;
  let k = first - 1;
  while (k > from && /^\p{Lu}/u.test(tokens[k]!.text) && /^(?:PROPN|NOUN)$/.test(tokens[k]!.pos)) k--;
  if (tokens[k]?.pos === 'ADP') return null;
  return [first, end];
}

/** Is the token part of a person's name? */
const isPersonName = (c: SieveContext, token: number): boolean => c.entityType.get(c.entityAt[token] ?? '') === 'PERSON';

/** Do the tokens [from, to) make one whole mention of a person? */
function isPersonRun(c: SieveContext, from: number, to: number): boolean {
  const id = c.entityAt[from];
  if (id === undefined || to <= from || c.entityType.get(id) !== 'PERSON') return false;
  for (let i = from; i < to; i++) if (c.entityAt[i] !== id) return false;
  return c.entityAt[from - 1] !== id || from === 0;
}

/**
 * The speaker owning the noun of saying at `noun` by a possessive, when the quotation opening at
 * `open` is what the noun reports: "Trump's claim that there have been 'thousands of shootings'",
 * "Clinton's assertion of a 'vast conspiracy'". Not when the noun is what someone else
 * characterizes: "Hollande denounced Trump's remarks as 'X'" is Hollande's.
 */
function ownerOfSaying(c: SieveContext, noun: number, open: number): [number, number] | null {
  const { tokens } = c.article;
  if (!SAYING_NOUNS.has(tokens[noun]!.lower) || tokens[noun]!.pos !== 'NOUN') return null;
  const link = tokens[noun + 1]?.lower;
  // ("Trump's pledge to be 'neutral'": a promise reports what it promises.)
  const promised = link === 'to' && PROMISES.has(tokens[noun]!.lower);
  if (link !== 'that' && link !== 'about' && link !== 'of' && !promised) return null;
  // (After "about" or "of", a verb on the way to the quotation starts a clause of the writer's.)
  if (link !== 'that' && !promised) for (let k = noun + 2; k < open; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return null;
  // (Nor one characterized "as" the quotation: "describing Obama's statement that he opposed the
  // war as 'the biggest fairy tale'" is the describer's.)
  let before = open - 1;
  while (before > noun && /^(?:a|an|the)$/.test(tokens[before]!.lower)) before--;
  if (tokens[before]?.lower === 'as') return null;
  // ("Trump's recent evidence-free assertion that": past the words that describe the noun.)
  let m = noun - 1;
  const joined = (k: number) => (tokens[k]!.text === '-' && !tokens[k]!.spaceBefore) || (tokens[k + 1]!.text === '-' && !tokens[k + 1]!.spaceBefore);
  for (let n = 0; n < 4 && m > 0 && (/^(?:ADJ|ADV)$/.test(tokens[m]!.pos) || joined(m)); n++) m--;
  return possessor(c, m);
}

/** Promises, which report what they promise after "to". */
const PROMISES = new Set(['pledge', 'promise', 'promises', 'vow']);

/**
 * The speaker whose possessive ends at `mark`: a name before "'s" ("Trump's"), or a possessive
 * pronoun resolved to a person ("his"). A preposition may govern it: "seized on Trump's claim".
 */
function possessor(c: SieveContext, mark: number): [number, number] | null {
  const t = c.article.tokens[mark];
  if (!t) return null;
  if (/^(?:his|her|their)$/.test(t.lower)) return c.entityAt[mark] !== undefined && speakerHead(c, mark) ? [mark, mark + 1] : null;
  if (!/^['’]s?$/.test(t.text) || t.spaceBefore) return null;
  const run = entityMentionEndingAt(c, mark, 0);
  return run && speakerHead(c, run[1] - 1) ? run : null;
}

/** The subject of the sentence: its first subject-like name or pronoun ("Pezeshkian ... saying that"). */
function sentenceSubject(c: SieveContext, token: number): [number, number] | null {
  const s = sentenceOf(c.article, token);
  for (let i = mainClauseStart(c.article.tokens, s.first, Math.min(token, s.last)); i < Math.min(token, s.last); i++) {
    const id = c.entityAt[i];
    const t = c.article.tokens[i]!;
    if (!id && !isPersonalPronoun(t)) continue;
    // The words of a quotation are not the writer's subject ('"You\'re right," he said, adding').
    if (inAnyQuote(c, i)) continue;
    let j = i + 1;
    while (j < s.last && id && c.entityAt[j] === id) j++;
    // "Chinese Vice Foreign Minister Wu Daiwei", "Trump campaign manager Kellyanne Conway": a name
    // that modifies the noun after it is not the subject.
    const next = c.article.tokens[j];
    if (id && j < s.last && next !== undefined && (next.pos === 'PROPN' || next.pos === 'NOUN') && next.spaceBefore) {
      // "The Sanders campaign on Monday doubled down": with no name after it, the name and the
      // nouns it modifies are the subject, when a verb follows them.
      let m = j;
      while (m < s.last && (c.article.tokens[m]!.pos === 'NOUN' || c.article.tokens[m]!.pos === 'PROPN') && c.entityAt[m] === undefined) m++;
      const opener = i > s.first && c.article.tokens[i - 1]!.pos === 'DET' ? i - 1 : i;
      if (m > j && /^(?:VERB|AUX)$/.test(c.article.tokens[m]?.pos ?? '') && !inAnyQuote(c, m) && isSubjectLike(c.article, opener, m)) return [opener, m];
      i = j - 1;
      continue;
    }
    // Places do not speak: "Vice President of Taxpayers for Common Sense, Steve Ellis, offered".
    if (isSubjectLike(c.article, i, j) && speakerHead(c, j - 1)) return [i, j];
    i = j - 1;
  }
  return null;
}

/**
 * Where the main clause starts when the sentence opens with a subordinate clause ("When Wallace
 * died in 1998, President Clinton released ..."): after the clause's comma; else the sentence start.
 */
function mainClauseStart(tokens: readonly Token[], first: number, end: number): number {
  if (!SUBORDINATORS.has(tokens[first]?.lower ?? '')) return first;
  for (let i = first + 1; i < end && i - first < 25; i++) {
    if (isMark(tokens[i])) return first;
    if (tokens[i]!.text === ',') return i + 1;
  }
  return first;
}

/**
 * 'said former coach and test player John Bracewell': a descriptor with no name, coordinated with
 * one that ends in a name, is one speaker; the mention runs to the name.
 */
function coordinatedDescriptors(c: SieveContext, who: [number, number] | null, limit: number): [number, number] | null {
  if (!who || c.entityAt[who[1] - 1] !== undefined || c.article.tokens[who[1]]?.lower !== 'and') return who;
  const more = phraseAfter(c.article.tokens, who[1] + 1, limit);
  return more && speakerHead(c, more[1] - 1) && c.entityAt[more[1] - 1] !== undefined ? [who[0], more[1]] : who;
}

/** The tokens of the entity mention starting at `at`, or null. */
function entityRun(c: SieveContext, at: number, limit: number): [number, number] | null {
  const id = c.entityAt[at];
  if (id === undefined || c.entityAt[at - 1] === id) return null;
  let end = at + 1;
  while (end < limit && c.entityAt[end] === id) end++;
  return [at, end];
}

/** '"...," Jones said' / '"...," said Jones' / '"...," Jones, the minister, said' / '"...," according to X'. */
export const cueAfterQuote: Sieve = (c, d) => {
  const { tokens } = c.article;
  if (d.close < 0) return null;
  let k = d.after;
  const s = sentenceOf(c.article, Math.max(d.after - 1, 0));
  const limit = Math.min(s.last, d.after + NEAR);
  if (tokens[k]?.text === ',' || tokens[k]?.text === '—') k++;
  // '"I can't breathe," as Eric Garner said', '"...," as a Homeland Security memo put it'
  if (tokens[k]?.lower === 'as' && /^(?:PROPN|DET)$/.test(tokens[k + 1]?.pos ?? '')) k++;
  if (k >= limit || isMark(tokens[k])) return null;
  const cue = looseCueLength(tokens, k);
  // '"...", highlighting the importance of ...': a participle after a quotation does not invert.
  if (cue > 0 && /ing$/.test(tokens[k]!.lower) && !speakerFollows(tokens, k)) return null;
  if (cue > 0) {
    const who = coordinatedDescriptors(c, phraseAfter(tokens, k + cue, limit), limit);
    return who ? { mention: who, cue: [k, k + cue], sieve: tokens[k]!.lower === 'according' ? 'according-to-after' : 'cue-after-inverted' } : null;
  }
  // '"...?" reacted Trump.': a verb in the past, then a name that ends the clause.
  if (/ed$/.test(tokens[k]!.lower) && /^[,?!]$/.test(tokens[d.last - 1]?.text ?? '') && /^(?:VERB|ADJ)$/.test(tokens[k]!.pos)) {
    const who = entityRun(c, k + 1, limit);
    const end = who ? tokens[who[1]] : undefined;
    // ('" ...!" beamed Donald Hartley of Madison, Alabama': where the speaker is from may follow.)
    const from = end?.lower === 'of' && c.entityType.get(c.entityAt[who![1] + 1] ?? '') === 'LOCATION';
    if (who && speakerHead(c, who[1] - 1) && (end === undefined || end.sentence !== tokens[k]!.sentence || /^[.,;]$/.test(end.text) || from)) return { mention: who, cue: [k, k + 1], sieve: 'cue-after-inverted' };
  }
  // ('"...," Lynch said': a name the tagger read as a verb is still the name the entities found.)
  let subject = phraseAfter(tokens, k, limit) ?? entityRun(c, k, limit);
  if (!subject) return null;
  // ("Toomey fumed", "Bennett shot back": a past form the tagger reads as an adjective or a noun
  // after a name is its verb.)
  const last = tokens[subject[1] - 1]!;
  const particle = PARTICLE.test(tokens[subject[1]]?.lower ?? '');
  if (subject[1] - subject[0] > 1 && (last.pos === 'ADJ' || last.pos === 'NOUN') && PAST_FORM.test(last.lower) && (isPersonRun(c, subject[0], subject[1] - 1) || particle)) subject = [subject[0], subject[1] - 1];
  let j = subject[1];
  // "Tanya Weaver, executive director of the AFCA, said"
  if (tokens[j]?.text === ',') {
    let m = j + 1;
    while (m < limit && tokens[m]!.text !== ',' && !isMark(tokens[m])) m++;
    if (tokens[m]?.text === ',') j = m + 1;
  }
  while (j < limit && /^(?:also|later|then|again|reportedly|has|have|had|would|will|once|often|still)$/.test(tokens[j]!.lower)) j++;
  // '"...," Braynard is quoted as saying': the cue is the saying.
  let quoted = j;
  while (quoted < limit && /^(?:is|was|has|have|had|been)$/.test(tokens[quoted]!.lower)) quoted++;
  if (tokens[quoted]?.lower === 'quoted' && tokens[quoted + 1]?.lower === 'as' && looseCueLength(tokens, quoted + 2) > 0) return { mention: subject, cue: [quoted, quoted + 3], sieve: 'cue-after' };
  // Right after a quotation, any verb of saying marks its speaker ("... ?" Vitter demanded).
  let cueLen = looseCueLength(tokens, j) || reactionVerbLength(c, d, j, subject);
  // '"...," a voice-over in the ad states': a description with a place or a body after it.
  // (Not a word joined to the closing mark: 'a browse through "moan"-worthy headlines in ...'.)
  if (cueLen === 0 && j === subject[1] && /^(?:in|at|from|for|on)$/.test(tokens[j]?.lower ?? '') && !c.entityAt[subject[1] - 1] && tokens[subject[0]]!.spaceBefore) {
    const where = phraseAfter(tokens, j + 1, limit);
    cueLen = where ? looseCueLength(tokens, where[1]) : 0;
    if (cueLen === 0) return null;
    return { mention: [subject[0], where![1]], cue: [where![1], where![1] + cueLen], sieve: 'cue-after' };
  }
  if (cueLen === 0) return null;
  // ('"poison pill" measures added by Republicans': a passive participle's speaker is its agent.)
  if (tokens[j + cueLen]?.lower === 'by' && /ed$/.test(tokens[j]!.lower) && !c.entityAt[subject[1] - 1]) {
    const agent = phraseAfter(tokens, j + cueLen + 1, limit);
    return agent && phraseSpeaks(c, agent) ? { mention: agent, cue: [j, j + cueLen + 1], sieve: 'cue-after' } : null;
  }
  return { mention: subject, cue: [j, j + cueLen], sieve: 'cue-after' };
};

/** A past form as verbs of reaction take it ("retaliated", "shot back"). */
const PAST_FORM = /(?:ed|shot)$/;
/** The particle of a verb of reaction ("shot back", "lashed out"). */
const PARTICLE = /^(?:back|out|up)$/;

/**
 * '"...," Bennett shot back with a laugh', '"...?" Hannity pressed', '"...," an angry Hollande
 * retaliated', '"...," he mocks': after a quotation that its comma, question or exclamation mark
 * leaves open, a name and a verb in the past (or after "he" or "she", the present) that ends the
 * clause report how it was said, whatever the verb.
 * Length of that verb (with "back"), or 0.
 */
function reactionVerbLength(c: SieveContext, d: QuoteDraft, j: number, subject: readonly [number, number]): number {
  const { tokens } = c.article;
  const v = tokens[j];
  if (!v || !/^[,?!]$/.test(tokens[d.last - 1]?.text ?? '')) return 0;
  // (After "he" or "she" the word is a verb whatever the tagger says: "she elaborated", "he mocks".)
  const pronoun = subject[1] - subject[0] === 1 && /^(?:he|she)$/.test(tokens[subject[0]]!.lower);
  // (So it is after a person's name, "Toomey fumed", or before "back": "shot back", where the
  // tagger reads an adjective or a noun.)
  const person = isPersonRun(c, subject[0], subject[1]);
  const particle = PARTICLE.test(tokens[j + 1]?.lower ?? '');
  const past = PAST_FORM.test(v.lower) && (v.pos === 'VERB' || ((pronoun || person || particle) && (v.pos === 'ADJ' || v.pos === 'NOUN')));
  const present = pronoun && /[^s]s$/.test(v.lower) && /^(?:VERB|NOUN)$/.test(v.pos);
  if (!past && !present) return 0;
  const len = PARTICLE.test(tokens[j + 1]?.lower ?? '') ? 2 : 1;
  const next = tokens[j + len];
  // ("Toomey fumed on Tuesday.": a day after it too.)
  const onDay = next?.lower === 'on' && DAY_WORDS.has(tokens[j + len + 1]?.lower ?? '');
  return next === undefined || next.sentence !== v.sentence || /^[.,;:!?]$/.test(next.text) || /^(?:with|in|at|as|before|after|while)$/.test(next.lower) || onDay ? len : 0;
}

/**
 * A quotation in a title-case headline: the person or organization the headline opens with, past
 * any title ("Chris Christie Calls Hillary Clinton ‘A Disgrace’", "Rush Limbaugh: Hillary Asking
 * Moderator To Fact Check Trump ‘Reeks of Fear’", "Dr. Ben Carson: ..."). A headline leaves out
 * the cue more often than not, and its capitals defeat the other rules. A name that only modifies
 * the words after it is not the speaker: "McCain Challenger Kelli Ward: ..." is Ward's; "Trump
 * Supporters Say ..." is the supporters'. Runs before the cues before a quotation, which a
 * title-case headline leads astray.
 */
export const headlineOpener: Sieve = (c, d) => {
  const { tokens } = c.article;
  if (d.kind === 'nonspeech' || d.open >= titleCaseHeadlineEnd(c.article)) return null;
  // (A name at a cue later in the headline speaks for itself: "Trump ‘The Dealmaker’ Could
  // Address Clean Energy, Lindsey Graham Says"; not a pronoun, as in 'Sidney Blumenthal: ‘No
  // Idea’ If I Would Have Told Hillary'.)
  const later = cueLaterInSentence(c, d, 0);
  if (later?.mention && c.entityAt[later.mention[1] - 1] !== undefined && !isPersonalPronoun(tokens[later.mention[1] - 1]!)) return later;
  let i = 0;
  while (i < d.open && !/^\p{L}/u.test(tokens[i]!.text)) i++;
  if (i >= d.open || inAnyQuote(c, i)) return null;
  i += titleLength(tokens, i, d.open);
  const name = entityRun(c, i, d.open);
  if (!name || !speakerHead(c, name[1] - 1) || /^['’]s?$/.test(tokens[name[1]]?.text ?? '')) return null;
  // Nouns after the name: what follows them says whether the name modifies them.
  let k = name[1];
  while (k < d.open && k - name[1] < 3 && c.entityAt[k] === undefined && /^(?:NOUN|PROPN)$/.test(tokens[k]!.pos)) k++;
  if (k > name[1]) {
    const person = entityRun(c, k, d.open);
    // (A role between two names is singular; a word in -s there is the verb the tagger missed:
    // "Glenn Beck Blasts Drudge".)
    const role = tokens.slice(name[1], k).every((t) => !/[^s]s$/.test(t.lower));
    if (person && role && isPersonName(c, k)) return { mention: person, cue: null, sieve: 'headline' };
    let verb = k;
    while (verb < d.open && tokens[verb]!.pos === 'ADV') verb++;
    if (/^(?:VERB|AUX)$/.test(tokens[verb]?.pos ?? '')) return { mention: [name[0], k], cue: [verb, verb + 1], sieve: 'headline' };
    // "CNN President On Trump: ...": the organization's officer, named by the role.
    if (titleLength(tokens, name[1], k) === k - name[1]) return { mention: [name[0], k], cue: null, sieve: 'headline' };
  }
  const next = tokens[name[1]];
  const cue: [number, number] | null = next && (next.text === ':' || next.pos === 'VERB') ? [name[1], name[1] + 1] : null;
  return { mention: name, cue, sieve: 'headline' };
};

/** 'Jones said: "..."', 'Jones told the Times, "..."', 'Jones said that "..."', 'according to Jones, "..."', 'in the words of Jones, "..."'. */
export const cueBeforeQuote: Sieve = (c, d) => {
  const { tokens } = c.article;
  const s = sentenceOf(c.article, d.open);
  const from = s.first;
  const partial = d.kind === 'partial';
  // A quotation inside a longer sentence may sit far from its cue ("X reports that ... 'keep ...'").
  const reach = partial || d.open - from > 3 ? FAR : NEAR;
  for (let i = d.open - 1; i >= Math.max(from, d.open - reach); i--) {
    // Another quotation in between owns a cue beyond it, unless both are fragments of one sentence.
    if (isMark(tokens[i])) {
      if (partial) continue;
      return null;
    }
    // "Politifact ruled that Trump's statement about 'thousands of shootings' ...": the words are
    // those of whoever owns the statement, not of the one who reports on it.
    const owner = d.open - i <= 8 ? ownerOfSaying(c, i, d.open) : null;
    // (The cue takes the possessive mark, as PolNeAR's do: "'s claim".)
    if (owner) return { mention: owner, cue: [owner[1], i + 1], sieve: 'possessive-statement' };
    // ('Mitt Romney's "47 percent" comment': the quotation between the owner and the noun.)
    const before = i === d.open - 1 && SAYING_NOUNS.has(tokens[d.after]?.lower ?? '') && tokens[d.after]!.pos === 'NOUN' ? possessor(c, i) : null;
    if (before) return { mention: before, cue: [d.after, d.after + 1], sieve: 'possessive-statement' };
    // A new clause (", but ...", ", and as ...") between a cue and the fragment: the cue is not its own.
    if (partial && tokens[i]!.text === ',' && /^(?:but|and|as|while|although|though|whereas|yet)$/.test(tokens[i + 1]?.lower ?? '') && i + 1 < d.open) return null;
    const len = cueLength(tokens, i);
    if (len === 0) continue;
    if (speakerFollows(tokens, i)) {
      const who = phraseAfter(tokens, i + len, d.open);
      return who ? { mention: who, cue: [i, i + len], sieve: 'according-to-before' } : null;
    }
    const subject = subjectOfCue(c, i, from);
    // "anybody who complains": a cue inside a relative clause is someone else's; look further left.
    if (subject && RELATIVE.has(tokens[subject[1] - 1]!.lower)) continue;
    const relative = subject === null ? relativeSpeaker(c, i, from, d.open, true) : null;
    if (relative) return { mention: relative, cue: [i, i + len], sieve: 'cue-before' };
    const participle = /ing$/.test(tokens[i]!.lower);
    const named = subject !== null && phraseSpeaks(c, subject);
    // "Obama said it would tell a story, one of 'suffering and delight'": a cue whose subject is
    // a thing, inside what someone is said to have said, is theirs.
    if (subject && !named && subject[1] - subject[0] === 1 && tokens[subject[0]]!.lower === 'it') {
      const reporter = reportingVerbBefore(c, subject[0], from);
      if (reporter) return { ...reporter, sieve: 'cue-before' };
    }
    // "Sanders was asked by host Bill Maher, '...'": a passive cue's speaker is its agent.
    if (subject && tokens[i + len]?.lower === 'by' && BE_FORMS.has(tokens[i - 1]?.lower ?? '')) {
      const agent = phraseAfter(tokens, i + len + 1, d.open);
      if (agent && phraseSpeaks(c, agent)) return { mention: agent, cue: [i, i + len], sieve: 'cue-before' };
    }
    if (subject && (!participle || named)) return { mention: subject, cue: [i, i + len], sieve: 'cue-before' };
    // "saying that ...", "calling it ...": the participle's subject is the sentence's, or that of
    // the cue just before it ("Ryan and Trump will meet, Spicer said, adding, '...'").
    if (participle || (i > from && tokens[i - 1]!.text === ',')) {
      const who = participle ? reporterBefore(c, i, from) ?? perceivedActor(c, i) ?? sentenceSubject(c, i) ?? openingClauseSubject(c, i) : sentenceSubject(c, i);
      if (who) return { mention: who, cue: [i, i + len], sieve: 'participle-subject' };
    }
  }
  return null;
};

/** Forms of "be" that make a participle passive. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall']);

/**
 * For a quotation inside a sentence with no cue: the subject of the verb that governs it, the nearest verb
 * to its left with a subject ("Trump openly admires Putin as a 'strong leader'", "Reid has gone
 * after Trump as a 'con artist'"); infinitives and participles pass it on to the verb before.
 */
export const governingSubject: Sieve = (c, d) => {
  const { tokens } = c.article;
  const s = sentenceOf(c.article, d.open);
  if (d.kind === 'nonspeech' || d.open <= s.first) return null;
  for (let i = d.open - 1; i >= s.first; i--) {
    const t = tokens[i]!;
    // A verb inside an aside (" - where the Panthers played the Vikings - ", "(...)") governs nothing outside it.
    const opener = asideOpener(tokens, i, s.first);
    if (opener >= 0) {
      i = opener;
      continue;
    }
    // "with Cruz recently promising to 'carpet bomb them'": a participle's own subject after "with"
    // (the tagger may read the participle as an adjective).
    if (/ing$/.test(t.lower) && (t.pos === 'VERB' || t.pos === 'ADJ') && !inAnyQuote(c, i)) {
      let end = i;
      while (end > s.first && tokens[end - 1]!.pos === 'ADV') end--;
      const own = phraseBefore(tokens, s.first, end);
      if (own && tokens[own[0] - 1]?.lower === 'with' && phraseSpeaks(c, own)) return { mention: own, cue: [i, i + 1], sieve: 'governing-subject' };
    }
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || AUXILIARIES.has(t.lower)) continue;
    // ('"Bernie seemed ...," said Rachel Woolard, 20, of Jacksonville, Fla. "She ..."': a verb
    // inside an earlier quotation of the sentence governs nothing outside it.)
    if (inAnyQuote(c, i)) continue;
    // An infinitive or a bare participle passes the subject on; "is praising" is the main verb.
    // ("has been steadily pounding", "is once again questioning": past adverbs to the auxiliary.)
    let before = i - 1;
    while (before > s.first && tokens[before]!.pos === 'ADV') before--;
    if (tokens[i - 1]?.lower === 'to' || (/ing$/.test(t.lower) && !AUXILIARIES.has(tokens[before]?.lower ?? ''))) continue;
    // "often labeled as a 'witch hunt' by Democrats", "known by some as a 'hug'": a passive
    // participle's speaker is its agent.
    const agent = passiveAgent(c, d, i, before, s);
    if (agent) return { mention: agent, cue: [i, i + 1], sieve: 'governing-subject' };
    const subject = subjectOfCue(c, i, s.first);
    if (!subject) {
      const relative = relativeSpeaker(c, i, s.first, d.open, false);
      if (relative) return { mention: relative, cue: [i, i + 1], sieve: 'governing-subject' };
      continue;
    }
    if (RELATIVE.has(tokens[subject[1] - 1]!.lower)) continue;
    // "Trump argued that Cruz has 'got to come a long way'": the clause the quotation sits in is
    // reported by a verb of saying further left, whose subject is the speaker.
    if (looseCueLength(tokens, i) === 0) {
      const reporter = reportingVerbBefore(c, subject[0], s.first);
      if (reporter) return { ...reporter, sieve: 'governing-subject' };
    }
    // Only people and organizations speak: "the system", "taxes" or "it" are not speakers. (A
    // country does, through its government, as the subject of a verb of saying: "South Korea
    // accused the North's leader, Kim Jong Un, of 'fanatic recklessness'".)
    if (phraseSpeaks(c, subject) || (looseCueLength(tokens, i) > 0 && countrySpeaks(c, subject))) {
      return { mention: subject, cue: [i, i + 1], sieve: 'governing-subject' };
    }
    return null;
  }
  return null;
};

/**
 * The agent of the passive participle at `verb` that governs the quotation, when it can speak: "by"
 * right after the quotation ("often labeled as a 'witch hunt' by Democrats") or right after the
 * participle, with nothing but a few words between the agent and the quotation ("known by some
 * Republicans as a 'hug'"). Passive: after a form of "be" or punctuation that opens a reduced
 * clause, or opening the sentence (`before` is the token before the verb, past adverbs); "has
 * declared" is active.
 */
function passiveAgent(c: SieveContext, d: QuoteDraft, verb: number, before: number, s: { first: number; last: number }): [number, number] | null {
  const { tokens } = c.article;
  const limit = s.last;
  if (!/(?:ed|en|wn)$/.test(tokens[verb]!.lower)) return null;
  // ("Asked by Thrush if Clinton 'gets' race": a participle opening the sentence is passive too.)
  const prior = tokens[before];
  if (verb !== s.first && (!prior || !(BE_FORMS.has(prior.lower) || /^[,(—–-]$/.test(prior.text)))) return null;
  const clauseVerb = (from: number, to: number) => tokens.slice(from, to).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  let agent: [number, number] | null = null;
  if (tokens[d.after]?.lower === 'by' && !clauseVerb(verb + 1, d.open)) agent = phraseAfter(tokens, d.after + 1, limit);
  else if (tokens[verb + 1]?.lower === 'by') {
    agent = phraseAfter(tokens, verb + 2, d.open);
    if (agent && (d.open - agent[1] > 4 || clauseVerb(agent[1], d.open))) agent = null;
  }
  return agent && phraseSpeaks(c, agent) ? agent : null;
}

/**
 * The speaker of a cue that ends, with its comma, right before the participle at `participle`:
 * "Spicer said, adding", "said Nefzi, adding", "he told Fox News on Thursday, adding".
 */
function reporterBefore(c: SieveContext, participle: number, from: number): [number, number] | null {
  const { tokens } = c.article;
  if (tokens[participle - 1]?.text !== ',') return null;
  for (let k = participle - 2; k >= Math.max(from, participle - 7); k--) {
    if (isMark(tokens[k]) || tokens[k]!.text === ',') return null;
    const len = looseCueLength(tokens, k);
    if (len === 0) continue;
    const who = subjectOfCue(c, k, from) ?? (tokens[k - 1]?.text === ',' || isMark(tokens[k - 1]) ? phraseAfter(tokens, k + len, participle - 1) : null);
    return who && phraseSpeaks(c, who) ? who : null;
  }
  return null;
}

/** Prepositions that open a sentence with a participle clause ("After saying ...", "Upon hearing ..."). */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'while', 'since', 'when', 'upon', 'on', 'by', 'in']);

/**
 * "After saying her foot was 'so swollen I could barely get my shoe on,' she was rushed ...": a
 * participle opening the sentence (after at most a preposition) has the subject of the main clause
 * after its comma, past any quotation, when that subject can speak.
 */
function openingClauseSubject(c: SieveContext, participle: number): [number, number] | null {
  const { tokens } = c.article;
  const s = sentenceOf(c.article, participle);
  if (participle !== s.first && !(participle === s.first + 1 && PARTICIPLE_OPENERS.has(tokens[s.first]!.lower))) return null;
  for (let k = participle + 1; k < s.last - 1; k++) {
    if (tokens[k]!.text !== ',' || (inAnyQuote(c, k) && !isMark(tokens[k + 1]))) continue;
    // (The comma may sit inside the closing mark: '... my shoe on," she was'.)
    // (Past an adverb set off by commas too: '..., though, Allen did suggest'.)
    let at = k + 1;
    while (at < s.last && (isMark(tokens[at]) || tokens[at]!.text === ',' || ((tokens[at]!.pos === 'ADV' || /^(?:though|however)$/.test(tokens[at]!.lower)) && tokens[at + 1]?.text === ','))) at++;
    const phrase = phraseAfter(tokens, at, s.last);
    return phrase && phraseSpeaks(c, phrase) ? phrase : null;
  }
  return null;
}

/** Verbs of perceiving and remembering, whose object a participle after it describes. */
const PERCEIVING = formsOf(['remember', 'recall', 'see', 'watch', 'hear', 'picture', 'imagine', 'notice', 'recollect']);

/**
 * "I remember President Jimmy Carter going on TV ..., and telling Americans that '...'": a
 * participle chain that opens right after the person a verb of perceiving takes as its object
 * belongs to that person, not to the sentence's subject.
 */
function perceivedActor(c: SieveContext, participle: number): [number, number] | null {
  const { tokens } = c.article;
  const s = sentenceOf(c.article, participle);
  for (let k = participle - 1; k > s.first; k--) {
    const id = c.entityAt[k];
    if (!id || c.entityType.get(id) !== 'PERSON' || c.entityAt[k + 1] === id) continue;
    if (!/ing$/.test(tokens[k + 1]?.lower ?? '') || (tokens[k + 1]!.pos !== 'VERB' && tokens[k + 1]!.pos !== 'AUX')) continue;
    let first = k;
    while (first > s.first && c.entityAt[first - 1] === id) first--;
    // (A title before the name goes with it: "remember President Jimmy Carter".)
    let start = first;
    while (start > s.first && /^(?:PROPN|NOUN)$/.test(tokens[start - 1]!.pos) && /^\p{Lu}/u.test(tokens[start - 1]!.text) && !c.entityAt[start - 1]) start--;
    const verb = tokens[start - 1];
    return verb !== undefined && PERCEIVING.has(verb.lower) && !inAnyQuote(c, k) ? [start, k + 1] : null;
  }
  return null;
}

/** The nearest verb of saying before `before` in the sentence, outside quotations, with a speaker as subject. */
function reportingVerbBefore(c: SieveContext, before: number, floor: number): { mention: [number, number]; cue: [number, number] } | null {
  const { tokens } = c.article;
  for (let i = before - 1; i >= floor; i--) {
    if (inAnyQuote(c, i)) continue;
    const len = looseCueLength(tokens, i);
    if (len === 0) continue;
    const subject = subjectOfCue(c, i, floor);
    if (subject && !RELATIVE.has(tokens[subject[1] - 1]!.lower) && phraseSpeaks(c, subject)) return { mention: subject, cue: [i, i + len] };
    return null;
  }
  return null;
}

/** 'Jones: "..."' and 'WALLACE: ...': a name and a colon right before the quotation. */
export const colonIntroduction: Sieve = (c, d) => {
  const { tokens } = c.article;
  const colon = d.open - 1;
  if (tokens[colon]?.text !== ':') return null;
  const s = sentenceOf(c.article, d.open);
  const who = phraseBefore(tokens, s.first, colon);
  if (!who) return reactionBeforeColon(c, colon, s.first);
  const named = c.entityAt[who[1] - 1] !== undefined || isPersonalPronoun(tokens[who[1] - 1]!);
  return named ? { mention: who, cue: [colon, colon + 1], sieve: 'colon' } : null;
};

/** 'Mr. Smith shot back: "..."': a named subject, a verb in the past (and its particle), a colon. */
function reactionBeforeColon(c: SieveContext, colon: number, from: number): SpeakerFound | null {
  const { tokens } = c.article;
  let v = colon - 1;
  if (PARTICLE.test(tokens[v]?.lower ?? '') || tokens[v]?.lower === 'in') v--;
  if (v <= from || !PAST_FORM.test(tokens[v]!.lower) || !/^(?:VERB|ADJ|NOUN)$/.test(tokens[v]!.pos)) return null;
  const subject = subjectOfCue(c, v, from);
  return subject && phraseSpeaks(c, subject) ? { mention: subject, cue: [v, colon], sieve: 'colon' } : null;
}

/** 'Jones continued:' closing the paragraph before a quotation that opens the next one. */
export const colonInPreviousParagraph: Sieve = (c, d) => {
  const { tokens } = c.article;
  const prev = tokens[d.open - 1];
  if (!prev || prev.paragraph === tokens[d.open]!.paragraph || prev.text !== ':') return null;
  const s = sentenceOf(c.article, d.open - 1);
  for (let i = d.open - 2; i >= s.first; i--) {
    const len = looseCueLength(tokens, i);
    if (len === 0) continue;
    // ("..., said Jones:" names the speaker after the cue only when the colon follows the name and
    // the cue is no infinitive: "refusing to call the slaughter terrorism:" has the verb's object there.)
    const inverted = tokens[i - 1]?.lower === 'to' ? null : phraseAfter(tokens, i + len, d.open - 1);
    const subject = subjectOfCue(c, i, s.first) ?? (inverted?.[1] === d.open - 1 ? inverted : null);
    if (subject && !RELATIVE.has(tokens[subject[1] - 1]!.lower)) return { mention: subject, cue: [i, i + len], sieve: 'colon-previous-paragraph' };
  }
  const who = phraseBefore(tokens, s.first, d.open - 1) ?? sentenceSubject(c, d.open - 1);
  return who && c.entityAt[who[1] - 1] ? { mention: who, cue: [d.open - 1, d.open], sieve: 'colon-previous-paragraph' } : null;
};

/** Conjunctions that open a clause of its own. */
const CONTRASTING: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'although', 'though']);

/** A cue anywhere in the sentence after the quotation: '"X" and "Y," the officials said of it.' */
export const cueLaterInSentence: Sieve = (c, d, index) => {
  const { tokens } = c.article;
  const s = sentenceOf(c.article, Math.max(d.after - 1, 0));
  for (let i = d.after; i < Math.min(s.last, d.after + FAR); i++) {
    if (isMark(tokens[i])) return null;
    // ('... agreed that Clinton is in "good health," while 73 percent said the same of Trump': a
    // cue past a conjunction that opens another clause is that clause's.)
    // (Not "no choice but to": the conjunction must open a subject.)
    if (CONTRASTING.has(tokens[i]!.lower) && /^(?:DET|PROPN|PRON|NUM|NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? '')) return null;
    const len = cueLength(tokens, i);
    if (len === 0) continue;
    // ("..., according to X": the source follows the cue. So does it after an inverted cue,
    // '"...," Clinton said, "..." and against the Brady law, said Brad Bannon'; not the object of
    // a cue whose subject lies before the quotation: 'and called his standing "..."'.)
    const inverted = tokens[i - 1] !== undefined && (/^[,—–]$/.test(tokens[i - 1]!.text) || isMark(tokens[i - 1]));
    // ('... “New York values,” saying the city ...', '“fantastic,” telling reporters': a participle
    // after the quotation has the sentence's subject; the phrase after it is its object.)
    if (/ing$/.test(tokens[i]!.lower) && !speakerFollows(tokens, i)) {
      const who = governingSubject(c, d, index)?.mention;
      return who ? { mention: who, cue: [i, i + len], sieve: 'cue-later' } : null;
    }
    const subject = speakerFollows(tokens, i) ? phraseAfter(tokens, i + len, s.last) : (subjectOfCue(c, i, d.after) ?? (inverted ? phraseAfter(tokens, i + len, s.last) : null));
    return subject ? { mention: subject, cue: [i, i + len], sieve: 'cue-later' } : null;
  }
  return null;
};

/**
 * A quotation with no cue of its own that continues the one before: the next sentence of the
 * same paragraph, or a paragraph of quotation right after a quoted paragraph.
 */
export const continuation: Sieve = (c, d, index) => {
  if (d.kind === 'nonspeech') return null;
  // Only a quotation that opens its sentence continues someone; inside a sentence, the sentence says who.
  const s = sentenceOf(c.article, d.open);
  if (d.open > s.first) return null;
  for (let k = index - 1; k >= 0; k--) {
    const prev = c.drafts[k]!;
    if (prev.kind === 'nonspeech') continue;
    if (d.paragraph - prev.paragraph > 1) return null;
    if (!prev.speaker) return null;
    const { tokens } = c.article;
    // Someone else speaking in between (a cue outside any quotation) breaks the chain.
    const ownCue = prev.speaker.cue;
    // Cues in the rest of the sentence that reports the previous quotation ('..." the tycoon told
    // Reuters when asked about it.') belong to that report, not to a new speaker.
    const reportEnd = sentenceOf(c.article, Math.max(prev.after - 1, ownCue ? ownCue[1] - 1 : 0, prev.first)).last;
    for (let i = Math.max(prev.after, reportEnd); i < d.open; i++) {
      if (ownCue && i >= ownCue[0] && i < ownCue[1]) continue;
      if (cueLength(tokens, i) > 0 && !inAnyQuote(c, i)) return null;
    }
    // So does a sentence in between about another person ("Sen. Bernie Sanders ... identified
    // young voters' exhaustion ... . 'The younger people are ...'").
    if (anotherPersonBetween(c, Math.max(prev.after, reportEnd), d.open, prev.speaker.mention)) return null;
    return { mention: prev.speaker.mention, cue: null, sieve: 'continuation' };
  }
  return null;
};

/** Does a sentence wholly inside [from, to) have a person other than the speaker at `mention` as its subject? */
function anotherPersonBetween(c: SieveContext, from: number, to: number, mention: readonly [number, number] | null): boolean {
  const speaker = mention ? c.entityAt[mention[1] - 1] : undefined;
  for (let s = c.article.tokens[Math.min(from, to)]!.sentence; s < c.article.sentences.length; s++) {
    const sentence = c.article.sentences[s]!;
    if (sentence.last > to) break;
    if (sentence.first < from) continue;
    const subject = sentenceSubject(c, sentence.last - 1);
    const id = subject ? c.entityAt[subject[1] - 1] : undefined;
    if (id !== undefined && id !== speaker && c.entityType.get(id) === 'PERSON') return true;
  }
  return false;
}

const quotedMasks = new WeakMap<SieveContext, Uint8Array>();

/** Is the token inside any quotation's content? (A mask built once per article.) */
function inAnyQuote(c: SieveContext, token: number): boolean {
  let mask = quotedMasks.get(c);
  if (!mask) {
    mask = new Uint8Array(c.article.tokens.length);
    for (const d of c.drafts) mask.fill(1, d.first, d.last);
    quotedMasks.set(c, mask);
  }
  return mask[token] === 1;
}

/** "PENCE: Well, ..." in a transcript: a capitalized label and a colon opening the quotation. */
export const transcriptLabel: Sieve = (c, d) => {
  const { tokens } = c.article;
  const label = tokens[d.first];
  if (!label || tokens[d.first + 1]?.text !== ':' || !/^\p{Lu}[\p{Lu}.'’-]+$/u.test(label.text)) return null;
  return { mention: [d.first, d.first + 1], cue: [d.first + 1, d.first + 2], sieve: 'transcript-label' };
};

/** '"...” ― Sonya Herridge': a dash and a name after the quotation. */
export const dashAfterQuote: Sieve = (c, d) => {
  const { tokens } = c.article;
  if (d.close < 0) return null;
  const dash = tokens[d.after];
  if (!dash || !/^[―—–-]$/.test(dash.text)) return null;
  const s = sentenceOf(c.article, d.after);
  const who = phraseAfter(tokens, d.after + 1, s.last);
  // A name after the dash: one the tagger found, or capitalized words ending the paragraph.
  const ends = who !== null && (who[1] >= s.last || tokens[who[1]]!.paragraph !== tokens[who[0]]!.paragraph || /^[.]$/.test(tokens[who[1]]!.text));
  const named = who !== null && (c.entityAt[who[0]] !== undefined || (ends && tokens.slice(who[0], who[1]).every((t) => /^\p{Lu}/u.test(t.text))));
  return named ? { mention: who, cue: [d.after, d.after + 1], sieve: 'dash-after' } : null;
};

/**
 * The writer's sentence right before a speech quotation that opens its own sentence and has no
 * cue after it, in the same or the previous paragraph; null when there is none. A cue after the
 * quotation that the other rules could not read ('..." Trump barked') says someone is named
 * there, and a sentence before with quotation marks in it is not the writer's.
 */
function writerSentenceBefore(c: SieveContext, d: QuoteDraft): ArticleContext['sentences'][number] | null {
  if (d.kind !== 'speech') return null;
  const { tokens } = c.article;
  const s = sentenceOf(c.article, d.open);
  if (d.open > s.first || s.first === 0) return null;
  const prev = sentenceOf(c.article, s.first - 1);
  if (s.paragraph - prev.paragraph > 1) return null;
  const end = sentenceOf(c.article, Math.max(d.after - 1, d.open)).last;
  for (let i = d.after; i < end; i++) if (!inAnyQuote(c, i) && looseCueLength(tokens, i) > 0) return null;
  for (let i = prev.first; i < prev.last; i++) if (isMark(tokens[i])) return null;
  return prev;
}

/**
 * A quotation opening its sentence with no cue anywhere, right after a sentence about someone:
 * "Valastro praised Christie's leadership. 'We need someone who will ...'" The person the
 * previous sentence is about is the speaker. The last resort of the sieve.
 */
export const previousSubject: Sieve = (c, d) => {
  const prev = writerSentenceBefore(c, d);
  const subject = prev ? sentenceSubject(c, prev.last - 1) : null;
  if (!subject || !phraseSpeaks(c, subject)) return null;
  return { mention: subject, cue: null, sieve: 'previous-subject' };
};

/**
 * A quotation opening its sentence with no cue of its own, right after a sentence of reported
 * speech: "... while Kerry negotiates with Russia, Schiff said. 'The other factor is ...'" The
 * source of that sentence's cue is the speaker. Runs before the previous sentence's subject, which
 * here would be the wrong person.
 */
export const previousCue: Sieve = (c, d) => {
  const prev = writerSentenceBefore(c, d);
  if (!prev) return null;
  const { tokens } = c.article;
  // The last cue of the sentence before: the main report ("..., Schiff said.").
  for (let i = prev.last - 1; i >= prev.first; i--) {
    const len = cueLength(tokens, i);
    if (len === 0) continue;
    let who: [number, number] | null;
    if (speakerFollows(tokens, i)) who = phraseAfter(tokens, i + len, prev.last);
    else who = subjectOfCue(c, i, prev.first) ?? (tokens[i - 1]?.text === ',' ? phraseAfter(tokens, i + len, prev.last) : null);
    // A cue in a clause the report embeds ("she said professors would dismiss her proposals") has
    // no speaker of its own here; the report's cue comes before it.
    if (!who || RELATIVE.has(tokens[who[1] - 1]!.lower) || !speakerHead(c, who[1] - 1)) continue;
    return { mention: who, cue: null, sieve: 'previous-cue' };
  }
  return null;
};

/** The sieve, in order. */
export const SPEAKER_SIEVE: readonly Sieve[] = [
  transcriptLabel,
  cueAfterQuote,
  dashAfterQuote,
  headlineOpener,
  cueBeforeQuote,
  colonIntroduction,
  colonInPreviousParagraph,
  cueLaterInSentence,
  governingSubject,
  continuation,
  previousCue,
  previousSubject,
];
