/**
 * The compromise adapter: the only module that imports compromise. presslens does not parse
 * with compromise at run time (importing it costs ~130 ms and a parse ~40 ms per 1,000
 * words); this adapter serves the evaluation baselines and the lexicon build.
 *
 * compromise's `.json({ offset: true })` gives a match's start after any leading punctuation
 * while its length counts that punctuation, so spans are rebuilt here from per-term offsets.
 */
import nlp from 'compromise';

interface TermJson {
  offset: { start: number; length: number };
}
interface MatchJson {
  terms: TermJson[];
}
/** The part of a compromise View this adapter uses. */
export interface CompromiseView {
  json(options: { offset: boolean }): unknown;
}

/** Character spans of a compromise match list: first term's start to last term's end (words only). */
export function viewSpans(view: CompromiseView): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of view.json({ offset: true }) as MatchJson[]) {
    const first = m.terms[0];
    const last = m.terms[m.terms.length - 1];
    if (!first || !last) continue;
    spans.push({ start: first.offset.start, end: last.offset.start + last.offset.length });
  }
  return spans;
}

export type CompromiseDoc = ReturnType<typeof nlp>;

/** A compromise parse of `text` (a full parse: use for baselines, not on the hot path). */
export function parseWithCompromise(text: string): CompromiseDoc {
  return nlp(text);
}

/** The compromise module, for callers that extend it in their own process (baselines). */
export function compromise(): typeof nlp {
  return nlp;
}

/** Words compromise's lexicon gives a tag, lower-cased and sorted (for the lexicon build). */
export function lexiconWords(tag: string): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const words: string[] = [];
  for (const [word, tags] of Object.entries(lexicon)) {
    if (tags === tag || (Array.isArray(tags) && tags.includes(tag))) words.push(word);
  }
  return words.sort();
}
