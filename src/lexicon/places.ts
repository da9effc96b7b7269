/**
 * Places whose short forms an article mixes freely. Each group lists the variants of one
 * place, the canonical (fullest) name first.
 */
export const PLACE_VARIANTS: readonly (readonly string[])[] = [
  ['United States', 'United States of America', 'U.S.', 'US', 'U.S.A.', 'USA', 'America', 'U.S'],
  ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'],
  ['European Union', 'EU', 'E.U.'],
  ['United Arab Emirates', 'UAE', 'U.A.E.', 'Emirates'],
  ['Soviet Union', 'USSR', 'U.S.S.R.'],
  ['Democratic Republic of the Congo', 'DRC', 'Congo-Kinshasa'],
  ['South Korea', 'Republic of Korea', 'ROK'],
  ['North Korea', 'Democratic People\'s Republic of Korea', 'DPRK'],
  ['New York City', 'NYC', 'New York'],
  ['Washington, D.C.', 'Washington D.C.', 'D.C.', 'DC', 'Washington'],
  ['Los Angeles', 'L.A.', 'LA'],
  ['People\'s Republic of China', 'PRC', 'China', 'mainland China'],
];

/** Well-known organizations whose acronym and full name articles mix. Canonical name first. */
export const ORGANIZATION_VARIANTS: readonly (readonly string[])[] = [
  ['United Nations', 'U.N.', 'UN'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['North Atlantic Treaty Organization', 'NATO'],
  ['Federal Bureau of Investigation', 'FBI', 'F.B.I.'],
  ['Central Intelligence Agency', 'CIA', 'C.I.A.'],
  ['World Health Organization', 'WHO'],
  ['World Trade Organization', 'WTO'],
  ['International Monetary Fund', 'IMF'],
  ['European Central Bank', 'ECB'],
  ['Federal Reserve', 'Fed'],
  ['Environmental Protection Agency', 'EPA'],
  ['Securities and Exchange Commission', 'SEC'],
  ['Department of Justice', 'Justice Department', 'DOJ'],
  ['Department of Homeland Security', 'Homeland Security', 'DHS'],
  ['National Aeronautics and Space Administration', 'NASA'],
  ['Organization of the Petroleum Exporting Countries', 'OPEC'],
  ['Government Accountability Office', 'GAO'],
  ['Consumer Financial Protection Bureau', 'CFPB'],
  ['Republican National Committee', 'RNC'],
  ['Democratic National Committee', 'DNC'],
  ['Grand Old Party', 'GOP', 'Republican Party'],
];

/**
 * Places that news names as often as the institutions they stand for ("Capitol Hill" for
 * Congress, "Wall Street" for finance), which a tagger trained on 1990s wire text reads as people.
 */
export const NEWS_PLACES: readonly string[] = [
  'Capitol Hill', 'Wall Street', 'Silicon Valley', 'Main Street', 'Pennsylvania Avenue', 'Foggy Bottom', 'Times Square',
  'Ground Zero', 'Downing Street', 'Fleet Street', 'Madison Avenue', 'K Street', 'Rust Belt', 'Sun Belt', 'Bible Belt',
];
