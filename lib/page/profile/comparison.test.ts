import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { comparesPeople } from './comparison';

const doc = (body: string) => parseHtmlDocument(`<html><body>${body}</body></html>`);
const head = (name: string, role: string) => `<th><a href="/talent/1">${name}</a><span>${role}</span></th>`;
const rows = '<tr><th>Overall score</th><td>91/100</td><td>86/100</td></tr><tr><th>Python</th><td>8 yrs</td><td>6 yrs</td></tr>';

describe('a table comparing people', () => {
  it('is a table whose head row opens two or more cells on a person\'s name', () => {
    expect(comparesPeople(doc(`<table><tr><th>Attribute</th>${head('Priya Raman', 'Senior Data Engineer')}${head('Tomasz Wróbel', 'Data Platform Engineer')}</tr>${rows}</table>`))).toBe(true);
  });

  it('is not a skills table, a job history table or a table naming one person', () => {
    expect(comparesPeople(doc(`<table><tr><th>Skill</th><th>Years</th><th>Level</th></tr>${rows}</table>`))).toBe(false);
    expect(comparesPeople(doc('<table><tr><th>Period</th><th>Role</th><th>Employer</th></tr><tr><td>2019 – now</td><td>Engineer</td><td>Acme</td></tr><tr><td>2015 – 2019</td><td>Developer</td><td>Globex</td></tr></table>'))).toBe(false);
    expect(comparesPeople(doc(`<table><tr>${head('Priya Raman', 'Senior Data Engineer')}</tr>${rows}</table>`))).toBe(false);
  });
});
