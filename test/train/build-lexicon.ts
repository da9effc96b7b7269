/**
 * Compiles the name and place lists presslens uses from compromise's lexicon into
 * src/lexicon/data/compromise-lexicon.json, so the library never loads compromise at run time.
 *
 *   npm run build:lexicon
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconWords } from '../../src/adapters/compromise.js';

const TAGS = {
  maleNames: 'MaleName',
  femaleNames: 'FemaleName',
  firstNames: 'FirstName',
  lastNames: 'LastName',
  people: 'Person',
  countries: 'Country',
  cities: 'City',
  regions: 'Region',
  organizations: 'Organization',
  demonyms: 'Demonym',
  sportsTeams: 'SportsTeam',
  occupations: 'Actor',
  placeWords: 'Place',
} as const;

const out: Record<string, string[]> = {};
for (const [key, tag] of Object.entries(TAGS)) out[key] = lexiconWords(tag);
const file = join(import.meta.dirname, '..', '..', 'src', 'lexicon', 'data', 'compromise-lexicon.json');
writeFileSync(file, `${JSON.stringify({ source: 'compromise 14.17.0 lexicon (MIT), compiled by test/train/build-lexicon.ts', ...out })}\n`);
console.log(`written ${file}: ${Object.entries(out).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
