import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { comparesPeople, peopleInTableRows } from './comparison';

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

describe('people in table rows', () => {
  const row = (who: string, role: string) => `<tr><td>${who}</td><td>${role}</td></tr>`;
  it('counts the rows that open on a person\'s name beside their role, as a team\'s table lists its members', () => {
    const team = `<table><tr><th>Qui</th><th>Rôle</th></tr>${row('<strong>Camille Roux-Delorme</strong> (<a href="/c">@croux</a>)', 'Cheffe de projet')}${row('<strong>Yanis Belkacem</strong>', 'Développeur backend')}${row('<strong>Awa Diop</strong>', 'Designer UX')}</table>`;
    expect(peopleInTableRows(doc(team))).toEqual(['Camille Roux-Delorme', 'Yanis Belkacem', 'Awa Diop']);
  });

  it('counts every row under a column headed "Name" among three or more, whatever the next cell says; not a record\'s label row', () => {
    const club = `<table><thead><tr><th>Name</th><th>Rolle im Verein</th><th>Dabei seit</th></tr></thead><tbody>${['Marlene König', 'Jonas Steiner'].map((n) => `<tr><td>${n}</td><td>Kassenwart</td><td>2019</td></tr>`).join('')}</tbody></table>`;
    expect(peopleInTableRows(doc(club))).toEqual(['Marlene König', 'Jonas Steiner']);
    const record = `<table><tr><td>Ad Soyad</td><td>:</td><td>Büşra Çağlayan</td></tr><tr><td>Medeni Durum</td><td>:</td><td>Bekar</td></tr></table>`;
    expect(peopleInTableRows(doc(record))).toEqual([]);
  });

  it('counts no record\'s labels over their values, nor a skills table', () => {
    expect(peopleInTableRows(doc(`<table>${row('Meine Rolle:', 'Senior Berater FI/CO')}${row('Einsatzort:', 'Köln / remote')}</table>`))).toEqual([]);
    expect(peopleInTableRows(doc(`<table>${row('Python', '8 years')}${row('Apache Spark', '5 years')}</table>`))).toEqual([]);
  });
});
