import { describe, expect, it } from 'vitest';
import { skillsFromItems, skillsFromProse } from './items';

const read = (item: string) => skillsFromItems([item], 'skills').map((s) => [s.name, s.years]);

describe('skillsFromItems: the years a skill’s item states', () => {
  it.each([
    ['Go (6 years)', 'Go', 6],
    ['TypeScript (4 Jahre)', 'TypeScript', 4],
    // (Words after the years that say no more than they do: experience, "or more", a level after a separator.)
    ['Kubernetes — 4 years experience', 'Kubernetes', 4],
    ['Python – 8 years of experience', 'Python', 8],
    ['Java (10 Jahre Erfahrung)', 'Java', 10],
    ["React (5 ans d'expérience)", 'React', 5],
    ['C++ 12 лет опыта', 'C++', 12],
    ['Java 8年以上', 'Java', 8],
    ['Python 5년 이상', 'Python', 5],
    ['Go · 6 years · Expert', 'Go', 6],
    ['Python 8 years / expert', 'Python', 8],
    // (The years first, before a known technology; the unit as one letter; a decimal comma.)
    ['3 years of Go', 'Go', 3],
    ['5+ yrs Python', 'Python', 5],
    ['Go: 6y', 'Go', 6],
    ['Go (1,5 Jahre)', 'Go', 1.5],
    // (In Persian and Arabic, their digits too; in Serbian, Bulgarian and Indonesian; in full-width brackets.)
    ['React ۵ سال', 'React', 5],
    ['Python ٧ سنوات', 'Python', 7],
    ['Python - 7 godina', 'Python', 7],
    ['Java 4 години', 'Java', 4],
    ['Go 6 tahun pengalaman', 'Go', 6],
    ['Go（6年）', 'Go', 6],
  ])('%s: %s for %s years', (item, name, years) => {
    expect(read(item)).toEqual([[name, years]]);
  });

  it('takes a level in Indonesian, Nordic, Balkan, Greek, Persian, Hebrew or Kazakh words for no skill of its own', () => {
    for (const item of ['Python – Mahir', 'Python (Menengah)', 'Python · Øvet', 'Python – napredno', 'Python · Προχωρημένο', 'Python (پیشرفته)', 'Python – מתקדם', 'Python · Сарапшы']) expect(read(item)).toEqual([['Python', null]]);
  });

  it('reads no years from a number that is no duration', () => {
    expect(read('Python 3')).toEqual([['Python', null]]);
    expect(read('C++17')).toEqual([['C++17', null]]);
  });
});

describe('skillsFromProse: addresses', () => {
  it('takes no skill from a site’s address in the text, and still those a slash joins', () => {
    const names = (text: string) => skillsFromProse(text, 'text').map((s) => s.name);
    expect(names('Code at github.com/example-jane and https://gitlab.com/jane; I write Go.')).toEqual(['Go']);
    expect(names('Frontend in HTML/CSS and React.')).toEqual(['HTML', 'CSS', 'React']);
  });
});
