/**
 * Name lists compiled into one token trie, looked up over an article's tokens. Built once, on
 * first use, from compromise's lexicon (compiled at build time) and presslens's own lists.
 */
import lexicon from './data/compromise-lexicon.json';
import { MEDIA_OUTLETS } from './media.js';
import { ORGANIZATION_VARIANTS, PLACE_VARIANTS } from './places.js';
import { PERSON_TITLES } from './titles.js';

export type GazetteerClass =
  | 'country' | 'city' | 'region' | 'demonym' | 'male' | 'female' | 'first' | 'last' | 'person'
  | 'org' | 'team' | 'media' | 'title';

interface TrieNode {
  next: Map<string, TrieNode>;
  classes: GazetteerClass[] | null;
}

/** Splits a lexicon entry the way the tokenizer splits text (spaces, commas, possessives). */
export function entryTokens(entry: string): string[] {
  return entry
    .toLowerCase()
    .replace(/,/g, ' , ')
    .replace(/(\S)'s\b/g, "$1 's")
    .split(/\s+/)
    .filter((t) => t !== '');
}

export class Gazetteer {
  private readonly root: TrieNode = { next: new Map(), classes: null };
  /** Longest entry, in tokens. */
  private longest = 1;

  add(entry: string, cls: GazetteerClass): void {
    const tokens = entryTokens(entry);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t);
      if (!child) {
        child = { next: new Map(), classes: null };
        node.next.set(t, child);
      }
      node = child;
    }
    node.classes ??= [];
    if (!node.classes.includes(cls)) node.classes.push(cls);
    this.longest = Math.max(this.longest, tokens.length);
  }

  /** Classes of a single lower-cased token, or null. */
  classesOf(lower: string): readonly GazetteerClass[] | null {
    return this.root.next.get(lower)?.classes ?? null;
  }

  /**
   * Every entry matching at `from`, as [length in tokens, classes], longest first. `lowerAt(i)`
   * gives the lower-cased token i, or undefined past the end.
   */
  matchesAt(lowerAt: (i: number) => string | undefined, from: number): [number, readonly GazetteerClass[]][] {
    const out: [number, readonly GazetteerClass[]][] = [];
    let node: TrieNode | undefined = this.root;
    for (let k = 0; k < this.longest; k++) {
      const t = lowerAt(from + k);
      if (t === undefined) break;
      node = node.next.get(t);
      if (!node) break;
      if (node.classes) out.push([k + 1, node.classes]);
    }
    return out.reverse();
  }
}

/**
 * First names that are also common words, which compromise's name lists leave out ("Bill
 * Clinton", "Hope Hicks"). Only capitalized words are looked up as names, and never at the start
 * of a sentence alone.
 */
const WORD_MALE_NAMES: readonly string[] = ['bill', 'frank', 'rich', 'dick', 'guy', 'art', 'max', 'ray', 'gene', 'dean', 'cliff', 'earl', 'jay', 'mitt', 'newt'];
const WORD_FEMALE_NAMES: readonly string[] = ['hope', 'faith', 'joy'];

const WORD_NAMES: ReadonlySet<string> = new Set([...WORD_MALE_NAMES, ...WORD_FEMALE_NAMES]);
/** Is the lower-cased word one of the first names that are also common words? */
export const isWordName = (lower: string): boolean => WORD_NAMES.has(lower);

let shared: Gazetteer | undefined;

/** The built-in gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  if (shared) return shared;
  const g = new Gazetteer();
  const lists: [keyof typeof lexicon, GazetteerClass][] = [
    ['countries', 'country'], ['cities', 'city'], ['regions', 'region'], ['demonyms', 'demonym'],
    ['maleNames', 'male'], ['femaleNames', 'female'], ['firstNames', 'first'], ['lastNames', 'last'],
    ['people', 'person'], ['organizations', 'org'], ['sportsTeams', 'team'],
  ];
  for (const [key, cls] of lists) {
    const words = lexicon[key];
    if (Array.isArray(words)) for (const w of words) if (w.length > 1) g.add(w, cls);
  }
  for (const name of WORD_MALE_NAMES) g.add(name, 'male');
  for (const name of WORD_FEMALE_NAMES) g.add(name, 'female');
  for (const group of PLACE_VARIANTS) for (const name of group) g.add(name, 'country');
  for (const group of ORGANIZATION_VARIANTS) for (const name of group) g.add(name, 'org');
  for (const group of MEDIA_OUTLETS) for (const name of group) g.add(name, 'media');
  for (const title of PERSON_TITLES) g.add(title, 'title');
  shared = g;
  return g;
}

/** Is the lower-cased word a first name the gazetteer knows (male, female or either)? */
export function isFirstName(lower: string): boolean {
  const classes = gazetteer().classesOf(lower);
  return classes !== null && (classes.includes('male') || classes.includes('female') || classes.includes('first'));
}

/** The gender a first name gives when the gazetteer knows it as male only or female only, else null. */
export function firstNameGender(lower: string): 'm' | 'f' | null {
  const classes = gazetteer().classesOf(lower);
  if (classes?.includes('male') && !classes.includes('female')) return 'm';
  if (classes?.includes('female') && !classes.includes('male')) return 'f';
  return null;
}
