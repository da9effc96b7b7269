/**
 * The quotes stage: every paired quotation of the article, classified, with its speaker found
 * by the sieve and resolved to a name.
 */
import type { ArticleContext, Token } from '../context.js';
import { emptyEntityIndex, type EntityIndex } from '../entities/index.js';
import { DOCUMENT_NOUNS } from '../lexicon/attribution-words.js';
import { ORGANIZATION_HEAD_WORDS } from '../lexicon/entity-words.js';
import type { Quote, Speaker } from '../schema/quote.js';
import { makeSpan } from '../span.js';
import { isPersonalPronoun, isPersonalPronounWord } from '../text/phrases.js';
import { firstNotBefore } from '../text/bisect.js';
import type { Quotation } from '../text/quotations.js';
import { classifyQuote, contentWords } from './classify.js';
import { draftOf, type QuoteDraft } from './draft.js';
import { groupPronounSpeaker } from './speaker/antecedent.js';
import { resolveSpeaker } from './speaker/resolve.js';
import { SPEAKER_SIEVE, type SieveContext } from './speaker/sieves.js';

/** HTML attributes (author="x") and empty pairs are not quotations. */
function isQuotation(article: ArticleContext, q: Quotation): boolean {
  if (q.nested) return false;
  if (!/[\p{L}\p{N}]/u.test(article.text.slice(q.start, q.end))) return false;
  const before = article.text[q.open.start - 1];
  return before !== '=';
}

export interface QuoteIndex {
  quotes: Quote[];
  /** Token ranges of each quote's speaker mention and cue, for the attributions stage. */
  drafts: readonly QuoteDraft[];
}

export function findQuotes(article: ArticleContext, earlier: { entities?: EntityIndex }): QuoteIndex {
  const entities = earlier.entities ?? emptyEntityIndex(article);
  const drafts = article.quotations.filter((q) => isQuotation(article, q)).map((q) => draftOf(article, q));
  for (const d of drafts) d.kind = classifyQuote(article, d);
  shareKindInCoordination(article, drafts);
  continueOneWordSpeech(article, drafts);
  const context: SieveContext = { article, drafts, entityAt: entities.entityAtToken, entityType: new Map(entities.entities.map((e) => [e.id, e.type])) };
  drafts.forEach((d, index) => {
    if (d.kind === 'nonspeech') return;
    for (const sieve of SPEAKER_SIEVE) {
      const found = sieve(context, d, index);
      if (found) {
        d.speaker = found;
        break;
      }
    }
  });
  const quotes = drafts.map((d, i): Quote => {
    const speaker: Speaker | null = d.speaker ? resolveSpeaker(article, entities, d.speaker.mention, d.speaker.sieve) : null;
    const cue = d.speaker?.cue ? makeSpan(article.text, article.tokens[d.speaker.cue[0]]!.start, article.tokens[d.speaker.cue[1] - 1]!.end) : null;
    return {
      id: `q${i + 1}`,
      ...makeSpan(article.text, d.q.start, d.q.end),
      kind: d.kind,
      speaker,
      cue,
      open: d.q.open,
      close: d.q.close,
    };
  });
  adoptOrganizationForIt(article, entities, drafts, quotes);
  adoptSpeakerForPronoun(article, entities, drafts, quotes);
  adoptAntecedentForGroupPronoun(article, entities, drafts, quotes);
  return { quotes, drafts };
}

/**
 * The token of the pronoun among `words` that alone names a quotation's speaker with no entity
 * behind it, or -1. ("It is noted on the website that": an "it" before "is", "was", "has" or
 * "had" is an empty subject and refers to no one.)
 */
function lonePronoun(tokens: readonly Token[], q: Quote, d: QuoteDraft, words: ReadonlySet<string>): number {
  const mention = d.speaker?.mention;
  if (!q.speaker || q.speaker.entityId || !mention || mention[1] - mention[0] !== 1 || !words.has(tokens[mention[0]]!.lower)) return -1;
  if (tokens[mention[0]]!.lower === 'it' && /^(?:is|was|has|had)$/.test(tokens[mention[0] + 1]?.lower ?? '')) return -1;
  return mention[0];
}
const IT = new Set(['it']);
const IT_OR_THEY = new Set(['it', 'they']);
const HE_OR_SHE = new Set(['he', 'she']);

/**
 * '"...", said KCNA. "...", it added': "it" reporting a quotation is the organization quoted just
 * before, within two sentences, or the document or organization a description names ('the article
 * read'); not when a person was quoted in between.
 */
function adoptOrganizationForIt(article: ArticleContext, entities: EntityIndex, drafts: readonly QuoteDraft[], quotes: Quote[]): void {
  const { tokens } = article;
  quotes.forEach((q, i) => {
    const pronounAt = lonePronoun(tokens, q, drafts[i]!, IT);
    if (pronounAt < 0 || !q.speaker) return;
    // (The nearest organization named as a subject was tried too: on PolNeAR train it was as often
    // wrong as right, "the GOP candidate ... it reads".)
    const sentence = tokens[pronounAt]!.sentence;
    for (let j = i - 1; j >= 0; j--) {
      // (A quotation closing more than two sentences back has its speaker further back still.)
      if (sentence - tokens[Math.max(drafts[j]!.after - 1, 0)]!.sentence > 2) break;
      const earlier = quotes[j]!.speaker;
      const at = drafts[j]!.speaker?.mention;
      if (!earlier?.name || !at) continue;
      if (sentence - tokens[at[0]]!.sentence > 2) break;
      if (earlier.entityId) {
        const entity = entities.byId.get(earlier.entityId)!;
        if (entity.type === 'ORGANIZATION') q.speaker = { ...q.speaker, name: entity.name, entityId: entity.id };
      } else if (at[1] - at[0] > 1 || tokens[at[0]]!.lower !== 'it') {
        // ('"...," the article read. "...," it added': a document or an organization named by a description.)
        const head = tokens[at[1] - 1]!.lower;
        if (DOCUMENT_NOUNS.has(head) || ORGANIZATION_HEAD_WORDS.has(head)) q.speaker = { ...q.speaker, name: earlier.name };
      }
      return;
    }
  });
}

/**
 * "It" or "they" reporting a quotation that nothing above named: the subject before it that such
 * a pronoun stands for (see groupPronounSpeaker).
 */
function adoptAntecedentForGroupPronoun(article: ArticleContext, entities: EntityIndex, drafts: readonly QuoteDraft[], quotes: Quote[]): void {
  const { tokens } = article;
  quotes.forEach((q, i) => {
    const pronounAt = lonePronoun(tokens, q, drafts[i]!, IT_OR_THEY);
    if (pronounAt < 0 || !q.speaker || q.speaker.name?.toLowerCase() !== tokens[pronounAt]!.lower) return;
    const found = groupPronounSpeaker(article, entities, pronounAt, q.speaker.sieve ?? '');
    if (found?.name) q.speaker = found;
  });
}

/**
 * '... the Republican presidential candidate said in an interview. / "...," he went on.': a "he"
 * or "she" reporting a quotation that the entities stage tied to no one (no named person in reach)
 * is the speaker of the quotation before it, within three paragraphs, when that speaker has a
 * name or a descriptor and nothing says otherwise (a gender that does not fit, an organization).
 */
function adoptSpeakerForPronoun(article: ArticleContext, entities: EntityIndex, drafts: readonly QuoteDraft[], quotes: Quote[]): void {
  const { tokens } = article;
  quotes.forEach((q, i) => {
    const pronounAt = lonePronoun(tokens, q, drafts[i]!, HE_OR_SHE);
    if (pronounAt < 0 || !q.speaker) return;
    const pronoun = tokens[pronounAt]!.lower;
    for (let j = i - 1; j >= 0; j--) {
      if (drafts[i]!.paragraph - drafts[j]!.paragraph > 3) return;
      const earlier = quotes[j]!.speaker;
      const at = drafts[j]!.speaker?.mention;
      if (!earlier?.name || !at || quotes[j]!.kind === 'nonspeech') continue;
      // (Another unresolved pronoun says nothing more.)
      if (!earlier.entityId && at[1] - at[0] === 1 && isPersonalPronoun(tokens[at[0]]!)) continue;
      // A group or a thing is no "he" or "she" ('"Mexico!" the audience screamed back').
      if (!earlier.entityId && !singularPersonHead(tokens[at[1] - 1]!.lower)) return;
      if (earlier.entityId) {
        const entity = entities.byId.get(earlier.entityId)!;
        const gender = entities.gender.get(entity.id);
        if (entity.type !== 'PERSON' || (gender && gender !== (pronoun === 'he' ? 'm' : 'f'))) return;
      }
      q.speaker = { ...q.speaker, name: earlier.name, entityId: earlier.entityId };
      return;
    }
  });
}

const GROUP_HEADS = new Set(['audience', 'crowd', 'public', 'group', 'team', 'campaign', 'staff', 'government', 'administration', 'panel', 'family', 'couple', 'statement', 'report', 'website', 'ad', 'letter']);

/** Can a descriptor's head word be referred to as "he" or "she": no plural, group or organization? */
function singularPersonHead(head: string): boolean {
  return !/s$/.test(head) && !GROUP_HEADS.has(head) && !ORGANIZATION_HEAD_WORDS.has(head);
}

/**
 * 'called the winner “Miss Piggy” and “Miss Housekeeping”': a quotation joined by "and", "or" or
 * a comma to a fragment someone is said to have said is theirs too, whatever its capitals say,
 * and as surely theirs as that fragment is.
 */
function shareKindInCoordination(article: ArticleContext, drafts: QuoteDraft[]): void {
  const { tokens } = article;
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k]!;
    const prev = drafts[k - 1]!;
    if (d.kind === 'speech' || prev.kind !== 'partial' || prev.close < 0 || prev.after >= d.open) continue;
    if (d.open - prev.after > 2) continue;
    if (!tokens.slice(prev.after, d.open).every((t) => /^(?:and|or|,)$/.test(t.lower))) continue;
    // (It is as sure to be someone's words as the one it is joined to.)
    if (d.kind === 'nonspeech' || d.looseCue) {
      d.kind = 'partial';
      d.looseCue = prev.looseCue === true;
    }
  }
}

/**
 * '"We will not back down," the minister said. "Never."': a one-word sentence in marks, right
 * after the sentence that quotes someone's speech in the same paragraph, goes on with that speech.
 * Alone it would read as a term or a title.
 */
function continueOneWordSpeech(article: ArticleContext, drafts: QuoteDraft[]): void {
  const { tokens, sentences } = article;
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k]!;
    const prev = drafts[k - 1]!;
    if (d.kind !== 'nonspeech' || prev.kind !== 'speech' || prev.paragraph !== d.paragraph || d.close < 0) continue;
    const sentence = sentences[tokens[d.open]!.sentence]!;
    const words = contentWords(article, d);
    if (words.length !== 1 || !/^\p{Lu}/u.test(words[0]!.text) || !/[.!?…]$/.test(article.text.slice(d.q.start, d.q.end).trimEnd())) continue;
    if (sentence.first !== d.open || d.after < sentence.last) continue;
    if (tokens[Math.max(prev.after - 1, 0)]!.sentence < tokens[d.open]!.sentence - 1) continue;
    d.kind = 'speech';
  }
}

/** Words of a quotation for comparing one with another: lower case, letters and digits only. */
const comparable = (text: string): string => ` ${text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;

/**
 * A headline's quotation that the body quotes again ("‘We are in shock, horrified’: A mosque feels
 * the spotlight" over a body that says who said it) has the speaker the body gives it. The
 * headline is the first paragraph of an article with more, at most 40 tokens; the quotation must
 * have two words or more and no named speaker of its own, and the body's speaker a name or a
 * descriptor, not a bare pronoun. So has a subhead set in quotation marks ("'A really tough
 * decision.'" standing alone between paragraphs, pulled from "This was a really tough decision,"
 * he said): a quotation of at most eight words that is its paragraph has no speaker in the text,
 * so the one the sieve guessed from the paragraphs around it gives way too. Runs on the finished
 * quotes, once the attributions stage has given its speakers too.
 */
export function speakersFromBodyRepeats(article: ArticleContext, quotes: Quote[]): Quote[] {
  const { paragraphs, sentences } = article;
  if (paragraphs.length < 2) return quotes;
  const headlineEnd = sentences[paragraphs[0]!.last - 1]!.last > 40 ? -1 : paragraphs[0]!.end;
  const wanted: { index: number; words: string; inHeadline: boolean }[] = [];
  const subheads = new Set<number>();
  quotes.forEach((q, index) => {
    if (q.kind === 'nonspeech') return;
    const inHeadline = q.start < headlineEnd;
    const subhead = !inHeadline && isSubhead(article, q);
    if (subhead) subheads.add(index);
    // (A speaker the headline names stays: the body may quote the words again in another's mouth.)
    if (!(subhead || (inHeadline && !q.speaker?.entityId))) return;
    const words = comparable(q.text);
    const count = words.trim().split(' ').length;
    if (count >= 2 && (inHeadline || count <= 8)) wanted.push({ index, words, inHeadline });
  });
  // (Many one-paragraph quotations are a dialogue or a list, not subheads; this also keeps the
  // search below linear in the number of quotations.)
  const targets = subheads.size > MAX_SUBHEADS ? wanted.filter((w) => w.inHeadline) : wanted;
  if (targets.length === 0) return quotes;
  const body = quotes
    .map((b, index) => ({ b, index }))
    .filter(({ b, index }) => b.start >= headlineEnd && !subheads.has(index) && b.speaker?.name && b.speaker.mention && (b.speaker.entityId || !isPersonalPronounWord(b.speaker.mention.text)))
    .map(({ b, index }) => ({ index, words: comparable(b.text) }));
  let out = quotes;
  for (const t of targets) {
    const source = body.find((b) => b.index !== t.index && b.words.includes(t.words));
    if (!source) continue;
    if (out === quotes) out = [...quotes];
    out[t.index] = { ...quotes[t.index]!, speaker: { ...quotes[source.index]!.speaker!, sieve: t.inHeadline ? 'headline-repeat' : 'subhead-repeat' } };
  }
  return out;
}

/** More quotations standing alone as paragraphs than this make no subheads. */
const MAX_SUBHEADS = 20;

/** Is the quotation the whole of its paragraph, but for its marks and a period ("'All Bets Are Off.'")? */
function isSubhead(article: ArticleContext, q: Quote): boolean {
  const at = q.open.start;
  const p = article.paragraphs[firstNotBefore(article.paragraphs.length, (k) => article.paragraphs[k]!.end <= at)];
  if (!p || p.index === 0 || p.start !== at) return false;
  return /^[\s.?!]*$/.test(article.text.slice(q.close?.end ?? q.end, p.end));
}
