import { describe, expect, it } from 'vitest';
import { folded, latinNameParts, nameParts } from './name-parts';

describe('name parts', () => {
  it('folds accents and the letters no accent makes, and gives a Cyrillic name in Latin letters as well', () => {
    expect(folded('Łukasz Yıldırım Søren Weiß')).toBe('lukasz yildirim soren weiss');
    expect(nameParts('Zoë O’Neil-Brandt')).toEqual(['zoe', 'neil', 'brandt']);
    expect(nameParts('Белозёрова Анастасия')).toEqual(['белозерова', 'анастасия', 'belozerova', 'anastasiya']);
  });

  it('gives no Latin parts for a name in a script that cannot say', () => {
    expect(latinNameParts('نهى الشاذلي')).toEqual([]);
    expect(latinNameParts('윤서진')).toEqual([]);
    expect(latinNameParts('Белозёрова')).toEqual(['belozerova']);
    expect(latinNameParts(null)).toEqual([]);
  });
});
