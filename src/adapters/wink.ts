/**
 * The wink-nlp adapter: the only module that imports wink-nlp. It turns wink's token
 * indices into UTF-16 offsets into the exact input, and keeps wink away from input it
 * handles badly (its tokenizer is quadratic in the length of a run without spaces).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';

/** A token as the adapter hands it on: offsets into the input and a Universal POS tag. */
export interface TaggedToken {
  start: number;
  end: number;
  pos: string;
}

type WinkInstance = ReturnType<typeof winkNLP>;
let instance: WinkInstance | undefined;
/** Words wink has added to its lexicon since the instance was made (see `isolatedModel`). */
let learned: (() => number) | undefined;
/** Looks a word up in the model's own vocabulary (not the words learnt since); set by `isolatedModel`. */
let inVocabulary: ((word: string) => boolean) | undefined;

/** wink's lexicon cache, as its feature functions receive it. */
interface WinkCache {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
  currentSize(): number;
}
type FeatureFns = Record<string, unknown>;

/**
 * The wink model, wrapped so that one article's reading does not depend on the articles read
 * before it. wink adds every out-of-vocabulary word it meets to its lexicon, for good, and its
 * tokenizer then keeps such a word whole where it would otherwise split it ("Lord's" after some
 * earlier article had it): the same article came out with different tokens and tags depending on
 * what preceded it (winkjs/wink-nlp#143). The wrapper makes the tokenizer's "is this a known
 * word?" look-ups answer from the model's own vocabulary only, while wink's feature extraction
 * still sees everything. It also serves the custom-entity meta model once: each call of the
 * original re-serializes it, and repeated instances would grow it without bound.
 */
function isolatedModel(): typeof model {
  const m = model as unknown as { featureFn: (config: unknown) => FeatureFns; metaCER: () => unknown };
  const meta = m.metaCER();
  let patched = false;
  let inFeature = 0;
  const patch = (cache: WinkCache): void => {
    patched = true;
    const lookup = cache.lookup.bind(cache);
    const intrinsic = cache.intrinsicSize();
    learned = () => cache.currentSize() - intrinsic;
    inVocabulary = (word: string) => {
      const found = lookup(word);
      return found !== null && found.length === 1 && found[0]! < intrinsic;
    };
    cache.lookup = (text: string) => {
      const found = lookup(text);
      if (inFeature === 0 && found !== null && found.length === 1 && found[0]! >= intrinsic) return null;
      return found;
    };
  };
  const featureFn = (config: unknown): FeatureFns => {
    const fns = m.featureFn(config);
    for (const [name, fn] of Object.entries(fns)) {
      if (typeof fn !== 'function') continue;
      fns[name] = (word: unknown, category: unknown, cache: WinkCache | undefined) => {
        // The first new word wink meets hands over its cache: patch it before any later look-up.
        if (!patched && cache && typeof cache.lookup === 'function') patch(cache);
        inFeature++;
        try {
          return (fn as (...args: unknown[]) => unknown)(word, category, cache);
        } finally {
          inFeature--;
        }
      };
    }
    return fns;
  };
  return { ...model, featureFn, metaCER: () => meta } as typeof model;
}

/** Words the cache may learn before the instance is replaced, to keep a long stream's memory flat. */
const MAX_LEARNED = 200_000;

/** Loads the wink model once, on first use (about 50 ms), and reuses it afterwards. */
function wink(): WinkInstance {
  if (instance && learned && learned() > MAX_LEARNED) {
    instance = undefined;
    learned = undefined;
  }
  instance ??= winkNLP(isolatedModel(), ['pos']);
  return instance;
}

/**
 * Is the word in the wink model's vocabulary of about 88,000 English words and names? Words it
 * lacks are mostly rare names ("Enver", "Billups"); common words, capitalized or not, are in it.
 */
export function isKnownWord(word: string): boolean {
  // The vocabulary is reached through wink's cache, handed over with the first unknown word read.
  if (!inVocabulary) wink().readDoc('zqxjvw');
  return inVocabulary ? inVocabulary(word) : true;
}

/** Runs without whitespace longer than this are not given to wink (its cost grows with the square of their length). */
const MAX_RUN = 100;
/** wink reads text in pieces of at most this many characters, cut at whitespace. */
const MAX_PIECE = 200_000;

const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x85 || c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
  c === 0x3000 || c === 0xfeff;

/** Tokenizes and tags `text`, returning tokens in order with exact offsets. */
export function tagText(text: string): TaggedToken[] {
  const out: TaggedToken[] = [];
  let pieceStart = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && !isSpace(text.charCodeAt(j))) j++;
    if (j - i > MAX_RUN) {
      tagPiece(text, pieceStart, i, out);
      fallbackTokens(text, i, j, out);
      pieceStart = j;
    } else if (j - pieceStart > MAX_PIECE) {
      tagPiece(text, pieceStart, i, out);
      pieceStart = i;
    }
    i = j;
  }
  tagPiece(text, pieceStart, n, out);
  return out;
}

/** Tags `text.slice(from, to)` with wink and maps its tokens back onto the input. */
function tagPiece(text: string, from: number, to: number, out: TaggedToken[]): void {
  if (to <= from) return;
  const piece = text.slice(from, to);
  if (piece.trim() === '') return;
  const nlp = wink();
  const tokens = nlp.readDoc(piece).tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(nlp.its.precedingSpaces) as string[];
  const tags = tokens.out(nlp.its.pos) as string[];
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k] as string;
    if (value === '' || value.trim() === '') {
      cursor += (spaces[k] as string).length + value.length;
      continue;
    }
    let at = cursor + (spaces[k] as string).length;
    if (!piece.startsWith(value, at)) {
      // wink drops a few characters it treats as space (U+2028, U+FEFF, form feed...):
      // look a short way ahead for the value.
      at = piece.indexOf(value, cursor);
      if (at < 0 || at - cursor > 16) {
        fallbackTokens(text, from + cursor, to, out);
        return;
      }
    }
    const prev = out[out.length - 1];
    if (value === '.' && prev !== undefined && prev.end === from + at && prev.start >= from && splitTitle(text, prev)) {
      // "Rev" + "." -> "Rev.": wink splits some abbreviated titles; everything after reads them whole.
      prev.end += 1;
      cursor = at + 1;
      continue;
    }
    out.push({ start: from + at, end: from + at + value.length, pos: tags[k] ?? 'X' });
    cursor = at + value.length;
  }
}

/** Is the token a capitalized abbreviated title whose period wink split off ("Rev", "Sens", "Msgr")? */
function splitTitle(text: string, t: TaggedToken): boolean {
  if (t.end - t.start > 6 || !/^\p{Lu}\p{Ll}*$/u.test(text.slice(t.start, t.end))) return false;
  return TITLE_ABBREVIATIONS.has(`${text.slice(t.start, t.end).toLowerCase()}.`);
}

const FALLBACK_TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Tokens for text wink is not given: words and single symbols, tagged X. */
function fallbackTokens(text: string, from: number, to: number, out: TaggedToken[]): void {
  const piece = text.slice(from, to);
  if (to - from > MAX_RUN && !/\s/.test(piece)) {
    // One unbroken run: a single token, so a pathological "word" costs nothing further.
    out.push({ start: from, end: to, pos: 'X' });
    return;
  }
  FALLBACK_TOKEN.lastIndex = 0;
  for (let m = FALLBACK_TOKEN.exec(piece); m !== null; m = FALLBACK_TOKEN.exec(piece)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, pos: 'X' });
  }
}

/**
 * A bare wink read of `text` with the pipeline presslens uses (tokens and POS), returning the
 * token count: the baseline the benchmark compares the whole analysis with.
 */
export function readWithWink(text: string): number {
  return wink().readDoc(text).tokens().length();
}
