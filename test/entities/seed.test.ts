import { describe, expect, it } from 'vitest';
import { analyze, type Entity } from '../../src/index.js';
import { expectValidAnalysis, seedArticle } from '../helpers/analysis.js';

const { text, publishedAt } = seedArticle();
const result = analyze(text, { publishedAt, include: ['entities'] });
const byName = (name: string): Entity => {
  const e = result.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity named ${name}; have ${result.entities.map((x) => x.name).join(', ')}`);
  return e;
};
const names = (e: Entity) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text);

describe('entities of the seed article', () => {
  it('is contract-valid', () => expectValidAnalysis(text, result));

  it('clusters Elon Musk with all five of his mentions', () => {
    const musk = byName('Elon Musk');
    expect(musk.type).toBe('PERSON');
    expect(musk.mentions.map((m) => m.text)).toEqual(['Elon Musk', 'Musk', 'his', 'himself', 'Musk']);
    expect(names(musk)).toEqual(['Elon Musk', 'Musk', 'Musk']);
    expect(musk.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text)).toEqual(['his', 'himself']);
    expect(musk.roles.map((r) => r.text)).toContain('Tech billionaire');
  });

  it('gives Donald Trump every "Trump"', () => {
    const trump = byName('Donald Trump');
    const everyTrump = [...text.matchAll(/\bTrump\b/g)].map((m) => m.index);
    expect(trump.mentions.filter((m) => m.kind === 'name').map((m) => m.start + m.text.indexOf('Trump'))).toEqual(everyTrump);
  });

  it('clusters The New York Times with "the Times"', () => {
    const times = byName('The New York Times');
    expect(times.type).toBe('ORGANIZATION');
    expect(times.subtype).toBe('MEDIA');
    expect(names(times)).toEqual(['New York Times', 'Times', 'Times']);
  });

  it('finds the people, each once', () => {
    for (const name of ['Masoud Pezeshkian', 'Ali Khamenei', 'Steven Cheung', 'Javier Milei', 'Giorgia Meloni', 'Qasem Soleimani']) {
      expect(byName(name).type, name).toBe('PERSON');
      expect(result.entities.filter((e) => e.name === name)).toHaveLength(1);
    }
    expect(names(byName('Masoud Pezeshkian'))).toEqual(['Masoud Pezeshkian', 'Pezeshkian']);
  });

  it('types media, organizations, places and nationalities', () => {
    expect(byName('IRNA')).toMatchObject({ type: 'ORGANIZATION', subtype: 'MEDIA' });
    expect(byName('Associated Press')).toMatchObject({ type: 'ORGANIZATION', subtype: 'MEDIA' });
    expect(byName('United Nations').type).toBe('ORGANIZATION');
    for (const place of ['Iran', 'United States', 'Argentina', 'Italy', 'New York']) {
      expect(byName(place), place).toMatchObject({ type: 'LOCATION', subtype: 'GPE' });
    }
    expect(names(byName('United States'))).toEqual(['United States', 'U.S.', 'U.S.', 'U.S']);
    expect(byName('Iranian')).toMatchObject({ type: 'MISC', subtype: 'NORP' });
  });

  it('resolves pronouns to the clause subject, not the nearest name', () => {
    const pezeshkian = byName('Masoud Pezeshkian');
    // "...Pezeshkian, who will mark his first 100 days" and '"We will ...," he said'
    expect(pezeshkian.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text)).toEqual(['his', 'he']);
    const khamenei = byName('Ali Khamenei');
    expect(khamenei.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text)).toEqual(['his']);
  });

  it('collects titles and appositions as roles', () => {
    expect(byName('Steven Cheung').roles.map((r) => r.text)).toEqual(["President-elect Donald Trump's communications director"]);
    expect(byName('Javier Milei').roles.map((r) => r.text)).toEqual(["Argentina's President"]);
    expect(byName('Giorgia Meloni').roles.map((r) => r.text)).toEqual(["Italy's Prime Minister"]);
    expect(byName('Ali Khamenei').roles.map((r) => r.text)).toEqual(['Supreme Leader Ayatollah']);
    expect(byName('Qasem Soleimani').roles.map((r) => r.text)).toEqual(["country's top general"]);
  });
});
