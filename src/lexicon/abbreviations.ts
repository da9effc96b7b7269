/**
 * Abbreviations that end in a period. Which list a word is in decides whether a sentence
 * may end after it.
 */

/** Titles and other abbreviations that are always followed by more of the same sentence. */
export const NEVER_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'messrs.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'cmdr.',
  'adm.', 'sgt.', 'cpl.', 'pvt.', 'brig.', 'sen.', 'rep.', 'reps.', 'sens.', 'gov.', 'govs.', 'pres.',
  'rev.', 'fr.', 'msgr.', 'hon.', 'atty.', 'supt.', 'det.', 'insp.', 'amb.', 'sec.', 'gens.', 'lt.gen.',
  'st.', 'ste.', 'mt.', 'ft.', 'vs.', 'v.', 'approx.', 'ca.', 'cf.',
  'e.g.', 'i.e.', 'viz.', 'dept.', 'univ.', 'assn.', 'ave.', 'blvd.', 'rd.', 'gov.-elect',
  'op.', 'pp.', 'p.', 'vol.', 'fig.', 'ch.', 'art.', 'sect.',
]);

/**
 * Abbreviated titles of people. wink's tokenizer keeps some whole ("Sen.", "Dr.") and splits others
 * into a word and a period ("Rev" + "."); the wink adapter joins those back into one token.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'messrs.', 'dr.', 'prof.', 'gen.', 'gens.', 'lt.', 'col.', 'maj.', 'capt.', 'cmdr.',
  'adm.', 'sgt.', 'cpl.', 'pvt.', 'brig.', 'sen.', 'sens.', 'rep.', 'reps.', 'gov.', 'govs.', 'pres.',
  'rev.', 'fr.', 'msgr.', 'hon.', 'atty.', 'supt.', 'det.', 'insp.', 'amb.',
]);

/** Abbreviated titles as the nouns a descriptor uses: a role "Indiana Gov." is "the governor". */
export const TITLE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['gov.', 'governor'], ['sen.', 'senator'], ['rep.', 'representative'], ['gen.', 'general'], ['lt.', 'lieutenant'], ['col.', 'colonel'],
  ['capt.', 'captain'], ['adm.', 'admiral'], ['sgt.', 'sergeant'], ['prof.', 'professor'], ['rev.', 'reverend'], ['pres.', 'president'],
  ['atty.', 'attorney'], ['supt.', 'superintendent'], ['cmdr.', 'commander'], ['det.', 'detective'], ['amb.', 'ambassador'],
]);

/** "No. 5": an abbreviation only before a number; "said no." ends a sentence. */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no.', 'nos.', 'nr.']);

/** Month abbreviations: a sentence rarely ends after one unless no day follows. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
]);

/**
 * Capitalized words that typically open a sentence. After an abbreviation that may end a
 * sentence ("the U.S.", "5 p.m.", "Acme Inc."), one of these starts a new one.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'yet', 'in', 'on',
  'at', 'for', 'after', 'before', 'since', 'when', 'while', 'if', 'as', 'there', 'here', 'what',
  'why', 'how', 'who', 'where', 'meanwhile', 'however', 'still', 'also', 'then', 'now', 'some',
  'many', 'most', 'all', 'both', 'each', 'no', 'not', 'one', 'two', 'three', 'such', 'even',
  'despite', 'although', 'though', 'because', 'during', 'under', 'over', 'with', 'without', 'by',
  'from', 'to', 'of', 'officials', 'according', 'last', 'earlier', 'later', 'yesterday', 'today',
  'tomorrow', 'asked', 'instead', 'indeed', 'moreover', 'furthermore', 'nevertheless',
]);
