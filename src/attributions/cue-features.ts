/**
 * Candidate cue tokens and their features, shared by the cue classifier's training and its use.
 * A candidate is a verb of saying, thinking or intending, "according", a colon, a noun of saying
 * or an evidential adverb; the classifier decides which ones attribute something to someone.
 */
import type { ArticleContext } from '../context.js';
import { CUE_NOUNS, CUE_VERB_FORMS, EVIDENTIALS } from '../lexicon/attribution-words.js';
import { POSSESSIVE_DETERMINERS } from '../text/phrases.js';
import { isQuoteMark } from '../text/quotations.js';


const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall', "'s", '’s', "'re", '’re', "'ve", '’ve', "'ll", '’ll', "'d", '’d', "'m", '’m']);

export function isCandidate(article: ArticleContext, i: number): boolean {
  const t = article.tokens[i]!;
  if (t.text === ':') return true;
  if (t.lower === 'according') return article.tokens[i + 1]?.lower === 'to';
  // Any verb may attribute (PolNeAR counts support, preference and decision too); the lexicon
  // is a feature, and the classifier learns which verbs do.
  if ((t.pos === 'VERB' || t.pos === 'AUX') && !AUXILIARY.has(t.lower)) return true;
  // The tagger reads some verbs as nouns or adjectives ("Polls show", "he notes"): a form of a
  // cue verb is a candidate whatever its tag, and the classifier weighs the tag.
  // But after a determiner, an adjective or a possessive it is a noun ("final say", "his claims").
  if (CUE_VERB_FORMS.has(t.lower) && !AUXILIARY.has(t.lower)) {
    const before = article.tokens[i - 1];
    const nominal = t.pos === 'NOUN' && before !== undefined && (before.pos === 'DET' || before.pos === 'ADJ' || POSSESSIVE_DETERMINERS.has(before.lower));
    if (!nominal) return true;
  }
  // Outside verbs, only nouns of saying ("in a statement") and evidential adverbs; "final say" is no cue.
  return CUE_NOUNS.has(t.lower) || EVIDENTIALS.has(t.lower);
}

const suffix = (w: string): string => (/ing$/.test(w) ? 'ing' : /ed$/.test(w) ? 'ed' : /s$/.test(w) ? 's' : '-');

/** What follows a token, in a word: that, quote, colon, comma, to, period, or its POS. */
function kindOf(text: string | undefined, lower: string | undefined, pos: string | undefined): string {
  if (text === undefined) return '</s>';
  if (lower === 'that' || lower === 'to' || lower === 'of' || lower === 'about' || lower === 'for' || lower === 'in' || lower === 'on') return lower;
  if (isQuoteMark(text)) return 'Q';
  if (text === ':' || text === ',' || text === '.' || text === ';' || text === '—') return text;
  return pos ?? 'X';
}

/** Features of candidate token i. `insideQuote[i]` >= 0 when the token is inside a quotation. */
export function cueFeatures(article: ArticleContext, i: number, insideQuote: Int32Array, sentenceHasQuote: boolean, entityType?: (token: number) => string | undefined): string[] {
  const { tokens } = article;
  const t = tokens[i]!;
  const s = article.sentences[t.sentence]!;
  const at = (k: number) => (k >= s.first && k < s.last ? tokens[k] : undefined);
  const lemma = CUE_VERB_FORMS.get(t.lower) ?? t.lower;
  const p1 = at(i - 1);
  const p2 = at(i - 2);
  const n1 = at(i + 1);
  const n2 = at(i + 2);
  const next = kindOf(n1?.text, n1?.lower, n1?.pos);
  const prev = kindOf(p1?.text, p1?.lower, p1?.pos);
  const f = [
    'b',
    `w=${t.lower}`,
    `l=${lemma}`,
    `lex=${CUE_VERB_FORMS.has(t.lower) ? 1 : 0}`,
    `p=${t.pos}`,
    `sfx=${suffix(t.lower)}`,
    `l|sfx=${lemma}|${suffix(t.lower)}`,
    `n=${next}`,
    `pv=${prev}`,
    `l|n=${lemma}|${next}`,
    `l|pv=${lemma}|${prev}`,
    `w-1=${p1?.lower ?? '<s>'}`,
    `w+1=${n1?.lower ?? '</s>'}`,
    `w-2=${p2?.lower ?? '<s>'}`,
    `w+2=${n2?.lower ?? '</s>'}`,
    `p-1=${p1?.pos ?? '<s>'}`,
    `p+1=${n1?.pos ?? '</s>'}`,
    `p-1p+1=${p1?.pos ?? '<s>'}|${n1?.pos ?? '</s>'}`,
    `l|p-1=${lemma}|${p1?.pos ?? '<s>'}`,
    `l|p+1=${lemma}|${n1?.pos ?? '</s>'}`,
    `n2=${kindOf(n2?.text, n2?.lower, n2?.pos)}`,
  ];
  if (insideQuote[i]! >= 0) f.push('inQuote', `l|inQuote=${lemma}`);
  if (sentenceHasQuote) f.push('sentQ', `l|sentQ=${lemma}`);
  if (i === s.first) f.push('first');
  if (i === s.last - 2 || i === s.last - 1) f.push('last');
  if (p1 && /^\p{Lu}/u.test(p1.text)) f.push('prevCap');
  // A quotation closing right before the cue, or one opening right after it
  if (p1 && isQuoteMark(p1.text)) f.push(`afterQuote|l=${lemma}`);
  if (p2 && isQuoteMark(p2.text) && p1?.text === ',') f.push(`afterQuoteComma|l=${lemma}`);
  if (n1 && isQuoteMark(n1.text)) f.push(`beforeQuote|l=${lemma}`);
  if (t.text === ':') f.push(`colon|n=${next}|pv=${prev}`);
  // Who stands before the verb: a person, an organization, a pronoun, a plain noun
  let subject = 'none';
  for (let k = i - 1; k >= Math.max(s.first, i - 5); k--) {
    const tk = tokens[k]!;
    const type = entityType?.(k);
    if (type) {
      subject = type;
      break;
    }
    if (/^(?:he|she|they|i|we)$/.test(tk.lower)) {
      subject = 'PRON';
      break;
    }
    if (tk.pos === 'NOUN') {
      subject = 'NOUN';
      break;
    }
    if (tk.pos === 'VERB' || tk.text === ',' || isQuoteMark(tk.text)) break;
  }
  f.push(`subj=${subject}`, `l|subj=${lemma}|${subject}`);
  // What follows: a clause ("he said the plan failed"), "that", a quotation, an object and "to"
  const n1pos = n1?.pos ?? '</s>';
  const n2pos = n2?.pos ?? '</s>';
  f.push(`n12=${n1pos}|${n2pos}`, `l|n12=${lemma}|${n1pos}|${n2pos}`);
  return f;
}

/** For each sentence, whether it holds a quotation mark. */
export function sentencesWithQuotes(article: ArticleContext): boolean[] {
  const out = article.sentences.map(() => false);
  for (const t of article.tokens) if (isQuoteMark(t.text)) out[t.sentence] = true;
  return out;
}
