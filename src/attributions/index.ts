/**
 * The attributions stage: cues found by the classifier, their sources and contents read around
 * them, quotations joined to the attribution that reports them (or given one of their own),
 * evidentials with no source, nesting, and document credits.
 */
import type { ArticleContext } from '../context.js';
import { emptyEntityIndex, type EntityIndex } from '../entities/index.js';
import { BELIEF_LEMMAS, EVIDENTIALS, INTENTION_LEMMAS } from '../lexicon/attribution-words.js';
import { MONTHS, WEEKDAYS } from '../lexicon/time-words.js';
import type { QuoteIndex } from '../quotes/index.js';
import type { Attribution, AttributionForm, AttributionType, Credit } from '../schema/attribution.js';
import type { Quote, QuoteKind, Speaker } from '../schema/quote.js';
import { makeSpan } from '../span.js';
import { phraseBefore, TIME_HEADS } from '../text/phrases.js';
import { firstNotBefore } from '../text/bisect.js';
import { isQuoteMark } from '../text/quotations.js';
import { boundContent } from './content-bounds.js';
import { findCredits } from './credits.js';
import { type Cue, findCues } from './cues.js';
import { describeSource } from './source-kind.js';
import { findContent, findRecipient, findSource, isFrontedQuestion, isLightVerb, isPassive, OBJECT_THEN_TO, participleSource, RAISING_VERBS, raisedContent, type Range, trimObjectAdjuncts } from './spans.js';

export interface AttributionIndex {
  attributions: Attribution[];
  credits: Credit[];
  /** Attribution id of each quote that one reports. */
  quoteAttribution: Map<string, string>;
  /** Speakers for quotes the quote stage left without one, from the attribution that reports them. */
  quoteSpeakers: Map<string, Speaker>;
  /**
   * Kinds the attributions settle: a scare quote inside reported content is the source's words
   * (partial); a fragment kept partial only for a cue somewhere in its sentence, which no source
   * turns out to say, is the writer's term (nonspeech).
   */
  kindOverrides: Map<string, QuoteKind>;
}

/**
 * Quote-speaker sieves that read the speaker off the clause around the quotation, not off a cue of
 * its own; an attribution whose content holds the quotation overrides them ("possessive-statement",
 * "Trump's claim that ...", is its fallback when the cue model misses the attribution).
 */
const WEAK_SIEVES = new Set(['governing-subject', 'participle-subject', 'cue-later', 'previous-cue', 'previous-subject', 'possessive-statement']);

interface Draft {
  cue: Range | null;
  lemma: string;
  source: Range | null;
  content: Range;
  quoteIds: string[];
  evidential: boolean;
}

/** Hooks for the training scripts: `contentBounds` replaces the trained content-boundary models. */
export interface AttributionTuning {
  contentBounds?: (article: ArticleContext, insideQuote: Int32Array, cue: Cue, content: Range) => Range;
}

export function findAttributions(article: ArticleContext, earlier: { entities?: EntityIndex; quotes?: QuoteIndex }, tuning: AttributionTuning = {}): AttributionIndex {
  const entities = earlier.entities ?? emptyEntityIndex(article);
  const quoteIndex = earlier.quotes ?? { quotes: [], drafts: [] };
  const { tokens } = article;
  const drafts: Draft[] = [];
  const types = new Map(entities.entities.map((e) => [e.id, e.type]));
  const cues = findCues(article, entities.insideQuote, (k) => {
    const id = entities.entityAtToken[k];
    return id ? types.get(id) : undefined;
  });
  const isSpeaker = (r: Range): boolean => {
    for (let i = r[1] - 1; i >= r[0]; i--) {
      const id = entities.entityAtToken[i];
      if (id) return types.get(id) !== 'LOCATION';
    }
    const head = tokens[r[1] - 1]!;
    return /^(?:he|she|they|i|we)$/.test(head.lower) || head.pos === 'NOUN';
  };
  // The full name mention covering a token, for sources the part-of-speech phrase rules miss.
  const nameAt = (k: number) => entities.nameRangeAt[k];
  for (const cue of cues) {
    if (EVIDENTIALS.has(tokens[cue.head]!.lower)) continue;
    // "The sale is expected to expand ...": the raised clause, attributed to no one.
    const raised = raisedContent(article, cue);
    if (raised) {
      // A passive keeps its agent ("was berated by his father for ...").
      const agent = RAISING_VERBS.has(cue.lemma) ? null : findSource(article, cue, nameAt);
      const content = (tuning.contentBounds ?? boundContent)(article, entities.insideQuote, cue, raised);
      drafts.push({ cue: [cue.first, cue.last], lemma: cue.lemma, source: agent, content, quoteIds: [], evidential: false });
      continue;
    }
    // "It appears that ...": seeming has no source; nor has "Asked about the vote, ...".
    const sourceless = RAISING_VERBS.has(cue.lemma) || isFrontedQuestion(article, cue);
    const source = sourceless ? null : (coordinatedSource(tokens, cue, drafts) ?? participleSource(article, cue, findSource(article, cue, nameAt), isSpeaker, nameAt));
    let content = findContent(article, cue, source);
    if (!content) continue;
    // "told Breitbart News he'd support ...": the hearer is not part of what was said.
    const hearer = findRecipient(article, cue, source);
    // But "urged him to resign": PolNeAR keeps the one urged in what was urged (not so after "tell").
    // ("emailed the text of the National Defense Authorization Act": a name the tagger cut is no hearer.)
    const nameGoesOn = hearer !== null && /^\p{Lu}/u.test(tokens[hearer[1]]?.text ?? '') && tokens[hearer[1] - 1]?.pos === 'PROPN';
    // A "hearer" that leaves nothing but punctuation after it is the whole content.
    const restHasWords = hearer !== null && tokens.slice(hearer[1], content[1]).some((t) => /[\p{L}\p{N}]/u.test(t.text));
    if (hearer && !nameGoesOn && restHasWords && hearer[0] === content[0] && hearer[1] < content[1] && !(tokens[hearer[1]]?.lower === 'to' && !OBJECT_THEN_TO.has(cue.lemma))) content = [hearer[1], content[1]];
    content = endRelativeClause(article, source, content);
    content = trimObjectAdjuncts(article, content);
    content = reachBackToRelative(article, source, cue, content);
    content = lightVerbContent(tokens, cue, content);
    // Without a source only an evidential or a passive ("is expected") attributes anything.
    if (!source && !sourceless && !isPassive(article, cue)) continue;
    // The rules read to the end of the clause; the trained models start and stop the content where PolNeAR does.
    content = (tuning.contentBounds ?? boundContent)(article, entities.insideQuote, cue, content);
    drafts.push({ cue: [cue.first, cueEnd(article, cue, source, hearer, content)], lemma: cue.lemma, source, content, quoteIds: [], evidential: false });
  }
  closeQuotations(article, drafts);
  dropNestedCues(drafts);
  addEvidentials(article, cues, drafts);
  addPollFrames(article, drafts);
  // Quotations inside the content an attribution reports are that source's words: its source is
  // their speaker, over a speaker the quote stage found only by the clause around them.
  const contained = new Set<string>();
  const kindOverrides = new Map<string, QuoteKind>();
  linkQuotes(article, quoteIndex, drafts, contained, kindOverrides);
  // ("Politifact ruled that Trump's statement about 'thousands of shootings' is true": a content
  // that holds the statement's owner too reports the statement, and the words stay the owner's.)
  const ownerReported = (q: Quote): boolean => {
    const m = q.speaker?.mention;
    if (q.speaker?.sieve !== 'possessive-statement' || !m) return false;
    return drafts.some((d) => tokens[d.content[0]]!.start <= m.start && q.end <= tokens[d.content[1] - 1]!.end);
  };
  const speakerFound = new Set(
    quoteIndex.quotes.filter((q) => q.speaker?.mention && !(contained.has(q.id) && WEAK_SIEVES.has(q.speaker.sieve ?? '') && !ownerReported(q))).map((q) => q.id),
  );
  // A content with no word in it, which no quotation joined, says nothing.
  return { ...build(article, entities, drafts.filter((d) => hasWord(tokens, d.content)), speakerFound), kindOverrides };
}

/**
 * "which he said was not a prison sentence", "what it calls 'sensible laws'": the relative
 * pronoun stands for part of what was said, so the content reaches back to it. "a probe the
 * agency said was ongoing": with no relative pronoun, the noun the clause is about is its missing
 * subject, and the content starts with it.
 */
function reachBackToRelative(article: ArticleContext, source: Range | null, cue: Cue, content: Range): Range {
  const { tokens } = article;
  if (!source || source[1] > cue.first || content[0] < cue.last) return content;
  let r = source[0] - 1;
  if (tokens[r]?.pos === 'ADV') r--; // "which even critics say was ..."
  const rel = tokens[r];
  if (!rel) return content;
  if (/^(?:which|what|whom)$/.test(rel.lower) || (rel.lower === 'that' && /^(?:NOUN|PROPN)$/.test(tokens[rel.index - 1]?.pos ?? ''))) return [rel.index, content[1]];
  const opens = tokens[content[0]]!;
  if (rel.pos === 'NOUN' && rel.sentence === tokens[source[0]]!.sentence && /^(?:AUX|VERB)$/.test(opens.pos) && !/ing$/.test(opens.lower) && opens.lower !== 'to') {
    const antecedent = phraseBefore(tokens, article.sentences[rel.sentence]!.first, rel.index + 1);
    if (antecedent) return [antecedent[0], content[1]];
  }
  return content;
}

/**
 * "McConnell, who in 2010 said the goal was to beat Obama, spoke to reporters": a cue inside a
 * relative clause set off by commas reports no further than the comma where the main clause's
 * verb resumes.
 */
function endRelativeClause(article: ArticleContext, source: Range | null, content: Range): Range {
  const { tokens } = article;
  if (!source || source[1] - source[0] !== 1 || !/^(?:who|which)$/.test(tokens[source[0]]!.lower) || tokens[source[0] - 1]?.text !== ',') return content;
  for (let k = content[0] + 1; k < content[1] - 1; k++) {
    if (isQuoteMark(tokens[k]!.text)) return content;
    const next = tokens[k + 1]!;
    if (tokens[k]!.text === ',' && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.lower)))) return [content[0], k];
  }
  return content;
}

/**
 * "took multiple swipes at Jeb Bush", "offered his congratulations to the winners": a light
 * verb's object is part of the cue, and the content follows its preposition.
 */
function lightVerbContent(tokens: ArticleContext['tokens'], cue: Cue, content: Range): Range {
  if (!isLightVerb(tokens[cue.head]!.lower) || content[0] !== cue.last) return content;
  let k = content[0];
  while (k < content[1] && k - content[0] < 5 && OBJECT_TAGS.has(tokens[k]!.pos)) k++;
  const prep = tokens[k];
  return k > content[0] && prep && k + 1 < content[1] && (CONTENT_PREPOSITIONS.has(prep.lower) || prep.lower === 'to') ? [k + 1, content[1]] : content;
}

/**
 * PolNeAR's cue runs up to the content when what stands between is part of the reporting
 * phrase: a preposition that introduces the content ("said of", "weighed in on"), or the object
 * of a light verb ("expressed amusement that", "took multiple swipes at"). Times, places and
 * media stay out ("said on Friday that").
 */
function cueEnd(article: ArticleContext, cue: Cue, source: Range | null, hearer: Range | null, content: Range): number {
  const { tokens } = article;
  const end = cue.last;
  if (content[0] <= end || content[0] - end > MAX_CUE_GAP) return end;
  if ((source && source[0] >= end && source[0] < content[0]) || (hearer && hearer[0] >= end && hearer[0] < content[0])) return end;
  let k = content[0];
  while (k > end && /^[\p{P}\s]*$/u.test(tokens[k - 1]!.text)) k--;
  if (k <= end) return end;
  for (let i = end; i < k; i++) if (/[\n.!?;,]/.test(tokens[i]!.text)) return end;
  const last = tokens[k - 1]!;
  if (k - end === 1 && (CONTENT_PREPOSITIONS.has(last.lower) || (last.lower === 'to' && isLightVerb(tokens[cue.head]!.lower)))) return k;
  if (isLightVerb(tokens[cue.head]!.lower)) {
    for (let i = end; i < k; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX' || tokens[i]!.pos === 'PROPN') return end;
    return k;
  }
  return end;
}
const MAX_CUE_GAP = 6;
/** Parts of speech of a light verb's object ("his sincere congratulations", "multiple swipes"). */
const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PRON']);
const CONTENT_PREPOSITIONS = new Set(['of', 'on', 'about', 'with', 'at', 'against', 'for', 'over', 'in']);

/**
 * "unleashed withering attacks against Rubio": once a light verb's cue has grown over "attacks",
 * the noun's own cue inside it is not another attribution. Drafts are in text order.
 */
function dropNestedCues(drafts: Draft[]): void {
  let kept = 0;
  let last: Draft | undefined;
  for (const d of drafts) {
    if (last?.cue && d.cue && d.cue[0] >= last.cue[0] && d.cue[1] <= last.cue[1]) continue;
    drafts[kept++] = d;
    last = d;
  }
  drafts.length = kept;
}

/**
 * A content never stops inside a quotation: 'said that "ethanol people" "do a fantastic job. And
 * it's so important."' runs to the closing mark, across the sentence the quotation spans.
 */
function closeQuotations(article: ArticleContext, drafts: Draft[]): void {
  const { tokens, quotations } = article;
  if (quotations.length === 0) return;
  for (const d of drafts) {
    const endAt = tokens[d.content[1] - 1]!.end;
    const lo = firstNotBefore(quotations.length, (k) => quotations[k]!.open.start < tokens[d.content[0]]!.start);
    for (let k = lo; k < quotations.length && quotations[k]!.open.start < endAt; k++) {
      const q = quotations[k]!;
      if (q.nested || !q.close) continue;
      // Only a quotation a few sentences long, in one paragraph.
      if (q.close.start > endAt && q.reopens.length === 0 && q.close.end - endAt < MAX_QUOTE_RUN) {
        let e = d.content[1];
        while (e < tokens.length && tokens[e]!.end <= q.close.end) e++;
        d.content = [d.content[0], e];
      }
    }
  }
}
const MAX_QUOTE_RUN = 600;

/**
 * "He said X and said that Y", "Kasich says X and tells the crowd Y", "posted a comment, saying
 * Y": a cue coordinated with the report just before it, whose content ends at the conjunction
 * or comma, shares that report's source.
 */
function coordinatedSource(tokens: ArticleContext['tokens'], cue: Cue, drafts: Draft[]): Range | null {
  const and = tokens[cue.first - 1];
  // (also a participle after a comma: "posted a comment of her own, saying ..."; ", according to X"
  // names its own source)
  if (!and || cue.lemma === 'according' || !(/^(?:and|but)$/.test(and.lower) || (and.text === ',' && /ing$/.test(tokens[cue.head]!.lower)))) return null;
  const previous = drafts[drafts.length - 1];
  if (!previous?.source || !previous.cue || previous.evidential || tokens[previous.cue[0]]!.sentence !== and.sentence) return null;
  let end = previous.content[1];
  while (end < and.index && /^[,;]$/.test(tokens[end]!.text)) end++;
  return end === and.index && previous.cue[1] <= previous.content[0] ? previous.source : null;
}

const hasWord = (tokens: ArticleContext['tokens'], r: Range): boolean => {
  for (let i = r[0]; i < r[1]; i++) if (/[\p{L}\p{N}]/u.test(tokens[i]!.text)) return true;
  return false;
};

const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** How far into the sentence the comma after "In a ... poll" may come. */
const MAX_POLL_FRAME = 14;

/**
 * "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton": a poll that
 * frames the sentence is its source, "In" the cue and the rest of the sentence the content.
 * PolNeAR reads it so 17 times in train and not 6 times.
 */
function addPollFrames(article: ArticleContext, drafts: Draft[]): void {
  const { tokens } = article;
  for (const s of article.sentences) {
    if (tokens[s.first]?.lower !== 'in') continue;
    let comma = -1;
    let poll = false;
    for (let k = s.first + 1; k < Math.min(s.last, s.first + MAX_POLL_FRAME); k++) {
      const t = tokens[k]!;
      if (t.text === ',') {
        comma = k;
        break;
      }
      if (t.pos === 'AUX' || isQuoteMark(t.text) || t.text === ';') break;
      if (POLL_NOUNS.has(t.lower)) poll = true;
    }
    if (comma < 0 || !poll) continue;
    let end = s.last;
    while (end > comma + 1 && /^[.?!]$/.test(tokens[end - 1]!.text)) end--;
    if (end - comma < 3) continue;
    drafts.push({ cue: [s.first, s.first + 1], lemma: 'in', source: [s.first + 1, comma], content: [comma + 1, end], quoteIds: [], evidential: false });
  }
}

/** "Trump has reportedly vowed ...": content attributed to no one in particular. */
function addEvidentials(article: ArticleContext, cues: Cue[], drafts: Draft[]): void {
  const { tokens } = article;
  for (const t of tokens) {
    if (!EVIDENTIALS.has(t.lower) || (t.lower === 'apparently' && !cues.some((c) => c.head === t.index))) continue;
    const s = article.sentences[t.sentence]!;
    let end = s.last;
    while (end > s.first && /^[.?!]$/.test(tokens[end - 1]!.text)) end--;
    drafts.push({ cue: [t.index, t.index + 1], lemma: t.lower, source: null, content: [s.first, end], quoteIds: [], evidential: true });
  }
}

/**
 * Drafts by the sentences their content touches, so that "which attribution holds this
 * stretch" looks at one sentence's drafts rather than the whole article's.
 */
class ContentIndex {
  private readonly buckets = new Map<number, number[]>();
  private readonly covered = new Map<number, [number, number]>();
  constructor(private readonly article: ArticleContext) {}

  /** Registers (or re-registers after it grew) draft `k` with content `r`. */
  add(k: number, r: Range): void {
    const { tokens } = this.article;
    const from = tokens[r[0]]!.sentence;
    const to = tokens[Math.max(r[0], r[1] - 1)]!.sentence;
    const had = this.covered.get(k);
    for (let s = from; s <= to; s++) {
      if (had && s >= had[0] && s <= had[1]) continue;
      const list = this.buckets.get(s);
      if (list) list.push(k);
      else this.buckets.set(s, [k]);
    }
    this.covered.set(k, had ? [Math.min(had[0], from), Math.max(had[1], to)] : [from, to]);
  }

  /** Drafts whose content touches the sentence of token `at`, in ascending order. */
  at(at: number): number[] {
    const list = this.buckets.get(this.article.tokens[at]!.sentence) ?? [];
    return list.length > 1 ? [...new Set(list)].sort((a, b) => a - b) : list;
  }
}

/**
 * The attribution whose content ends just before token `at`, in the same paragraph, with only
 * punctuation between: the report a following quotation continues.
 */
function reportRightBefore(article: ArticleContext, drafts: readonly Draft[], contents: ContentIndex, at: number): Draft | undefined {
  const { tokens } = article;
  let k = at - 1;
  while (k >= 0 && /^[.?!:;,]$/.test(tokens[k]!.text)) k--;
  if (k < 0 || tokens[k]!.paragraph !== tokens[at]!.paragraph) return undefined;
  let best: Draft | undefined;
  // (Only drafts whose content reaches the sentence of token k can end at it.)
  for (const j of contents.at(k)) {
    const x = drafts[j]!;
    if (x.evidential || x.source === null || x.cue === null) continue;
    let e = x.content[1];
    while (e > x.content[0] && /^[.?!:;,]$/.test(tokens[e - 1]!.text)) e--;
    if (e - 1 !== k) continue;
    if (!best || x.content[0] > best.content[0]) best = x;
  }
  return best;
}

/** Every speech quote belongs to an attribution with the same speaker: the one with its cue, or a new one. */
function linkQuotes(article: ArticleContext, quoteIndex: QuoteIndex, drafts: Draft[], contained: Set<string>, kindOverrides: Map<string, QuoteKind>): void {
  const { tokens } = article;
  const byCue = new Map<string, Draft>();
  const lastByParagraph = new Map<number, Draft>();
  // The first draft whose cue covers each token, and drafts by the sentences of their content.
  const cueAt = new Map<number, number>();
  const contents = new ContentIndex(article);
  const position = new Map<Draft, number>();
  const register = (k: number) => {
    const x = drafts[k]!;
    position.set(x, k);
    if (!x.evidential && x.cue !== null) for (let i = x.cue[0]; i < x.cue[1]; i++) if (!cueAt.has(i)) cueAt.set(i, k);
    contents.add(k, x.content);
  };
  drafts.forEach((_, k) => register(k));
  const grow = (x: Draft, r: Range) => {
    x.content = r;
    contents.add(position.get(x)!, r);
  };
  quoteIndex.drafts.forEach((d, k) => {
    const quote = quoteIndex.quotes[k]!;
    if (quote.kind === 'nonspeech') {
      // "Ramos believes in journalism that 'takes sides'": a scare quote inside what a source is
      // reported to have said or thought is that source's word.
      if (!d.scare) return;
      const at = contents.at(d.open).find((j) => {
        const x = drafts[j]!;
        return !x.evidential && x.source !== null && x.content[0] <= d.open && (d.close >= 0 ? d.close + 1 : d.last) <= x.content[1];
      });
      if (at === undefined) return;
      drafts[at]!.quoteIds.push(quote.id);
      contained.add(quote.id);
      kindOverrides.set(quote.id, 'partial');
      return;
    }
    const first = d.open;
    const last = d.close >= 0 ? d.close + 1 : d.last;
    const cue = d.speaker?.cue ?? null;
    let existingAt = -1;
    if (cue) for (let i = cue[0]; i < cue[1]; i++) {
      const at = cueAt.get(i);
      if (at !== undefined && (existingAt < 0 || at < existingAt)) existingAt = at;
    }
    let existing = existingAt >= 0 ? drafts[existingAt] : undefined;
    // "praised Rubio's positions and said the senator can 'bring positive change'": a cue standing
    // between the content and the quotation reports the quotation instead.
    if (existing && existing.content[1] <= first) {
      for (let i = first - 1; i >= existing.content[1]; i--) {
        const at = cueAt.get(i);
        if (at !== undefined && drafts[at] !== existing && !drafts[at]!.evidential) {
          existing = drafts[at]!;
          break;
        }
      }
    }
    if (existing) {
      existing.quoteIds.push(quote.id);
      const cueRange = existing.cue!;
      const quoteSide = last <= cueRange[0] ? -1 : first >= cueRange[1] ? 1 : 0;
      const contentSide = existing.content[1] <= cueRange[0] ? -1 : existing.content[0] >= cueRange[1] ? 1 : 0;
      if (quoteSide !== 0 && contentSide !== 0 && quoteSide !== contentSide && existing.quoteIds.length === 1) {
        // 'On Israel, Trump added, "..."': the quotation on the other side of the cue is what was
        // said (an interrupted quotation, '"X," he added, "Y"', joins its second part below).
        grow(existing, [first, last]);
      } else if (existing.content[1] <= first || existing.content[0] >= last || (existing.content[0] >= first && existing.content[1] <= last + 1)) {
        // The quotation is (part of) the content when the cue reports it directly.
        grow(existing, [Math.min(existing.content[0], first), Math.max(existing.content[1], last)]);
      }
      lastByParagraph.set(d.paragraph, existing);
      if (d.speaker?.mention && existing.source === null) existing.source = d.speaker.mention;
      return;
    }
    const containingAt = contents.at(first).find((j) => {
      const x = drafts[j]!;
      return !x.evidential && x.content[0] <= first && last <= x.content[1] && x.source !== null;
    });
    const containing = containingAt === undefined ? undefined : drafts[containingAt];
    // A partial quotation inside reported content is the source's; so is a quotation the quote
    // stage found no speaker for ('he said that "..."').
    if (containing && (quote.kind === 'partial' || !d.speaker?.mention)) {
      containing.quoteIds.push(quote.id);
      contained.add(quote.id);
      if (quote.kind === 'speech') lastByParagraph.set(d.paragraph, containing);
      return;
    }
    // A quotation continuing the speaker's words, in the same paragraph or as the next paragraph
    // of quotation, extends that attribution.
    const previous = lastByParagraph.get(d.paragraph) ?? lastByParagraph.get(d.paragraph - 1);
    // So does a quotation with no speaker of its own after an attributed one in the same
    // paragraph ('"...," Toomey fumed on Tuesday. "That would have been ..."').
    const sameParagraph = lastByParagraph.get(d.paragraph);
    const unclaimed = quote.kind === 'speech' && !d.speaker?.mention && sameParagraph !== undefined && sameParagraph.quoteIds.length > 0;
    if ((d.speaker?.sieve === 'continuation' || unclaimed) && previous) {
      previous.quoteIds.push(quote.id);
      grow(previous, [Math.min(previous.content[0], first), Math.max(previous.content[1], last)]);
      lastByParagraph.set(d.paragraph, previous);
      return;
    }
    // And so does one with no speaker right after reported speech ("She said X. \"I really
    // believe ...\""): the report goes on in the speaker's own words.
    const reported = quote.kind === 'speech' && !d.speaker?.cue ? reportRightBefore(article, drafts, contents, first) : undefined;
    if (reported) {
      reported.quoteIds.push(quote.id);
      grow(reported, [reported.content[0], last]);
      lastByParagraph.set(d.paragraph, reported);
      return;
    }
    // An interrupted quotation shares one attribution: '"X," he said, "Y."'
    const key = cue ? `${cue[0]}:${cue[1]}` : null;
    const shared = key ? byCue.get(key) : undefined;
    if (shared) {
      shared.quoteIds.push(quote.id);
      grow(shared, [Math.min(shared.content[0], first), Math.max(shared.content[1], last)]);
      return;
    }
    // A fragment the writer quotes from no one the text names ('designated as "Confidential"')
    // reports nothing: it stays a quotation of its own.
    if (quote.kind === 'partial' && !d.speaker?.mention && cue === null) {
      if (d.looseCue) kindOverrides.set(quote.id, 'nonspeech');
      return;
    }
    const draft: Draft = { cue, lemma: cue ? tokens[cue[0]]!.lower : '', source: d.speaker?.mention ?? null, content: [first, last], quoteIds: [quote.id], evidential: false };
    drafts.push(draft);
    register(drafts.length - 1);
    if (key) byCue.set(key, draft);
    lastByParagraph.set(d.paragraph, draft);
  });
}

function build(article: ArticleContext, entities: EntityIndex, drafts: Draft[], speakerFound: ReadonlySet<string>): Omit<AttributionIndex, 'kindOverrides'> {
  const { tokens, text } = article;
  const span = (r: Range) => makeSpan(text, tokens[r[0]]!.start, tokens[r[1] - 1]!.end);
  drafts.sort((a, b) => a.content[0] - b.content[0] || (a.cue?.[0] ?? 0) - (b.cue?.[0] ?? 0));
  const attributions: Attribution[] = drafts.map((d, k) => {
    // The sentence's own closing punctuation is not part of what was reported.
    while (d.content[1] - d.content[0] > 1 && /^[.,;:]$/.test(tokens[d.content[1] - 1]!.text)) d.content = [d.content[0], d.content[1] - 1];
    const content = span(d.content);
    const quoteCover = d.quoteIds.length > 0;
    const form: AttributionForm = !quoteCover ? 'indirect' : isAllQuoted(article, d) ? 'direct' : 'mixed';
    const lemma = d.lemma;
    const type: AttributionType = d.evidential || d.source === null ? 'evidential' : INTENTION_LEMMAS.has(lemma) && tokens[d.content[0]]?.lower === 'to' ? 'intention' : BELIEF_LEMMAS.has(lemma) ? 'belief' : 'assertion';
    const recipientRange = d.cue && d.lemma ? findRecipient(article, { head: d.cue[0], first: d.cue[0], last: d.cue[1], lemma: lemmaOf(d.lemma) }, d.source) : null;
    let recipient: Attribution['recipient'] = null;
    if (recipientRange) {
      let id: string | null = null;
      for (let i = recipientRange[0]; i < recipientRange[1] && !id; i++) id = entities.entityAtToken[i] ?? null;
      recipient = { ...span(recipientRange), entityId: id };
    }
    return {
      id: `a${k + 1}`,
      source: d.source ? describeSource(article, entities, d.source, entities.insideQuote) : null,
      cue: d.cue ? span(d.cue) : null,
      content,
      form,
      type,
      quoteIds: d.quoteIds,
      recipient,
      parentId: null,
    };
  });
  // Nesting: an attribution inside another's content is reported by it.
  const extent = drafts.map((d) => [Math.min(d.content[0], d.cue?.[0] ?? Infinity, d.source?.[0] ?? Infinity), Math.max(d.content[1], d.cue?.[1] ?? 0, d.source?.[1] ?? 0)] as const);
  const contents = new ContentIndex(article);
  drafts.forEach((d, k) => {
    if (!d.evidential) contents.add(k, d.content);
  });
  drafts.forEach((d, k) => {
    let best = -1;
    const [s, e] = extent[k]!;
    for (const j of contents.at(s)) {
      const o = drafts[j]!;
      if (j === k) continue;
      // The reporting attribution holds the reported one in its content, and its own cue lies outside it.
      const cueOutside = o.cue === null || o.cue[1] <= s || o.cue[0] >= e;
      if (o.content[0] <= s && e <= o.content[1] && cueOutside) {
        if (best < 0 || o.content[1] - o.content[0] < drafts[best]!.content[1] - drafts[best]!.content[0]) best = j;
      }
    }
    if (best >= 0 && attributions[best]!.parentId !== attributions[k]!.id) attributions[k]!.parentId = attributions[best]!.id;
  });
  const quoteAttribution = new Map<string, string>();
  const quoteSpeakers = new Map<string, Speaker>();
  attributions.forEach((a, k) => {
    for (const q of a.quoteIds) {
      if (quoteAttribution.has(q)) continue;
      quoteAttribution.set(q, a.id);
      if (a.source && !speakerFound.has(q) && (a.source.entityId !== null || couldSpeak(article, drafts[k]!.source!))) {
        const { start, end, text } = a.source;
        quoteSpeakers.set(q, { name: a.source.name, entityId: a.source.entityId, mention: { start, end, text }, sieve: 'attribution' });
      }
    }
  });
  return { attributions, credits: findCredits(article, entities), quoteAttribution, quoteSpeakers };
}

/**
 * Can a source span with no entity name a quotation's speaker: does its last word head a noun
 * phrase, and is it more than a date ("matter-of-factly", "Why", "there", "a Sunday", "December
 * 1992" were read as sources)?
 */
function couldSpeak(article: ArticleContext, source: readonly [number, number]): boolean {
  const head = article.tokens[source[1] - 1];
  if (!head || /^(?:there|why|the|another)$/.test(head.lower)) return false;
  // A time ("this week", "less than two weeks") says nothing, and neither does a phrase a
  // preposition governs ("in fact", "in a statement", "outside the sports arena"; "with" opens a
  // clause of its own: "with many marchers chanting").
  const describesTime = article.tokens.slice(source[0], source[1] - 1).every((t) => /^(?:DET|ADJ|NUM|ADV|ADP|SCONJ)$/.test(t.pos));
  if (TIME_HEADS.has(head.lower.replace(/s$/, '')) && describesTime) return false;
  let before = source[0] - 1;
  while (before >= 0 && /^(?:the|a|an)$/.test(article.tokens[before]!.lower)) before--;
  if (GOVERNING.has(article.tokens[before]?.lower ?? '')) return false;
  // (A capitalized word is a name whatever its tag: "Judicial Watch" with "Watch" read as a verb.)
  if (!/^(?:NOUN|PROPN|PRON|NUM)$/.test(head.pos) && !/^\p{Lu}/u.test(head.text)) return false;
  const words = article.tokens.slice(source[0], source[1]).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  return !(words.length <= 2 && words.some((t) => WEEKDAYS.has(t.lower) || MONTHS.has(t.lower)));
}

/** Prepositions whose object is no source: "in a statement", "outside the arena". */
const GOVERNING = new Set(['in', 'on', 'at', 'outside', 'inside', 'during', 'after', 'before', 'since', 'for', 'into', 'about', 'over', 'under', 'through', 'across', 'against', 'among', 'near', 'within']);

const lemmaOf = (word: string): string => (word === 'told' || word === 'tells' || word === 'telling' ? 'tell' : word);

/** Is the content nothing but quotation (and its marks and punctuation)? */
function isAllQuoted(article: ArticleContext, d: Draft): boolean {
  const { tokens } = article;
  let inside = false;
  for (let i = d.content[0]; i < d.content[1]; i++) {
    const t = tokens[i]!;
    if (/^["“”„«»‘’'`]+$/.test(t.text)) {
      inside = !inside;
      continue;
    }
    if (!inside && /[\p{L}\p{N}]/u.test(t.text)) return false;
  }
  return true;
}
