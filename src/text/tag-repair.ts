/**
 * Repairs of part-of-speech tags the tagger gets wrong in a way the grammar rules out, so that
 * every stage reads the same corrected tags.
 */

/** Subject pronouns: a word ending in -ed right after one is a finite verb ("it referenced"). */
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'who']);
/** Object pronouns, lower case (not "US"): a word right before one is a verb ("Clinton call them"). */
const OBJECT_PRONOUNS = new Set(['him', 'them', 'me', 'us']);

interface TaggedWord {
  text: string;
  lower: string;
  pos: string;
}

/**
 * Retags in place: a lower-case noun right before an object pronoun ("Obama and Clinton call them")
 * and an adjective in -ed right after a subject pronoun ("it referenced", "who preferred") are verbs.
 */
export function repairTags(tokens: TaggedWord[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && OBJECT_PRONOUNS.has(tokens[i + 1]?.text ?? '')) t.pos = 'VERB';
    else if (t.pos === 'ADJ' && t.lower.endsWith('ed') && SUBJECT_PRONOUNS.has(tokens[i - 1]!.lower)) t.pos = 'VERB';
  }
}
