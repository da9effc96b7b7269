/** Words that mark attributions beyond verbs: nouns of saying, evidential adverbs, source types. */
import { COGNITION_VERBS, formsOf, INTENTION_VERBS, SPEECH_VERBS } from './speech-verbs.js';

/** Every form of a verb that can head an attribution cue, with its lemma. */
export const CUE_VERB_FORMS: ReadonlyMap<string, string> = formsOf([
  ...SPEECH_VERBS, ...COGNITION_VERBS, ...INTENTION_VERBS,
  'appear', 'seem', 'show', 'find', 'suggest', 'indicate', 'support', 'oppose', 'endorse', 'criticize', 'defend', 'praise',
  'decline', 'refuse', 'urge', 'accuse', 'cite', 'refer', 'describe', 'argue', 'expect', 'predict', 'acknowledge', 'talk',
  'speak', 'address', 'discuss', 'ask', 'answer', 'respond', 'echo', 'conflate', 'mock', 'ridicule', 'attack', 'slam', 'blast',
  'welcome', 'reject', 'deny', 'admit', 'confirm', 'estimate', 'calculate', 'count', 'list', 'rank', 'rate', 'poll', 'survey',
]);

/** Which lemmas express belief or intention rather than assertion. */
export const BELIEF_LEMMAS: ReadonlySet<string> = new Set(COGNITION_VERBS);
export const INTENTION_LEMMAS: ReadonlySet<string> = new Set(INTENTION_VERBS);

/** Nouns that report what someone said or wrote ("in a statement", "the report found"). */
export const CUE_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'interview', 'remarks', 'comments', 'letter', 'memo', 'tweet', 'post', 'report', 'announcement',
  'speech', 'testimony', 'filing', 'complaint', 'lawsuit', 'ruling', 'editorial', 'op-ed', 'column', 'release', 'email',
]);

/** Adverbs and phrases that attribute without a source ("reportedly", "allegedly"). */
export const EVIDENTIALS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'ostensibly', 'apparently', 'rumored']);

/** Verbs that take the hearer as their object: "told the Times", "assured voters". */
export const RECIPIENT_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'ask', 'warn', 'remind', 'urge', 'advise', 'notify', 'brief', 'promise', 'email', 'text', 'write']);

/** Nouns for documents as sources. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'study', 'survey', 'poll', 'polls', 'letter', 'memo', 'document', 'documents', 'filing', 'complaint', 'lawsuit', 'statement',
  'analysis', 'data', 'records', 'figures', 'numbers', 'findings', 'paper', 'review', 'audit', 'ruling', 'order', 'bill', 'law',
  'email', 'emails', 'tweet', 'tweets', 'ad', 'advertisement', 'video', 'transcript', 'editorial', 'article', 'book', 'website',
  'platform', 'budget', 'forecast', 'estimate', 'estimates', 'indictment', 'affidavit', 'opinion', 'decision', 'guidance', 'headline',
]);

/** Descriptions of unnamed sources. */
export const ANONYMOUS_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'person', 'people',
  'insider', 'insiders', 'diplomat', 'diplomats', 'adviser', 'advisers', 'advisor', 'advisors', 'staffer', 'staffers', 'member',
  'members', 'employee', 'employees', 'representative', 'representatives', 'lawmaker', 'lawmakers', 'officer', 'officers',
  'investigator', 'investigators', 'executive', 'executives', 'witness', 'witnesses', 'resident', 'one', 'someone', 'attendee',
]);

/** Groups speaking together. */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'critics', 'experts', 'analysts', 'supporters', 'opponents', 'observers', 'economists', 'scientists', 'democrats', 'republicans',
  'voters', 'residents', 'activists', 'protesters', 'conservatives', 'liberals', 'researchers', 'investors', 'parents', 'doctors',
  'teachers', 'leaders', 'lawmakers', 'members', 'officials', 'americans', 'many', 'some', 'others', 'most', 'polls', 'pollsters',
]);

/** Phrases that explain a source's anonymity. */
export const ANONYMITY_REASONS: readonly RegExp[] = [
  /\b(?:because|as) (?:they|he|she) (?:was|were|is|are) not authori[sz]ed to [^,.;]+/i,
  /\b(?:who|that) (?:spoke|speak|speaks|talked) on (?:the )?condition of anonymity(?: because [^,.;]+)?/i,
  /\bspeaking on (?:the )?condition of anonymity(?: because [^,.;]+| to [^,.;]+)?/i,
  /\bon (?:the )?condition of anonymity(?: because [^,.;]+| to [^,.;]+)?/i,
  /\b(?:who|that) (?:asked|requested) not to be (?:named|identified)(?: because [^,.;]+)?/i,
  /\bnot authori[sz]ed to (?:speak|discuss|comment) [^,.;]+/i,
];
