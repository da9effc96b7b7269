/**
 * Words that qualify, type or rule out a claim: hedges by kind, the markers of Full Fact's claim
 * types, and the openings of sentences that assert nothing (greetings, commands).
 */

import { EVIDENTIALS } from './attribution-words.js';

/** Epistemic modals and adverbs: "may", "possibly". */
export const MODAL_HEDGES: ReadonlySet<string> = new Set([
  'may', 'might', 'could', 'possibly', 'perhaps', 'probably', 'likely', 'unlikely', 'maybe', 'presumably', 'conceivably',
  'potentially', 'arguably',
]);

/** Verbs whose "to"-complement weakens the claim: "appears to", "seemed to". */
export const SEEM_VERBS: ReadonlySet<string> = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'tend', 'tends', 'tended']);

/** Adverbs that report without a source: the attribution stage's evidentials and two rarer ones. */
export const EVIDENTIAL_HEDGES: ReadonlySet<string> = new Set([...EVIDENTIALS, 'reputedly', 'rumoured']);

/** Participles that make "is said to", "are believed to" evidential. */
export const EVIDENTIAL_PARTICIPLES: ReadonlySet<string> = new Set([
  'said', 'believed', 'thought', 'alleged', 'reported', 'rumored', 'rumoured', 'understood', 'expected', 'known', 'claimed', 'estimated',
]);

/** Words that make the quantity after them approximate and hedge the claim: "nearly", "about". */
export const APPROXIMATORS: ReadonlySet<string> = new Set([
  'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'near', 'circa', 'ca.', 'approx.', 'estimated',
  'close', 'virtually', 'practically', '~',
]);


/** Vague subjects that, with a verb of saying or believing, make a weasel phrase: "some say". */
export const WEASEL_SUBJECTS: ReadonlySet<string> = new Set([
  'some', 'many', 'critics', 'experts', 'observers', 'others', 'people', 'analysts', 'commentators', 'most', 'several', 'skeptics',
]);
export const WEASEL_VERBS: ReadonlySet<string> = new Set([
  'say', 'said', 'says', 'believe', 'believed', 'believes', 'argue', 'argued', 'argues', 'claim', 'claimed', 'claims', 'think',
  'thought', 'thinks', 'suggest', 'suggested', 'suggests', 'contend', 'contended', 'feel', 'felt', 'fear', 'feared', 'worry',
  'worried', 'insist', 'insisted', 'note', 'noted',
]);
/** "widely believed", "widely seen". */
export const WIDELY_PARTICIPLES: ReadonlySet<string> = new Set([
  'believed', 'regarded', 'seen', 'considered', 'expected', 'reported', 'thought', 'viewed', 'held', 'accepted', 'assumed', 'known',
]);

/** Future and intention markers for predictions. */
export const PREDICTION_WORDS: ReadonlySet<string> = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'forecast', 'forecasts', 'predicted', 'predicts', 'predict', 'projected', 'projects',
  'expects', 'expected', 'expect', 'vowed', 'vows', 'vow', 'pledged', 'pledges', 'pledge', 'promised', 'promises', 'plans',
  'planned', 'intends', 'intended', 'poised', 'set', 'upcoming', 'soon', 'tomorrow', 'future',
]);

/** Cause and effect. */
export const CAUSAL_WORDS: ReadonlySet<string> = new Set([
  'because', 'cause', 'caused', 'causes', 'causing', 'therefore', 'consequently', 'hence', 'thanks', 'blamed', 'blames', 'blame',
  'triggered', 'triggers', 'resulted', 'results', 'result', 'responsible', 'contributed', 'contributes', 'led', 'leads', 'due',
  'owing', 'fuelled', 'fueled', 'spurred', 'prompted', 'sparked', 'stemmed', 'stems', 'linked',
]);

/** Laws, rules and what they allow or forbid. */
export const RULE_WORDS: ReadonlySet<string> = new Set([
  'law', 'laws', 'legal', 'illegal', 'illegally', 'legally', 'unlawful', 'unconstitutional', 'constitutional', 'constitution',
  'regulation', 'regulations', 'rule', 'rules', 'ruled', 'ban', 'bans', 'banned', 'banning', 'prohibited', 'prohibits', 'prohibit',
  'mandatory', 'mandate', 'mandates', 'legislation', 'statute', 'statutes', 'treaty', 'bill', 'allowed', 'permitted',
  'required', 'requires', 'require', 'forbidden', 'forbids', 'licence', 'license', 'court', 'amendment', 'entitled', 'eligible',
]);

/** Changes, ranks and measures that make a claim quantitative without a number. */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'doubled', 'tripled', 'quadrupled', 'halved', 'increased', 'decreased', 'rose', 'risen', 'fell', 'fallen', 'grew', 'grown',
  'declined', 'dropped', 'surged', 'soared', 'plunged', 'plummeted', 'jumped', 'slumped', 'climbed', 'shrank', 'shrunk',
  'largest', 'biggest', 'highest', 'lowest', 'smallest', 'fastest', 'slowest', 'record', 'majority', 'minority', 'average',
  'percentage', 'proportion', 'rate', 'rates', 'level', 'levels', 'total', 'half', 'quarter', 'third', 'twice', 'fewer',
  'most', 'least', 'cheapest', 'richest', 'poorest', 'deadliest', 'worst', 'best',
]);

/** Multipliers after a number: "4 million", "$1.5bn". */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['k', 1e3], ['m', 1e6], ['mn', 1e6],
  ['mln', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12], ['trn', 1e12], ['hundreds', 1e2], ['thousands', 1e3], ['millions', 1e6],
  ['billions', 1e9], ['trillions', 1e12], ['dozen', 12], ['dozens', 12],
]);

/** Currency signs and names, to ISO 4217 codes. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'], ['a$', 'AUD'],
  ['c$', 'CAD'], ['nz$', 'NZD'], ['hk$', 'HKD'], ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'],
]);
export const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'], ['yen', 'JPY'],
  ['yuan', 'CNY'], ['rupees', 'INR'], ['rubles', 'RUB'], ['roubles', 'RUB'], ['cents', 'USD-cent'], ['cent', 'USD-cent'],
  ['pence', 'GBP-penny'], ['francs', 'CHF'], ['rials', 'IRR'],
]);
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['%', 'percent', 'per', 'pct', 'percentage']);

/** Openings of sentences that greet, thank or command rather than assert. */
export const NON_ASSERTION_OPENINGS: ReadonlySet<string> = new Set([
  'thank', 'thanks', 'hello', 'hi', 'goodbye', 'welcome', 'congratulations', 'please', 'let', "let's", 'imagine', 'listen',
  'look', 'remember', 'consider', 'join', 'vote', 'click', 'watch', 'read', 'visit', 'follow', 'subscribe', 'sign', 'stop',
  'go', 'come', 'tell', 'ask', 'check', 'see', 'note', 'dear', 'applause', 'laughter', 'crosstalk',
]);

/** Negations of the clause. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never', 'no', 'nobody', 'none', 'neither', 'nor', 'nothing', 'cannot']);

/** First-person singular forms, for personal experience. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd"]);
