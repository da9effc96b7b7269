/** Head words that make a name a facility ("U.S. Embassy", "Kennedy Airport"). */
export const FACILITY_WORDS: ReadonlySet<string> = new Set([
  'embassy', 'consulate', 'airport', 'stadium', 'arena', 'hospital', 'palace', 'bridge', 'tower', 'towers', 'square',
  'cathedral', 'mosque', 'church', 'temple', 'synagogue', 'museum', 'prison', 'jail', 'base', 'station', 'hotel',
  'building', 'center', 'centre', 'hall', 'plant', 'reactor', 'dam', 'port', 'harbor', 'harbour', 'mall', 'library',
  'memorial', 'monument', 'highway', 'freeway', 'tunnel', 'canal', 'gate', 'castle', 'fort', 'house', 'theater', 'theatre',
]);

/** Head words of natural places, which are locations but not political entities. */
export const NATURAL_PLACE_WORDS: ReadonlySet<string> = new Set([
  'river', 'sea', 'ocean', 'mountain', 'mountains', 'mount', 'lake', 'gulf', 'valley', 'desert', 'island', 'islands',
  'peninsula', 'coast', 'strait', 'straits', 'bay', 'forest', 'plain', 'plains', 'range', 'channel', 'glacier', 'volcano',
]);

/**
 * Words for landforms and land divisions that end place names ("Sandy Hook", "Palm Springs",
 * "Fairfax County") and are no common surname, unlike "Hill", "Rivers", "Lake" or "Bay": a name
 * ending in one is a place even when it opens with a first name.
 */
export const LANDFORM_WORDS: ReadonlySet<string> = new Set([
  'hook', 'beach', 'springs', 'falls', 'creek', 'valley', 'island', 'heights', 'county', 'canyon', 'peninsula', 'mountains',
]);

/** Head words of events ("Islamic Revolution", "World Cup"). */
export const EVENT_WORDS: ReadonlySet<string> = new Set([
  'revolution', 'war', 'games', 'olympics', 'olympiad', 'cup', 'championship', 'championships', 'summit', 'conference',
  'festival', 'election', 'elections', 'crisis', 'uprising', 'massacre', 'tournament', 'open', 'grand prix', 'world series',
  'super bowl', 'expo', 'fair', 'marathon', 'spring', 'intifada', 'holocaust', 'genocide', 'riots', 'protests',
]);

/** Head words of laws and agreements ("Affordable Care Act", "Paris Agreement"). */
export const LAW_WORDS: ReadonlySet<string> = new Set([
  'act', 'treaty', 'accord', 'accords', 'agreement', 'amendment', 'convention', 'constitution', 'protocol', 'bill', 'law',
  'charter', 'resolution', 'directive', 'code', 'statute', 'doctrine', 'deal', 'pact',
]);

/** Head words of organizations ("Refugee Council", "Home Office"), used to split "Refugee Council Enver Solomon". */
export const ORGANIZATION_HEAD_WORDS: ReadonlySet<string> = new Set([
  'council', 'office', 'party', 'committee', 'agency', 'association', 'union', 'federation', 'institute', 'foundation',
  'commission', 'court', 'army', 'navy', 'ministry', 'department', 'bureau', 'bank', 'university', 'college', 'school',
  'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'group', 'fund', 'trust', 'society',
  'network', 'service', 'services', 'authority', 'board', 'administration', 'government', 'parliament', 'senate',
  'congress', 'assembly', 'league', 'club', 'team', 'church', 'organization', 'organisation', 'center', 'centre',
]);

/** Groups named by religion or politics, tagged NORP like nationalities. */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  'democrats', 'democrat', 'democratic', 'republicans', 'republican', 'muslims', 'muslim', 'christians', 'christian',
  'jews', 'jewish', 'catholics', 'catholic', 'protestants', 'protestant', 'sunni', 'sunnis', 'shiite', 'shiites', 'shia',
  'hindus', 'hindu', 'buddhists', 'buddhist', 'kurds', 'kurdish', 'conservatives', 'liberals', 'socialists', 'communists',
  'communist', 'labour', 'tories', 'tory', 'islamist', 'islamists', 'evangelicals', 'evangelical', 'latinos', 'latino',
]);

/** Words that may precede a title in a name span ("Shadow Home Secretary", "Former President"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'shadow', 'home', 'foreign', 'former', 'acting', 'deputy', 'vice', 'interim', 'senior', 'chief', 'supreme', 'grand',
  'late', 'then', 'then-', 'assistant', 'associate', 'executive', 'general', 'lord', 'state', 'federal', 'u.s.', 'us',
  'defense', 'defence', 'justice', 'health', 'education', 'treasury', 'commerce', 'energy', 'labor', 'transport',
  'transportation', 'agriculture', 'interior', 'finance', 'trade', 'environment', 'communications', 'press', 'white', 'house',
]);

/** Third-person pronouns that refer to people, with their gender. */
export const PERSON_PRONOUNS: ReadonlyMap<string, { gender: 'm' | 'f'; reflexive: boolean; possessive: boolean }> = new Map([
  ['he', { gender: 'm', reflexive: false, possessive: false }],
  ['him', { gender: 'm', reflexive: false, possessive: false }],
  ['his', { gender: 'm', reflexive: false, possessive: true }],
  ['himself', { gender: 'm', reflexive: true, possessive: false }],
  ['she', { gender: 'f', reflexive: false, possessive: false }],
  ['her', { gender: 'f', reflexive: false, possessive: true }],
  ['hers', { gender: 'f', reflexive: false, possessive: true }],
  ['herself', { gender: 'f', reflexive: true, possessive: false }],
]);
