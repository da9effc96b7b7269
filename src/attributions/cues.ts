/**
 * Finding attribution cues: the classifier picks candidate tokens; each is grown into the verb
 * group the benchmark conventions mark as the cue ("has also said", "pointed out", "according to").
 */
import type { ArticleContext } from '../context.js';
import { CUE_VERB_FORMS, EVIDENTIALS } from '../lexicon/attribution-words.js';
import { cueFeatures, isCandidate, sentencesWithQuotes } from './cue-features.js';
import model from './cue-model.json';
import { BinaryScorer, type PackedBinaryModel } from '../model/linear.js';

export interface Cue {
  /** The token the classifier chose. */
  head: number;
  /** The cue's tokens [first, last). */
  first: number;
  last: number;
  lemma: string;
}

let scorer: BinaryScorer | undefined;

const GROUP_LEFT = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'can', 'could', 'may', 'might',
  'should', 'must', 'did', 'does', 'do', 'not', "n't", 'n’t', 'never', 'also', 'recently', 'later', 'now', 'just', 'still',
  'then', 'often', 'even', 'repeatedly', 'first', 'previously', 'already', 'again', 'once', 'publicly', 'privately', 'long',
  'frequently', 'since', 'openly', 'explicitly', 'flatly', 'widely', 'increasingly', 'quickly', "'s", '’s', "'ve", '’ve', "'d", '’d', "'ll", '’ll',
]);
/** Does a word before a cue verb belong to its verb group: an auxiliary or an adverb ("has twice complained", "strongly suggested")? Not a name the tagger read as an adverb ("Jolly said"). */
const inVerbGroup = (t: ArticleContext['tokens'][number]): boolean =>
  GROUP_LEFT.has(t.lower) || (t.pos === 'ADV' && /^[a-z]+ly$/.test(t.text) && !EVIDENTIALS.has(t.lower)) || /^(?:always|twice|both|all)$/.test(t.lower);

/** Words after a verb that belong to its cue: "pointed out", "called for", "referring to". */
const PARTICLES: Record<string, string[]> = {
  point: ['out', 'to'], call: ['for', 'on'], refer: ['to'], talk: ['about'], speak: ['about', 'of', 'out'], go: ['on'], write: ['in'],
  vote: ['for', 'against'], respond: ['to'], focus: ['on'], look: ['at', 'for'], worry: ['about'], comment: ['on'], rail: ['against'],
  advocate: ['for'], ask: ['about', 'for'], warn: ['of', 'about', 'against'], push: ['for'], lay: ['out'], complain: ['about'],
  reflect: ['on'], weigh: ['in'], chime: ['in'], argue: ['for', 'against'], testify: ['about'], joke: ['about'], boast: ['about'],
};

/** The particles of a verb form, for verbs outside the cue lexicon too ("focused on", "railed against"). */
function particlesOf(form: string): string[] | undefined {
  if (form === 'laid') return PARTICLES.lay;
  for (const base of [form, form.replace(/(?:ed|ing|s)$/, ''), form.replace(/(?:d|es)$/, ''), form.replace(/ing$/, 'e')]) {
    if (Object.hasOwn(PARTICLES, base)) return PARTICLES[base];
  }
  return undefined;
}

/**
 * "Lynch: No outside influence on FBI probe.", "TRUMP: The deaths of ...": a sentence that opens
 * with nothing but a person's or organization's name and a colon gives that name's words.
 */
const NOT_SPEAKERS = new Set(['latest', 'update', 'updated', 'watch', 'video', 'photo', 'photos', 'read', 'note', 'editor', 'correction', 'question', 'answer', 'q', 'a', 'name', 'remember', 'breaking', 'exclusive', 'analysis', 'opinion', 'poll', 'live', 'transcript']);

function namedColon(article: ArticleContext, colon: number, entityType?: (token: number) => string | undefined): boolean {
  const { tokens } = article;
  const s = article.sentences[tokens[colon]!.sentence]!;
  const length = colon - s.first;
  if (length < 1 || length > 5 || !entityType) return false;
  const next = tokens[colon + 1];
  if (!next || !/^[\p{Lu}"“‘']/u.test(next.text) || colon + 3 >= s.last) return false;
  for (let k = s.first; k < colon; k++) {
    const type = entityType(k);
    if (type === 'PERSON' || type === 'ORGANIZATION') continue;
    // A headline name the tagger did not know ("Lynch: ..."): a short run of proper nouns.
    if (type !== undefined || length > 3 || !/^\p{Lu}/u.test(tokens[k]!.text) || /^(?:DET|ADP|PRON|AUX|CCONJ)$/.test(tokens[k]!.pos) || NOT_SPEAKERS.has(tokens[k]!.lower)) return false;
  }
  return true;
}

export function findCues(article: ArticleContext, insideQuote: Int32Array, entityType?: (token: number) => string | undefined): Cue[] {
  scorer ??= new BinaryScorer(model as PackedBinaryModel);
  const { tokens } = article;
  const withQuotes = sentencesWithQuotes(article);
  const cues: Cue[] = [];
  for (const t of tokens) {
    const i = t.index;
    if (!isCandidate(article, i)) continue;
    if (scorer.score(cueFeatures(article, i, insideQuote, withQuotes[t.sentence]!, entityType)) <= 0 && !(t.text === ':' && namedColon(article, i, entityType))) continue;
    const lemma = t.lower === 'according' ? 'according' : t.text === ':' ? ':' : (CUE_VERB_FORMS.get(t.lower) ?? t.lower);
    // "known as": naming, not reporting.
    if (tokens[i + 1]?.lower === 'as' && lemma === 'know') continue;
    const prev = cues[cues.length - 1];
    // Two candidates in one verb group ("has said", "is expected to say") make one cue; an evidential
    // adverb before a verb ("has reportedly vowed") stays apart so the verb keeps its own source.
    if (prev && prev.last >= i && !EVIDENTIALS.has(tokens[prev.head]!.lower)) {
      prev.last = Math.max(prev.last, i + 1);
      continue;
    }
    let first = i;
    const sentenceFirst = article.sentences[t.sentence]!.first;
    while (first > sentenceFirst && inVerbGroup(tokens[first - 1]!)) first--;
    let last = i + 1;
    if (lemma === 'according' && tokens[i + 1]?.lower === 'to') last = i + 2;
    else if (particlesOf(lemma)?.includes(tokens[i + 1]?.lower ?? '')) last = i + 2;
    // "went on to say"
    if (lemma === 'go' && tokens[i + 1]?.lower === 'on' && tokens[i + 2]?.lower === 'to') last = Math.min(i + 4, tokens.length);
    cues.push({ head: i, first, last, lemma });
  }
  return cues;
}
