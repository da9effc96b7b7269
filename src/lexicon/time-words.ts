/** Word tables for temporal expressions. */

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['jan.', 1], ['february', 2], ['feb', 2], ['feb.', 2], ['march', 3], ['mar', 3], ['mar.', 3],
  ['april', 4], ['apr', 4], ['apr.', 4], ['may', 5], ['june', 6], ['jun', 6], ['jun.', 6], ['july', 7], ['jul', 7], ['jul.', 7],
  ['august', 8], ['aug', 8], ['aug.', 8], ['september', 9], ['sept', 9], ['sept.', 9], ['sep', 9], ['sep.', 9],
  ['october', 10], ['oct', 10], ['oct.', 10], ['november', 11], ['nov', 11], ['nov.', 11], ['december', 12], ['dec', 12], ['dec.', 12],
]);

/** ISO weekday numbers, Monday = 1. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon.', 1], ['tuesday', 2], ['tues.', 2], ['tue.', 2], ['wednesday', 3], ['wed.', 3], ['thursday', 4],
  ['thurs.', 4], ['thu.', 4], ['friday', 5], ['fri.', 5], ['saturday', 6], ['sat.', 6], ['sunday', 7], ['sun.', 7],
]);

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** Parts of the day and their TIMEX3 codes. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'], ['daytime', 'DT'],
]);

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['sec', 'second'], ['secs', 'second'], ['minute', 'minute'], ['minutes', 'minute'],
  ['min', 'minute'], ['mins', 'minute'], ['hour', 'hour'], ['hours', 'hour'], ['hr', 'hour'], ['hrs', 'hour'], ['day', 'day'],
  ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['weekend', 'weekend'], ['weekends', 'weekend'], ['fortnight', 'fortnight'],
  ['fortnights', 'fortnight'], ['month', 'month'], ['months', 'month'], ['quarter', 'quarter'], ['quarters', 'quarter'],
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'], ['decade', 'decade'], ['decades', 'decade'],
  ['century', 'century'], ['centuries', 'century'],
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000], ['dozen', 12],
  ['a', 1], ['an', 1], ['single', 1], ['couple', 2], ['half', 0.5],
]);

/** Quantities that say "some number of": a few days -> PXD. */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(['few', 'several', 'many', 'some', 'numerous', 'recent', 'coming', 'past', 'couple']);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4], ['fifth', 5],
  ['5th', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['last', -1], ['final', -1],
]);

/** Words that refer to now, the past or the future without a date. */
export const REFERENCE_WORDS: ReadonlyMap<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['presently', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['lately', 'PAST_REF'], ['formerly', 'PAST_REF'],
  ['soon', 'FUTURE_REF'],
]);

/** Modifiers before an expression and the TIMEX3 mod they add. */
export const MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['about', 'APPROX'], ['around', 'APPROX'], ['approximately', 'APPROX'], ['roughly', 'APPROX'], ['some', 'APPROX'],
  ['nearly', 'LESS_THAN'], ['almost', 'LESS_THAN'], ['under', 'LESS_THAN'], ['over', 'MORE_THAN'],
  ['early', 'START'], ['late', 'END'], ['mid', 'MID'], ['mid-', 'MID'],
]);

export const HOLIDAYS: ReadonlyMap<string, string> = new Map([
  ['christmas', '12-25'], ['christmas day', '12-25'], ['christmas eve', '12-24'], ['new year\'s day', '01-01'],
  ['new year\'s eve', '12-31'], ['new year', '01-01'], ['halloween', '10-31'], ['valentine\'s day', '02-14'],
  ['independence day', '07-04'], ['veterans day', '11-11'], ['thanksgiving', 'THANKSGIVING'], ['thanksgiving day', 'THANKSGIVING'],
  ['labor day', 'LABOR'], ['memorial day', 'MEMORIAL'], ['easter', 'EASTER'], ['easter sunday', 'EASTER'],
  ['election day', 'ELECTION'],
]);

/** Time zone abbreviations and their UTC offsets in hours. */
export const ZONES: ReadonlyMap<string, number> = new Map([
  ['gmt', 0], ['utc', 0], ['bst', 1], ['cet', 1], ['cest', 2], ['est', -5], ['edt', -4], ['cst', -6], ['cdt', -5], ['mst', -7],
  ['mdt', -6], ['pst', -8], ['pdt', -7], ['et', -5], ['pt', -8], ['ist', 5.5], ['jst', 9],
]);
