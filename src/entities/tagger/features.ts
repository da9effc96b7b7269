/**
 * Features of the entity tagger. Training and tagging share this file, so what the model
 * learned is what it sees. Static features depend on the text only and are computed once per
 * token; history features depend on the labels already chosen.
 */
import type { ArticleContext, Token } from '../../context.js';
import { gazetteer, isWordName } from '../../lexicon/gazetteer.js';
import { LABELS } from './labels.js';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** Word shape: X for upper-case, x for lower-case, d for digits, runs longer than 3 cut to 3. */
export function wordShape(text: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of text.length > 24 ? text.slice(0, 24) : text) {
    const c = UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 3) out += c;
  }
  return out;
}

/** Shape with every run collapsed to one character. */
function shortShape(shape: string): string {
  let out = '';
  for (const c of shape) if (out[out.length - 1] !== c) out += c;
  return out;
}

/** What the tagger knows of an article beyond single tokens. */
export interface TaggerDocument {
  readonly tokens: readonly Token[];
  readonly shapes: readonly string[];
  /** Gazetteer features per token ("g=country:U", "g=org:B" ...). */
  readonly gazetteer: readonly string[][];
  /** Lower-cased words written capitalized somewhere other than at a sentence start. */
  readonly capitalizedElsewhere: ReadonlySet<string>;
  /** Lower-cased words written in lower case somewhere. */
  readonly lowercaseElsewhere: ReadonlySet<string>;
  /** Per sentence: written in capitals throughout (a headline). */
  readonly capsSentence: readonly boolean[];
}

export function taggerDocument(article: ArticleContext): TaggerDocument {
  const { tokens, sentences } = article;
  const shapes = tokens.map((t) => wordShape(t.text));
  const capitalizedElsewhere = new Set<string>();
  const lowercaseElsewhere = new Set<string>();
  const capsSentence = sentences.map((s) => {
    let letters = 0;
    let lower = 0;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!.text;
      if (LETTER.test(t)) {
        letters++;
        if (LOWER.test(t)) lower++;
      }
    }
    return letters >= 2 && lower === 0;
  });
  for (const t of tokens) {
    const first = sentences[t.sentence]!.first === t.index;
    if (!first && !capsSentence[t.sentence] && UPPER.test(t.text[0] ?? '')) capitalizedElsewhere.add(t.lower);
    if (LOWER.test(t.text[0] ?? '')) lowercaseElsewhere.add(t.lower);
  }
  const gaz: string[][] = tokens.map(() => []);
  const g = gazetteer();
  for (const s of sentences) {
    const lowerAt = (i: number) => (i < s.last ? tokens[i]!.lower : undefined);
    for (let i = s.first; i < s.last; i++) {
      for (const [len, classes] of g.matchesAt(lowerAt, i)) {
        for (const cls of classes) {
          // (The tagger was trained without the first names that are also words; the name rules use them.)
          if (len === 1 && (cls === 'male' || cls === 'female') && isWordName(tokens[i]!.lower)) continue;
          if (len === 1) gaz[i]!.push(`g=${cls}:U`);
          else {
            gaz[i]!.push(`g=${cls}:B`);
            for (let k = i + 1; k < i + len - 1; k++) gaz[k]!.push(`g=${cls}:I`);
            gaz[i + len - 1]!.push(`g=${cls}:L`);
          }
        }
      }
    }
  }
  return { tokens, shapes, gazetteer: gaz, capitalizedElsewhere, lowercaseElsewhere, capsSentence };
}

/** Features of token `i` that do not depend on labels. */
export function staticFeatures(doc: TaggerDocument, i: number, first: number, last: number): string[] {
  const { tokens, shapes } = doc;
  const t = tokens[i]!;
  const caps = doc.capsSentence[t.sentence]!;
  const w = t.lower;
  const at = (k: number) => (k < first ? '<s>' : k >= last ? '</s>' : tokens[k]!.lower);
  const shapeAt = (k: number) => (k < first ? '<s>' : k >= last ? '</s>' : caps ? 'CAPS' : shapes[k]!);
  const posAt = (k: number) => (k < first ? '<s>' : k >= last ? '</s>' : tokens[k]!.pos);
  const shape = caps ? 'CAPS' : shapes[i]!;
  const f = [
    'b',
    `w=${w}`,
    `sh=${shape}`,
    `ss=${shortShape(shape)}`,
    `p=${t.pos}`,
    `w-1=${at(i - 1)}`,
    `w+1=${at(i + 1)}`,
    `w-2=${at(i - 2)}`,
    `w+2=${at(i + 2)}`,
    `sh-1=${shapeAt(i - 1)}`,
    `sh+1=${shapeAt(i + 1)}`,
    `p-1=${posAt(i - 1)}`,
    `p+1=${posAt(i + 1)}`,
    `w-1w=${at(i - 1)}|${w}`,
    `ww+1=${w}|${at(i + 1)}`,
    `shsh+1=${shape}|${shapeAt(i + 1)}`,
    `sh-1sh=${shapeAt(i - 1)}|${shape}`,
  ];
  if (w.length > 1) {
    for (let k = 1; k <= 4 && k < w.length; k++) {
      f.push(`pre${k}=${w.slice(0, k)}`, `suf${k}=${w.slice(-k)}`);
    }
  }
  if (i === first) f.push(`first|sh=${shape}`);
  if (caps) f.push(`caps|w=${w}`);
  const capitalized = UPPER.test(t.text[0] ?? '');
  if (capitalized || caps) {
    if (doc.capitalizedElsewhere.has(w)) f.push('capEls');
    if (doc.lowercaseElsewhere.has(w)) f.push('lowEls');
  }
  for (const g of doc.gazetteer[i]!) f.push(g);
  if (i > first) for (const g of doc.gazetteer[i - 1]!) f.push(`-1${g}`);
  if (i + 1 < last) for (const g of doc.gazetteer[i + 1]!) f.push(`+1${g}`);
  return f;
}

/** Features that depend on the labels chosen so far. */
export function historyFeatures(w: string, prev: number, prev2: number, history: string | undefined): string[] {
  const p1 = prev < 0 ? '<s>' : LABELS[prev]!;
  const p2 = prev2 < 0 ? '<s>' : LABELS[prev2]!;
  return [`y-1=${p1}`, `y-2y-1=${p2}|${p1}`, `y-1w=${p1}|${w}`, `h=${history ?? '-'}`];
}
