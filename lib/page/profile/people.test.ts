import { describe, expect, it } from 'vitest';
import { looksLikeName, nameFromIntro, titleSegments } from './people';
import { classifyTitle } from './section-titles';

describe('looksLikeName', () => {
  it.each(['Jane Doe', 'María José García', 'Ludwig van Beethoven', "Seán O'Brien", 'Alex Morgan.', 'Nguyễn Văn An', 'Laia Ribas i Soler'])('%s is a name', (text) => {
    expect(looksLikeName(text, classifyTitle)).toBe(true);
  });

  it.each([
    'Jane', // one word
    'Jane Doe Résumé',
    'Jane Doe Resume',
    'Meet Our Team',
    'Senior Engineer',
    'Work Experience',
    'Professional Summary', // a section title, known from the vocabulary
    'Acme Technologies',
    'Jane Doe 2024',
    'jane doe',
  ])('%s is not a name', (text) => {
    expect(looksLikeName(text, classifyTitle)).toBe(false);
  });
});

describe('names in page titles and introductions', () => {
  it('splits a page title into segments a name can be read from', () => {
    expect(titleSegments('Jane Doe - Staff Engineer | Résumé').filter((s) => looksLikeName(s, classifyTitle))).toEqual(['Jane Doe']);
  });

  it('reads "I\'m Jane Doe" but not "I\'m Senior Engineer"', () => {
    expect(nameFromIntro("Hi, I'm Jane Doe and I build platforms.", classifyTitle)).toBe('Jane Doe');
    expect(nameFromIntro("Hi, I'm Senior Engineer at Acme.", classifyTitle)).toBeNull();
  });
});
