/**
 * Words that title a person when written before a name ("President-elect Donald Trump",
 * "Sen. Warren", "Ayatollah Ali Khamenei"). Lower-case; a title may span several words.
 */
export const PERSON_TITLES: readonly string[] = [
  'president', 'president-elect', 'vice president', 'vice-president', 'prime minister', 'deputy prime minister',
  'minister', 'foreign minister', 'defense minister', 'defence minister', 'finance minister', 'interior minister',
  'secretary', 'secretary of state', 'secretary-general', 'secretary general', 'undersecretary',
  'chancellor', 'premier', 'governor', 'gov.', 'lt. gov.', 'mayor', 'senator', 'sen.', 'representative', 'rep.',
  'congressman', 'congresswoman', 'speaker', 'house speaker', 'leader', 'majority leader', 'minority leader',
  'senate majority leader', 'senate minority leader', 'whip', 'majority whip', 'minority whip', 'supreme leader', 'ambassador', 'envoy', 'consul',
  'judge', 'justice', 'chief justice', 'attorney general', 'attorney', 'prosecutor', 'sheriff', 'commissioner',
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'crown prince',
  'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'ayatollah', 'grand ayatollah', 'reverend', 'rev.',
  'father', 'sister', 'brother', 'pastor', 'mullah', 'lama',
  'general', 'gen.', 'lieutenant', 'lt.', 'colonel', 'col.', 'major', 'maj.', 'captain', 'capt.', 'admiral', 'adm.',
  'sergeant', 'sgt.', 'corporal', 'cpl.', 'private', 'pvt.', 'commander', 'cmdr.', 'marshal', 'field marshal', 'brig.',
  'brigadier', 'lt. gen.', 'maj. gen.', 'brig. gen.', 'lt. col.',
  'dr.', 'doctor', 'professor', 'prof.', 'mr.', 'mrs.', 'ms.', 'miss', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady',
  'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'founder', 'co-founder', 'director', 'executive',
  'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'manager', 'detective', 'det.', 'officer', 'inspector',
  'chief', 'police chief', 'deputy', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'alderman',
  'sens.', 'reps.', 'govs.', 'messrs.', 'state sen.', 'state rep.', 'del.', 'delegate', 'former president', 'first lady', 'candidate', 'nominee',
];

/** The titles as a set, for looking a title (one word, or words joined by spaces) up. */
export const PERSON_TITLE_SET: ReadonlySet<string> = new Set(PERSON_TITLES);

/** Honorifics that reveal gender, for resolving "he" and "she". */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'sheikh', 'emir', 'sultan', 'emperor', 'ayatollah', 'grand ayatollah', 'pope', 'rabbi', 'imam', 'congressman', 'chairman', 'spokesman', 'assemblyman', 'councilman', 'alderman', 'messrs.']);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'empress', 'sister', 'congresswoman', 'chairwoman', 'spokeswoman', 'assemblywoman', 'councilwoman', 'first lady']);
/** Kin and other nouns that reveal gender when they come right before a name ("9/11 widow Terry Strada", "his wife Heidi"). */
export const MALE_NOUNS: ReadonlySet<string> = new Set(['husband', 'son', 'grandson', 'grandfather', 'widower', 'boyfriend', 'uncle', 'nephew', 'businessman', 'stepfather']);
export const FEMALE_NOUNS: ReadonlySet<string> = new Set(['wife', 'widow', 'mother', 'daughter', 'granddaughter', 'grandmother', 'girlfriend', 'aunt', 'niece', 'businesswoman', 'actress', 'stepmother']);
