/**
 * Rules that correct the tagger's spans with what it cannot learn from 1996 Reuters text:
 * titles in front of names, two names run together, and names followed by a facility or
 * event word. Each rule is a small function over the mention list.
 */
import type { ArticleContext, Token } from '../context.js';
import { EVENT_WORDS, FACILITY_WORDS, LANDFORM_WORDS, ORGANIZATION_HEAD_WORDS, TITLE_MODIFIERS } from '../lexicon/entity-words.js';
import { gazetteer, isFirstName } from '../lexicon/gazetteer.js';
import { MEDIA_NAME_SET } from '../lexicon/media.js';
import { MONTHS, WEEKDAYS } from '../lexicon/time-words.js';
import { PERSON_TITLE_SET as TITLES } from '../lexicon/titles.js';
import { isKnownWord } from '../adapters/wink.js';
import { DASHES } from '../text/phrases.js';
import { isQuoteMark } from '../text/quotations.js';
import lexicon from '../lexicon/data/compromise-lexicon.json';
import type { NameMention } from './mention.js';

const CAPITALIZED = /^[\p{Lu}\d]/u;

/** Length in tokens of a title at the start of `tokens[first..last)`, modifiers included; 0 when none. */
export function titleLength(tokens: readonly Token[], first: number, last: number): number {
  let i = first;
  while (i < last - 1 && TITLE_MODIFIERS.has(tokens[i]!.lower)) i++;
  const found = titleAt(tokens, i, last);
  if (found > 0) return i - first + found;
  // A modifier that is a title itself when no title follows it ("Justice Antonin Scalia",
  // "Chief Justice John Roberts", where "Justice Minister" would have matched above).
  // ("The Justice Department" and "Equal Justice Under Law" keep their word: a name must follow.)
  if (tokens[i]?.pos !== 'PROPN' || ORGANIZATION_HEAD_WORDS.has(tokens[i]!.lower)) return 0;
  for (let j = i - 1; j >= first; j--) {
    const len = titleAt(tokens, j, i);
    if (len > 0) return j - first + len;
  }
  return 0;
}

/** Length of the longest title starting at token `i`, within [i, last); 0 when none. */
function titleAt(tokens: readonly Token[], i: number, last: number): number {
  for (let len = Math.min(4, last - i); len >= 1; len--) {
    const phrase = tokens.slice(i, i + len).map((t) => t.lower).join(' ');
    if (TITLES.has(phrase) || TITLES.has(phrase.replace(/ - /g, '-'))) return len;
  }
  return 0;
}

/** "Home Secretary Suella Braverman" -> "Suella Braverman" (a person); a bare title is no name. */
function stripTitles(article: ArticleContext, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const m of names) {
    const cut = titleLength(article.tokens, m.first, m.last);
    if (cut === 0) {
      out.push(m);
      continue;
    }
    const first = m.first + cut;
    if (first >= m.last || !CAPITALIZED.test(article.tokens[first]!.text)) continue;
    out.push({ ...m, first, type: m.type === 'LOCATION' && m.last - first === 1 ? m.type : 'PERSON', titled: true });
  }
  return out;
}

/** Honorifics that, right before a name, make it a person's ("the Rev. Al Sharpton", "Sen. Warren"). */
const HONORIFIC_BEFORE = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'senator', 'reverend', 'pope', 'rabbi', 'imam', 'ayatollah', 'sheikh', 'governor', 'mayor', 'congressman', 'congresswoman', 'sir', 'dame']);

/**
 * "the Rev. Al Sharpton", "Sen. Pence": a name right after an honorific or an abbreviated title,
 * left outside the name by the tagger, is a person's, whatever type the tagger gave it.
 */
function personAfterHonorific(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  return names.map((m) => {
    if (m.type === 'PERSON' || m.first === 0) return m;
    const before = tokens[m.first - 1]!;
    if (!/^\p{Lu}/u.test(before.text) || before.sentence !== tokens[m.first]!.sentence) return m;
    const abbreviated = before.text.endsWith('.') && TITLES.has(before.lower);
    if (!abbreviated && !HONORIFIC_BEFORE.has(before.lower)) return m;
    if (m.type === 'LOCATION' && m.last - m.first === 1) return m;
    return { ...m, type: 'PERSON', titled: true, subtype: undefined };
  });
}

/**
 * "Intel CEO Craig Barrett" -> "Intel" + "Craig Barrett"; "Acer's Chairman" -> "Acer": a title
 * inside a name separates the organization before it from the person after it.
 */
function splitAtInnerTitle(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const out: NameMention[] = [];
  for (const m of names) {
    let done = false;
    // Not in a name written in capitals ("BOXING - PRINCE NASEEM" is a headline).
    const shouting = tokens.slice(m.first, m.last).every((t) => !/\p{Ll}/u.test(t.text));
    for (let j = m.first + 1; j < m.last && !done && !shouting; j++) {
      if (!CAPITALIZED.test(tokens[j]!.text)) continue;
      const len = titleLength(tokens, j, m.last);
      if (len === 0) continue;
      const possessive = /^['’]s$/.test(tokens[j - 1]!.text);
      const person = j + len < m.last && /^\p{Lu}/u.test(tokens[j + len]!.text);
      // A title ending a name is part of it ("Iron Lady", "Bernard Lama") unless a possessive says whose.
      if (!person && !possessive) continue;
      const orgEnd = possessive ? j - 1 : j;
      if (orgEnd > m.first) out.push({ first: m.first, last: orgEnd, type: 'ORGANIZATION' });
      if (person) out.push({ first: j + len, last: m.last, type: 'PERSON', titled: true });
      done = true;
    }
    if (!done) out.push(m);
  }
  return out;
}

/**
 * "Rep. Adam Schiff" tagged as "Schiff" alone: a known first name the tagger left out, right before
 * a one-word name, belongs to it, and makes it a person's; so does any word that makes with it a
 * person's two-word name the article gives elsewhere.
 */
function takeFirstName(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  // Two-word names of people the article gives in full: "Bill Clinton".
  const full = new Set(names.filter((m) => m.type === 'PERSON' && m.last - m.first === 2).map((m) => `${tokens[m.first]!.text} ${tokens[m.first + 1]!.text}`));
  return names.map((m, k) => {
    const before = tokens[m.first - 1];
    const previous = names[k - 1];
    if (m.last - m.first !== 1 || !before || (previous && previous.last >= m.first) || !m.type) return m;
    if (!/^\p{Lu}\p{Ll}+$/u.test(before.text) || before.sentence !== tokens[m.first]!.sentence) return m;
    // ("Bill Clinton's hair was whiter" opening a sentence, with "Clinton" tagged alone: the
    // article names him "Bill Clinton" elsewhere, even where a first name is a common word.)
    if (full.has(`${before.text} ${tokens[m.first]!.text}`)) return { ...m, first: m.first - 1, type: 'PERSON' };
    if (!isFirstName(before.lower)) return m;
    // Not the first word of a sentence, which is capitalized anyway ("Will Schiff run?").
    if (article.sentences[before.sentence]!.first === m.first - 1) return m;
    return { ...m, first: m.first - 1, type: 'PERSON' };
  });
}

/**
 * "Then-Compaq CEO Michael Capellas": a known first name tagged alone takes the capitalized word
 * after it that is in no name, when that word is a proper noun wink's vocabulary lacks, a name
 * the gazetteer knows and knows as nothing else, or a person's name on its own elsewhere in the
 * article ("Gen. Norman Ham" ... "Ham said").
 */
function takeSurname(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  // One-word names of people elsewhere in the article: "Gen. Norman Ham ... Ham said".
  const alone = new Set(names.filter((m) => m.type === 'PERSON' && m.last - m.first === 1).map((m) => tokens[m.first]!.text));
  return names.map((m, k) => {
    const after = tokens[m.last];
    const next = names[k + 1];
    if (m.type !== 'PERSON' || m.last - m.first !== 1 || !after || (next && next.first <= m.last)) return m;
    if (!isFirstName(tokens[m.first]!.lower) || !after.spaceBefore || after.pos !== 'PROPN' || after.sentence !== tokens[m.first]!.sentence) return m;
    if (!/^\p{Lu}\p{Ll}+$/u.test(after.text)) return m;
    const classes = gazetteer().classesOf(after.lower) ?? [];
    // (A first name after a first name is a surname: "Craig Barrett", "Elizabeth Warren".)
    const surname = classes.includes('last') || (classes.length === 0 && !isKnownWord(after.lower)) || (classes.length > 0 && classes.every((c) => NAME_CLASSES.has(c))) || alone.has(after.text);
    return surname ? { ...m, last: m.last + 1 } : m;
  });
}

/** A token no person's name holds: a number, a score, a time ("6-3", "1,154", "9:33PM"). */
const NOT_IN_PERSON_NAME = /^(?:[\d.,:/-]+|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)$/i;

/** "Alex O'Brien 6-3 6-4 5-7": a person's name ends at its last word and starts at its first. */
function trimNumbersFromPersons(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const out: NameMention[] = [];
  for (const m of names) {
    if (m.type !== 'PERSON') {
      out.push(m);
      continue;
    }
    let first = m.first;
    let last = m.last;
    while (first < last && NOT_IN_PERSON_NAME.test(tokens[first]!.text)) first++;
    while (last > first && NOT_IN_PERSON_NAME.test(tokens[last - 1]!.text)) last--;
    if (first < last) out.push(first === m.first && last === m.last ? m : { ...m, first, last });
  }
  return out;
}

/**
 * "CLEVELAND - Donald Trump painted ...": a dash with space on both sides is no part of a name, so
 * a name the tagger ran across one is two. A part that is a known first name and more is a
 * person's, titles before it aside; an upper-case word opening its paragraph before the dash is a
 * dateline's place.
 */
function splitAtSpacedDash(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const out: NameMention[] = [];
  for (const m of names) {
    let dash = -1;
    for (let i = m.first + 1; i < m.last - 1; i++) {
      if (DASHES.has(tokens[i]!.text) && tokens[i]!.spaceBefore && tokens[i + 1]!.spaceBefore) dash = i;
    }
    if (dash < 0) {
      out.push(m);
      continue;
    }
    const left = { first: m.first, last: dash };
    // (Past lower-case words after the dash: "Mrs. Clinton - and Mr. Trump".)
    let after = dash + 1;
    while (after < m.last - 1 && /^\p{Ll}/u.test(tokens[after]!.text)) after++;
    const right = { first: after, last: m.last };
    const opensParagraph = m.first === 0 || tokens[m.first - 1]!.paragraph !== tokens[m.first]!.paragraph;
    const dateline = opensParagraph && tokens.slice(left.first, left.last).every((t) => !/\p{Ll}/u.test(t.text));
    out.push({ ...left, type: dateline ? 'LOCATION' : m.type });
    // (A title opening the part is a person's: "CONCORD, N.H. - Sen. Bernie Sanders".)
    const cut = titleLength(tokens, right.first, right.last);
    if (cut > 0 && right.first + cut < right.last && CAPITALIZED.test(tokens[right.first + cut]!.text)) {
      out.push({ first: right.first + cut, last: right.last, type: 'PERSON', titled: true });
      continue;
    }
    const person = right.last - right.first >= 2 && isFirstName(tokens[right.first]!.lower);
    out.push({ ...right, type: person ? 'PERSON' : m.type });
  }
  return out;
}

/** "Mercedes" + "-" + "Benz": a name goes on across a hyphen with no space to a capitalized word. */
function joinAtHyphen(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const out: NameMention[] = [];
  for (let k = 0; k < names.length; k++) {
    const m = names[k]!;
    const hyphen = tokens[m.last];
    const word = tokens[m.last + 1];
    if (hyphen?.text !== '-' || hyphen.spaceBefore || !word || word.spaceBefore || !/^\p{Lu}\p{Ll}/u.test(word.text) || word.sentence !== hyphen.sentence) {
      out.push(m);
      continue;
    }
    const next = names[k + 1];
    if (next && next.first === m.last + 1) {
      out.push({ ...m, last: next.last });
      k++;
    } else if (!next || next.first > m.last + 1) {
      out.push({ ...m, last: m.last + 2 });
    } else {
      out.push(m);
    }
  }
  return out;
}

/** Each name merged into the one before it where `join` gives the merged name. */
function mergeNeighbours(names: NameMention[], join: (prev: NameMention, m: NameMention) => NameMention | null): NameMention[] {
  const out: NameMention[] = [];
  for (const m of names) {
    const prev = out[out.length - 1];
    const merged = prev ? join(prev, m) : null;
    if (merged) out[out.length - 1] = merged;
    else out.push(m);
  }
  return out;
}

/** "Douglas" & "Lomason Co": two names joined by an ampersand are one firm. */
function joinAtAmpersand(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  return mergeNeighbours(names, (prev, m) =>
    prev.last + 1 === m.first && tokens[prev.last]!.text === '&' && tokens[prev.last]!.sentence === tokens[m.first]!.sentence
      ? { ...prev, last: m.last, type: 'ORGANIZATION', subtype: undefined }
      : null,
  );
}

/**
 * 'John "Tig" Tiegen', 'Jesús "Chuy" García': a nickname in quotation marks between a first name
 * and a surname makes one person's name with them (a nickname the tagger read as a name of its
 * own goes into it).
 */
function joinAcrossNickname(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const out: NameMention[] = [];
  for (let k = 0; k < names.length; k++) {
    const m = names[k]!;
    const close = nicknameEnd(tokens, m.last);
    if (close < 0 || m.last - m.first > 2) {
      out.push(m);
      continue;
    }
    // Past the nickname (and any name the tagger made of it) to the surname.
    let next = k + 1;
    while (names[next] && names[next]!.last <= close) next++;
    const surname = names[next]?.first === close + 1 ? names[next]! : undefined;
    const firstName = isFirstName(tokens[m.first]!.lower);
    const word = tokens[close + 1];
    let last = -1;
    if (surname && surname.type !== 'LOCATION' && (firstName || m.type === 'PERSON' || (m.type === 'MISC' && surname.type === 'PERSON'))) last = surname.last;
    // (A surname the tagger missed: 'Del. Marcia "Cia" Price (D-Va.)'.)
    else if (!surname && firstName && word?.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(word.text)) last = close + 2;
    if (last < 0 || tokens[last - 1]!.sentence !== tokens[m.first]!.sentence) {
      out.push(m);
      continue;
    }
    out.push({ ...m, last, type: 'PERSON', subtype: undefined });
    k = surname ? next : next - 1;
  }
  return out;
}

/** The closing mark of a nickname whose opening mark is the token at `open` (one to three capitalized words), or -1. */
function nicknameEnd(tokens: readonly Token[], open: number): number {
  if (!isQuoteMark(tokens[open]?.text) || !tokens[open]!.spaceBefore) return -1;
  for (let k = open + 1; k <= open + 4 && tokens[k]; k++) {
    if (isQuoteMark(tokens[k]!.text)) return k > open + 1 && tokens[k + 1]?.spaceBefore ? k : -1;
    if (!CAPITALIZED.test(tokens[k]!.text) && !/^['’-]$/.test(tokens[k]!.text)) return -1;
  }
  return -1;
}

/** Two person fragments side by side ("Yvette" + "Cooper") are one name. */
function joinAdjacentPersons(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  return mergeNeighbours(names, (prev, m) =>
    prev.last === m.first && tokens[m.first]!.sentence === tokens[prev.first]!.sentence &&
    (prev.type === 'PERSON' || prev.titled) && m.type === 'PERSON' && prev.last - prev.first === 1 &&
    isFirstName(tokens[prev.first]!.lower)
      ? { ...prev, last: m.last, type: 'PERSON' }
      : null,
  );
}

const NAME_CLASSES = new Set(['male', 'female', 'first', 'last', 'person']);
/** Words compromise knows as parts of place names ("las", "rd", "calif"). */
const PLACE_WORDS: ReadonlySet<string> = new Set(lexicon.placeWords);

/**
 * Two capitalized words ending a name that read as a person's name the lexicons lack: the first
 * is unknown to wink's vocabulary of common words and names, the second is unknown too or a
 * known name, and neither is a head word or a known place or organization ("Enver Solomon",
 * "Stefania Giannini"; not "East Division", "Options Exchange").
 */
function unknownNamePair(tokens: readonly Token[], j: number): boolean {
  // Not the second half of a hyphenated name ("Eva-Maria"), not a place of two words ("Las Vegas").
  if (!tokens[j]!.spaceBefore || !tokens[j + 1]!.spaceBefore) return false;
  if (gazetteer().matchesAt((i) => (i <= j + 1 ? tokens[i]!.lower : undefined), j).some(([len, classes]) => len === 2 && classes.some((c) => !NAME_CLASSES.has(c)))) return false;
  for (const [k, t] of [tokens[j]!, tokens[j + 1]!].entries()) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
    if (ORGANIZATION_HEAD_WORDS.has(t.lower) || FACILITY_WORDS.has(t.lower) || EVENT_WORDS.has(t.lower) || PLACE_WORDS.has(t.lower)) return false;
    const classes = gazetteer().classesOf(t.lower) ?? [];
    if (classes.some((c) => !NAME_CLASSES.has(c))) return false;
    if (isKnownWord(t.lower) && (k === 0 || classes.length === 0)) return false;
  }
  return true;
}

/** "Refugee Council Enver Solomon" -> "Refugee Council" + "Enver Solomon". */
function splitOrganizationAndPerson(article: ArticleContext, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  const tokens = article.tokens;
  for (const m of names) {
    let split = -1;
    if (m.type !== 'PERSON' && m.last - m.first >= 3) {
      for (let j = m.first + 1; j < m.last - 1; j++) {
        const afterHead = ORGANIZATION_HEAD_WORDS.has(tokens[j - 1]!.lower) && isFirstName(tokens[j]!.lower) && m.last - j <= 3;
        // "Refugee Council Enver Solomon told": an organization of two words or more, then an
        // unknown name, then the verb it is the subject of. After a title and "of", one word of
        // organization is enough ("Minister of Education Stefania Giannini said").
        const afterTitleOf = tokens[m.first - 1]?.lower === 'of' && TITLES.has(tokens[m.first - 2]?.lower ?? '');
        const unknownName = m.last - j === 2 && (j - m.first >= 2 || afterTitleOf) && tokens[m.last]?.pos === 'VERB' && unknownNamePair(tokens, j);
        if (afterHead || unknownName) {
          split = j;
          break;
        }
      }
    }
    if (split < 0) out.push(m);
    else out.push({ first: m.first, last: split, type: 'ORGANIZATION' }, { first: split, last: m.last, type: 'PERSON' });
  }
  return out;
}

/**
 * "the editorial board of the Washington Post Trump said" (a comma missing in the source): a name
 * that opens with a news outlet's name and ends in the surname of a person the article names in
 * full is the outlet and the person.
 */
function splitOutletAndPerson(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const surnames = fullNameSurnames(tokens, names);
  const out: NameMention[] = [];
  for (const m of names) {
    let split = -1;
    if (m.last - m.first >= 3 && surnames.has(tokens[m.last - 1]!.lower)) {
      const outlet = tokens.slice(m.first, m.last - 1).map((t) => t.lower).join(' ').replace(/^the /, '');
      if (MEDIA_NAME_SET.has(outlet)) split = m.last - 1;
    }
    if (split < 0) out.push(m);
    else out.push({ first: m.first, last: split, type: 'ORGANIZATION', subtype: 'MEDIA' }, { first: split, last: m.last, type: 'PERSON' });
  }
  return out;
}

/**
 * "NBC’s Dante Chinni", "Fox News’ Chris Wallace": a name that runs over a possessive into a
 * person's first and last name is the owner and the person. Not a possessive inside a company's
 * name ("McDonald's Corp", "Moody's Investors Service"): a first name must follow it, and a
 * capitalized word after that.
 */
function splitAtPossessive(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const out: NameMention[] = [];
  for (const m of names) {
    let split = -1;
    for (let i = m.first + 1; i < m.last - 2; i++) {
      if (!/^['’]s?$/.test(tokens[i]!.text) || tokens[i]!.spaceBefore) continue;
      const first = tokens[i + 1]!;
      if ((isFirstName(first.lower) || gazetteer().classesOf(first.lower)?.includes('person')) && /^\p{Lu}\p{Ll}/u.test(first.text) && /^\p{Lu}/u.test(tokens[i + 2]!.text)) split = i;
      break;
    }
    if (split < 0) out.push(m);
    else out.push({ first: m.first, last: split, type: m.type }, { first: split + 1, last: m.last, type: 'PERSON' });
  }
  return out;
}

/** "U.S. Embassy", "Islamic Revolution": a name with the capitalized head word after it. */
function absorbHeadWords(article: ArticleContext, names: NameMention[]): NameMention[] {
  const tokens = article.tokens;
  const out: NameMention[] = [];
  for (let k = 0; k < names.length; k++) {
    const m = names[k]!;
    const nextName = names[k + 1];
    let last = m.last;
    let type = m.type;
    let subtype = m.subtype;
    const after = tokens[last];
    if (after && after.sentence === tokens[m.first]!.sentence && /^\p{Lu}/u.test(after.text) && after.spaceBefore) {
      const lower = after.lower;
      const headOfNext = nextName !== undefined && nextName.first === last;
      if (FACILITY_WORDS.has(lower) && (!headOfNext || nextName!.last === last + 1)) {
        last++;
        type = 'LOCATION';
        subtype = 'FACILITY';
        if (headOfNext) k++;
      } else if (EVENT_WORDS.has(lower) && type !== 'PERSON' && (!headOfNext || nextName!.last === last + 1)) {
        last++;
        type = 'MISC';
        subtype = 'EVENT';
        if (headOfNext) k++;
      }
    }
    out.push({ ...m, last, type, subtype });
  }
  return out;
}

const FUNCTION_POS = new Set(['SCONJ', 'CCONJ', 'ADP', 'PRON', 'AUX', 'ADV', 'PART', 'INTJ']);

/** Words that count or pick out ("Several Twitter executives"), whatever the tagger calls them. */
const QUANTIFIER_WORDS: ReadonlySet<string> = new Set(['several', 'many', 'some', 'most', 'few', 'all', 'both', 'each', 'every', 'other', 'such', 'any']);

/** "When AMD", "Several Twitter": a capitalized function word opening a sentence or a clause after a colon is not part of the name. */
function stripLeadingFunctionWords(article: ArticleContext, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  const functional = (t: Token) => FUNCTION_POS.has(t.pos) || QUANTIFIER_WORDS.has(t.lower);
  for (const m of names) {
    let first = m.first;
    // (After a colon a clause opens with a capital too: "many ties: Several Twitter executives".)
    const opens = (k: number) => article.sentences[article.tokens[k]!.sentence]!.first === k || article.tokens[k - 1]?.text === ':';
    while (first < m.last - 1 && functional(article.tokens[first]!) && opens(first)) first++;
    out.push(first === m.first ? m : { ...m, first });
  }
  return out;
}

/** "I'm", which the tokenizer keeps as one word and the tagger may read as a name. */
const isContractedI = (t: Token): boolean => /^i['’]m$/i.test(t.text);

/** "I'm Nancy Pelosi", "I'm": a contracted "I am" opens no name, nor do lower-case words after it. */
function stripContractedI(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const out: NameMention[] = [];
  for (const m of names) {
    let first = m.first;
    if (!isContractedI(tokens[first]!)) {
      out.push(m);
      continue;
    }
    first++;
    while (first < m.last && !/^\p{Lu}/u.test(tokens[first]!.text)) first++;
    if (first < m.last) out.push({ ...m, first });
  }
  return out;
}

const TRAILING_PUNCTUATION = /^[-–—,;:/&]$/;

/** "Mrs. Clinton - and Mr. Trump" split at "and": a name ends in a word, not in a dash or a conjunction. */
function stripTrailingFunctionWords(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const trailing = (t: Token): boolean => t.spaceBefore && (TRAILING_PUNCTUATION.test(t.text) || (/^\p{Ll}/u.test(t.text) && (t.pos === 'CCONJ' || t.pos === 'ADP' || t.pos === 'DET')));
  return names.map((m) => {
    let last = m.last;
    while (last > m.first + 1 && trailing(tokens[last - 1]!)) last--;
    return last === m.last ? m : { ...m, last };
  });
}

/**
 * "Google and Mohamed": a person's name has no "and" in it; the parts are names of their own,
 * each without the title that opens it ("Jack Markell and Sens. Tom Carper").
 */
function splitPersonsAtAnd(article: ArticleContext, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  const { tokens } = article;
  const part = (m: NameMention, first: number, last: number): void => {
    const from = first + titleLength(tokens, first, last);
    if (from < last) out.push({ ...m, first: from, last });
  };
  for (const m of names) {
    let from = m.first;
    // "Douglas & Lomason", "Simon & Schuster": an ampersand joins the names of a firm.
    if (m.type === 'PERSON' && tokens.slice(m.first + 1, m.last - 1).some((t) => t.text === '&')) {
      out.push({ ...m, type: 'ORGANIZATION', subtype: undefined });
      continue;
    }
    if (m.type === 'PERSON') {
      for (let i = m.first + 1; i < m.last - 1; i++) {
        const lower = tokens[i]!.lower;
        if (lower === 'and') {
          part(m, from, i);
          from = i + 1;
        }
      }
    }
    if (from === m.first) out.push(m);
    else part(m, from, m.last);
  }
  return out;
}

const isDateWord = (lower: string): boolean => MONTHS.has(lower) || WEEKDAYS.has(lower) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(lower) || /^(1\d|20)\d\d$/.test(lower);

/** "Feb. 23", "Exchange Friday", "Jan. 1": month and weekday names and day numbers at a name's edges are dates, not names. */
function stripDateWords(article: ArticleContext, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  const { tokens } = article;
  for (const m of names) {
    let first = m.first;
    let last = m.last;
    const monthOrDay = (i: number) => MONTHS.has(tokens[i]!.lower) || WEEKDAYS.has(tokens[i]!.lower);
    while (last > first && isDateWord(tokens[last - 1]!.lower) && (monthOrDay(last - 1) || (last - 2 >= first && monthOrDay(last - 2)) || last - first === 1)) last--;
    while (first < last && monthOrDay(first) && (last - first === 1 || isDateWord(tokens[first + 1]!.lower))) {
      first++;
      // ... with its day and year ("the Aug. 7 Embassy bombings").
      while (first < last - 1 && /^\d/.test(tokens[first]!.text) && isDateWord(tokens[first]!.lower)) first++;
    }
    // "the 1994 Freedom of Access to Clinic Entrances Act": a year before a name dates it.
    // (Not a year that is part of the name: "TSV 1860 Munich".)
    if (last - first > 1 && /^(?:1[89]|20)\d\d$/.test(tokens[first]!.text) && /^(?:the|a|an|his|her|its|their|our)$/.test(tokens[first - 1]?.lower ?? '')) first++;
    if (first === last || (last - first === 1 && /^\d+$/.test(tokens[first]!.text))) continue;
    // What is left of "Oct. 9 and Oct." is no name.
    if (first !== m.first && !CAPITALIZED.test(tokens[first]!.text)) continue;
    out.push(first === m.first && last === m.last ? m : { ...m, first, last });
  }
  return out;
}

/** The last words, lower-cased, of the person names of two words or more ("trump" of "Donald Trump"). */
function fullNameSurnames(tokens: readonly Token[], names: readonly NameMention[]): Set<string> {
  const surnames = new Set<string>();
  for (const m of names) if (m.type === 'PERSON' && m.last - m.first >= 2) surnames.add(tokens[m.last - 1]!.lower);
  return surnames;
}

/**
 * "Magna" after "Magna International Inc": a one-word name typed a person's that opens an
 * organization's name the article gave before is that organization, unless the gazetteer or the
 * article knows it as a person's name ("Ford" after "Ford Motor Co" may be Gerald Ford).
 */
function shortFormOfOrganization(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const firstWords = new Map<string, number>();
  for (const m of names) {
    if (m.type !== 'ORGANIZATION' || m.last - m.first < 2 || !ORGANIZATION_HEAD_WORDS.has(tokens[m.last - 1]!.lower)) continue;
    const word = tokens[m.first]!.lower;
    if (!firstWords.has(word)) firstWords.set(word, m.first);
  }
  if (firstWords.size === 0) return names;
  // ("Trump" after "Trump University" is Donald Trump's surname, which the article gives.)
  const surnames = fullNameSurnames(tokens, names);
  return names.map((m) => {
    // (Only a name typed a person's: "U.S." after "U.S. Bancorp" stays a place.)
    if (m.type !== 'PERSON' || m.last - m.first !== 1) return m;
    const word = tokens[m.first]!.lower;
    const at = firstWords.get(word);
    if (at === undefined || at >= m.first || surnames.has(word) || gazetteer().classesOf(word)?.some((c) => NAME_CLASSES.has(c))) return m;
    return { ...m, type: 'ORGANIZATION', subtype: undefined };
  });
}

/**
 * "Melania Trump" beside "Donald Trump": a short name ending in the surname of a person the
 * article names in full is a person too (relatives, namesakes), unless a word in it marks an
 * organization or a place ("Trump Organization", "Trump Tower" end in other words anyway).
 */
function shareSurnameWithPerson(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const surnames = fullNameSurnames(tokens, names);
  if (surnames.size === 0) return names;
  return names.map((m) => {
    const length = m.last - m.first;
    if (m.type === 'PERSON' || length < 2 || length > 3 || !surnames.has(tokens[m.last - 1]!.lower)) return m;
    for (let i = m.first; i < m.last; i++) {
      const t = tokens[i]!;
      if (!CAPITALIZED.test(t.text) || ORGANIZATION_HEAD_WORDS.has(t.lower) || FACILITY_WORDS.has(t.lower) || EVENT_WORDS.has(t.lower)) return m;
    }
    if (tokens[m.first - 1]?.lower === 'the') return m;
    return { ...m, type: 'PERSON' };
  });
}

/**
 * "National Basketball Association", "Castlefrank Road" typed as people: a name of several words
 * ending in an organization's or a facility's head word names no person.
 */
function headWordTypes(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  return names.map((m) => {
    if (m.type !== 'PERSON' || m.titled || m.last - m.first < 2) return m;
    const head = tokens[m.last - 1]!;
    if (!/^\p{Lu}\p{Ll}/u.test(head.text)) return m;
    if (ORGANIZATION_HEAD_WORDS.has(head.lower)) return { ...m, type: 'ORGANIZATION' };
    if (FACILITY_WORDS.has(head.lower) || STREET_WORDS.has(head.lower)) return { ...m, type: 'LOCATION', subtype: 'FACILITY' };
    // ("Sandy Hook", "Palm Springs": a first name before a word for a landform names a place.)
    if (LANDFORM_WORDS.has(head.lower)) return { ...m, type: 'LOCATION' };
    return m;
  });
}
const STREET_WORDS = new Set(['road', 'street', 'avenue', 'boulevard', 'lane', 'drive']);

/**
 * "Rep. Adam Schiff ... Schiff said": a later mention of a person's surname that the tagger left
 * untagged is a name too. Only a capitalized word the part-of-speech tagger reads as a proper
 * noun, outside any other name, and only surnames of names of two words or more; likewise a
 * known first name that only one such name in the article has, or that names a person alone.
 */
function untaggedSurnames(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const surnames = new Set<string>();
  // ("Thomas Sam ... Thomas' sister": a known first name that one person in the article has.)
  const firstOf = new Map<string, Set<string>>();
  for (const m of names) {
    if (m.type !== 'PERSON' || m.last - m.first < 2 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[m.last - 1]!.text)) continue;
    surnames.add(tokens[m.last - 1]!.text);
    const first = tokens[m.first]!;
    if (isFirstName(first.lower)) firstOf.set(first.text, (firstOf.get(first.text) ?? new Set()).add(tokens[m.last - 1]!.text));
  }
  for (const [first, owners] of firstOf) if (owners.size === 1 && !surnames.has(first)) surnames.add(first);
  // ("The movie shows Bob ... Bob said": a person the article names by a known first name alone,
  // which no longer name in it holds.)
  const inLonger = new Set<string>();
  for (const m of names) if (m.last - m.first > 1) for (let i = m.first; i < m.last; i++) inLonger.add(tokens[i]!.text);
  for (const m of names) {
    const word = tokens[m.first]!;
    if (m.type === 'PERSON' && m.last - m.first === 1 && /^\p{Lu}\p{Ll}+$/u.test(word.text) && isFirstName(word.lower) && !inLonger.has(word.text)) surnames.add(word.text);
  }
  if (surnames.size === 0) return names;
  const covered = new Uint8Array(tokens.length);
  for (const m of names) covered.fill(1, m.first, m.last);
  const added: NameMention[] = [];
  for (const t of tokens) {
    if (covered[t.index] || t.pos !== 'PROPN' || !surnames.has(t.text)) continue;
    // Not inside a longer capitalized run the tagger chose not to call a name ("Schiff Hardin LLP").
    const prev = tokens[t.index - 1];
    const next = tokens[t.index + 1];
    const capital = (x: Token | undefined) => x !== undefined && x.sentence === t.sentence && /^\p{Lu}/u.test(x.text) && x.pos === 'PROPN';
    // (An honorific before it is no such run: "Mr. King said" after "Larry King".)
    const honorific = prev !== undefined && HONORIFIC_BEFORE.has(prev.lower.replace(/\.$/, ''));
    if ((capital(prev) && !honorific) || capital(next) || !t.spaceBefore || (next?.text === '-' && !next.spaceBefore)) continue;
    // "a Trump event", "Trump supporters": a surname modifying a noun names no one there.
    if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) continue;
    added.push({ first: t.index, last: t.index + 1, type: 'PERSON' });
  }
  return added.length === 0 ? names : [...names, ...added].sort((a, b) => a.first - b.first);
}

/**
 * "Justice Antonin | Scalia may have been": a one-word person name the tagger stopped short of a
 * surname goes on over it, when the next word is a capitalized proper noun outside any name that
 * ends another person's name in the article or is no known word.
 */
function extendOverSurname(article: ArticleContext, names: NameMention[]): NameMention[] {
  const { tokens } = article;
  const lastWords = new Set<string>();
  for (const m of names) if (m.type === 'PERSON' && m.last - m.first >= 2) lastWords.add(tokens[m.last - 1]!.text);
  return names.map((m) => {
    if (m.type !== 'PERSON' || m.last - m.first !== 1) return m;
    const next = tokens[m.last];
    if (!next || next.sentence !== tokens[m.first]!.sentence || !next.spaceBefore || next.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(next.text)) return m;
    if (names.some((o) => o.first <= m.last && m.last < o.last)) return m;
    return lastWords.has(next.text) || !isKnownWord(next.lower) ? { ...m, last: m.last + 1 } : m;
  });
}

/** The refinement rules, in order. */
export const REFINEMENTS: readonly ((article: ArticleContext, names: NameMention[]) => NameMention[])[] = [
  splitAtSpacedDash,
  stripLeadingFunctionWords,
  stripDateWords,
  personAfterHonorific,
  stripTitles,
  splitAtPossessive,
  splitPersonsAtAnd,
  joinAtAmpersand,
  joinAtHyphen,
  stripTrailingFunctionWords,
  splitAtInnerTitle,
  splitOrganizationAndPerson,
  splitOutletAndPerson,
  joinAcrossNickname,
  joinAdjacentPersons,
  takeFirstName,
  takeSurname,
  trimNumbersFromPersons,
  absorbHeadWords,
  shareSurnameWithPerson,
  shortFormOfOrganization,
  headWordTypes,
  untaggedSurnames,
  extendOverSurname,
  stripContractedI,
];

export function refineNames(article: ArticleContext, names: NameMention[]): NameMention[] {
  return REFINEMENTS.reduce((acc, rule) => rule(article, acc), names);
}
