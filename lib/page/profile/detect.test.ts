import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { prescreenPage } from './detect';
import { buildTextModel } from './text-model';
import { PRESCREEN, PRESCREEN_SURE } from '../../shared/prescreen';

const prescore = (doc: Document) => prescreenPage({ doc, url: undefined, model: buildTextModel(doc) });

const page = (ld: object, body: string) =>
  parseHtmlDocument(`<html><head><title>Page</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${body}</body></html>`);

// A thin page: a name and contact links, not enough to be a profile without what its JSON-LD says.
const thin = '<h1>Jane Doe</h1><p><a href="mailto:jane@example.com">Email</a></p><h2>About</h2><p>Platform engineer.</p>';

describe('the pre-screen and JSON-LD', () => {
  it('a page declaring a Person (alone, in an array or a @graph) counts as one', () => {
    const before = prescore(parseHtmlDocument(`<html><body>${thin}</body></html>`));
    for (const ld of [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': ['Thing', 'Person'] }, { '@graph': [{ '@type': 'WebSite' }, { '@type': 'ProfilePage' }] }]) {
      expect(prescore(page(ld, thin))).toBeCloseTo(before + 0.3);
    }
  });

  it('an article or a job posting that names a Person is not a profile', () => {
    // (Nor an employer's reviews, their reviewers Persons, nor an app's or an API's reference page.)
    for (const type of ['BlogPosting', 'ScholarlyArticle', 'NewsArticle', 'JobPosting', 'EmployerAggregateRating', 'EmployerReview', 'WebApplication', 'APIReference']) {
      const ld = { '@type': type, headline: 'On call', author: { '@type': 'Person', name: 'Jane Doe' } };
      expect(prescore(page(ld, thin))).toBe(0);
    }
  });

  it('a CV’s sections outweigh the BlogPosting a site generator declares for every page, an About page’s too', () => {
    const about = '<h1>Åsa Lindqvist</h1><p><a href="mailto:asa@example.com">E-post</a></p><h2>Utbildning</h2><p>Linköpings universitet</p><h2>Skills</h2><ul><li>Kotlin</li><li>FHIR</li></ul><h2>Projects</h2><p>fhir-lint</p>';
    expect(prescore(page({ '@type': 'BlogPosting', headline: 'Om mig', author: { '@type': 'Person', name: 'Åsa Lindqvist' } }, about))).toBeGreaterThanOrEqual(PRESCREEN);
  });

  it('a career with its dates and a schooling outweigh that BlogPosting too', () => {
    const about = '<h1>Sobre mí</h1><h2>Experiencia profesional</h2><p>Veterinaria adjunta</p><p>03/2021 - 06/2024</p><h2>Formación</h2><p>Universidad de Zaragoza</p>';
    expect(prescore(page({ '@type': 'BlogPosting', headline: 'Sobre mí' }, about))).toBeGreaterThanOrEqual(PRESCREEN);
    expect(prescore(page({ '@type': 'BlogPosting', headline: 'Sobre mí' }, '<h1>Sobre mí</h1><h2>Formación</h2><p>Universidad de Zaragoza</p>'))).toBe(0);
    // Never sure, however much of a CV it shows (a how-to article with a sample CV shows all of one): the judge weighs it first.
    const roles = ['2021 – 2024', '2018 – 2021', '2015 – 2018', '2012 – 2015', '2010 – 2012'].map((d) => `<p>Senior Engineer, Acme</p><p>${d}</p>`).join('');
    const full = `<h1>Jane Doe</h1><p><a href="mailto:jane@example.com">jane@example.com</a></p><h2>Experience</h2>${roles}<h2>Education</h2><p>MIT</p><h2>Skills</h2><p>Go</p>`;
    expect(prescore(parseHtmlDocument(`<html><body>${full}</body></html>`))).toBeGreaterThanOrEqual(PRESCREEN_SURE);
    expect(prescore(page({ '@type': 'BlogPosting', headline: 'How to write a CV' }, full))).toBeLessThan(PRESCREEN_SURE);
    // (Nor beside a code block, as a résumé theme's documentation shows its sample's data: passed on, never sure.)
    const docs = prescore(parseHtmlDocument(`<html><body><pre><code>name: Jane Doe\nwork:\n  - company: Acme</code></pre>${full}</body></html>`));
    expect(docs).toBeLessThan(PRESCREEN_SURE);
    expect(docs).toBeGreaterThanOrEqual(PRESCREEN);
  });

  it('a type name must match whole: "PersonalTrainer" is no Person', () => {
    const before = prescore(parseHtmlDocument(`<html><body>${thin}</body></html>`));
    expect(prescore(page({ '@type': 'PersonalTrainer' }, thin))).toBe(before);
  });

  it('a Japanese CV’s education section and a "Timeline" of dated roles count as their sections', () => {
    const body = (title: string, section: string, row: string) => parseHtmlDocument(`<html><head><title>${title}</title></head><body><h1>${title}</h1><h2>${section}</h2><p>${row}</p></body></html>`);
    expect(prescore(body('佐藤 健太', '学歴', '東京電機大学'))).toBeCloseTo(prescore(body('佐藤 健太', '趣味', '東京電機大学')) + 0.15);
    expect(prescore(body('Jane Doe', 'Timeline', 'Staff Engineer, Acme · Jan 2020 – Present'))).toBeGreaterThan(prescore(body('Jane Doe', 'Now', 'Staff Engineer, Acme · Jan 2020 – Present')));
  });

  it('a Japanese history dated "2019年4月〜現在" counts as a career with its dates, above the BlogPosting its site declares', () => {
    const rows = ['2019年4月〜現在 株式会社リンガブリッジ 翻訳者', '2017年10月〜2019年3月 SDL Japan株式会社 コーディネーター', '2014年7月〜2016年3月 テルモ株式会社 翻訳担当'];
    const about = `<h1>プロフィール</h1><h2>職歴</h2><ul>${rows.map((r) => `<li>${r}</li>`).join('')}</ul><h2>学歴</h2><ul><li>2001年3月 上智大学 卒業</li></ul>`;
    expect(prescore(page({ '@type': 'BlogPosting', headline: 'プロフィール' }, about))).toBeGreaterThanOrEqual(PRESCREEN);
  });

  it('three dated lines count as a career whose titles it cannot read ("2019.03 - 2021.11" under a Thai title); two do not', () => {
    const rows = (n: number) => parseHtmlDocument(`<html><body><h2>ประวัติการทำงาน</h2>${['2021.12 - 2024.06', '2019.03 - 2021.11', '2016.07 - 2019.02'].slice(0, n).map((d) => `<p>${d}</p><p>星河支付 · 后端开发</p>`).join('')}</body></html>`);
    expect(prescore(rows(3))).toBeCloseTo(0.25);
    expect(prescore(rows(2))).toBe(0);
  });

  it('"Résumé" in the page title counts as "Resume" does', () => {
    const titled = (title: string) => prescore(parseHtmlDocument(`<html><head><title>${title}</title></head><body>${thin}</body></html>`));
    const plain = titled('Jane Doe');
    expect(titled('Jane Doe – Résumé')).toBeCloseTo(plain + 0.2);
    expect(titled('Jane Doe – Resume')).toBeCloseTo(plain + 0.2);
    expect(titled('Jane Doe – Resumes of the team')).toBeCloseTo(plain);
  });

  it('a CV in a language the pre-screen reads no section of passes on to extraction by a way to reach its person alone', () => {
    const cv = (contact: string) => prescore(parseHtmlDocument(`<html><head><title>ประวัติย่อ | ศิริพร</title></head><body><h2>การศึกษา</h2><p>จุฬาลงกรณ์มหาวิทยาลัย</p><h2>ประวัติการทำงาน</h2><p>วิศวกรซอฟต์แวร์</p><p>${contact}</p></body></html>`));
    expect(cv('<a href="mailto:zhang@example.com">zhang@example.com</a>')).toBeGreaterThanOrEqual(PRESCREEN);
    expect(cv('杭州')).toBeLessThan(PRESCREEN);
  });

  it('a CV written wholly in French, Spanish, Portuguese, Italian, German or Arabic passes on to extraction by its section titles', () => {
    const cv = (education: string, skills: string) => prescore(parseHtmlDocument(`<html><body><p>Camille Durand</p><h2>${education}</h2><p>Université Lyon 2</p><h2>${skills}</h2><ul><li>Figma</li></ul></body></html>`));
    // (And Korean's and Swedish's sections of a career and of schooling.)
    expect(prescore(parseHtmlDocument('<html><body><p>김지은</p><h2>경력</h2><p>백엔드 개발자</p><p>2021.03 - 2024.02</p></body></html>'))).toBeGreaterThanOrEqual(PRESCREEN);
    expect(prescore(parseHtmlDocument('<html><body><p>김지은</p><h2>학력</h2><p>한양대학교</p></body></html>'))).toBeGreaterThanOrEqual(PRESCREEN);
    // (And the usual titles of a career, of schooling and of skills in Chinese, Japanese, Portuguese, Italian and Polish.)
    const one = (title: string) => prescore(parseHtmlDocument(`<html><body><h2>${title}</h2><p>Acme</p><p>2021.03 - 2024.02</p></body></html>`));
    for (const title of ['工作经历', '教育背景', '職歴', 'スキル', 'Experiência profissional', 'Esperienza lavorativa', 'Wykształcenie']) expect(one(title), title).toBeGreaterThanOrEqual(PRESCREEN);
    expect(one('趣味')).toBeLessThan(PRESCREEN);
    for (const [education, skills] of [['Formation', 'Compétences'], ['Formación', 'Habilidades'], ['Formação', 'Competências'], ['Formazione', 'Competenze'], ['Ausbildung', 'Kenntnisse'], ['Utbildning', 'Kenntnisse'], ['التعليم', 'المهارات']]) {
      expect(cv(education!, skills!)).toBeGreaterThanOrEqual(PRESCREEN);
    }
    expect(cv('Histoire', 'Recettes')).toBeLessThan(PRESCREEN);
  });

  it('a section title whose adjective follows its noun ("Formación académica", "Expérience professionnelle") counts as its noun does', () => {
    const cv = (education: string, experience: string) => prescore(parseHtmlDocument(`<html><body><p>Camille Durand</p><h2>${education}</h2><p>Université Lyon 2</p><h2>${experience}</h2><p>Analyste</p><p>03/2019 - 02/2024</p></body></html>`));
    const plain = cv('Formation', 'Expérience');
    expect(plain).toBeGreaterThan(cv('Histoire', 'Recettes'));
    for (const [education, experience] of [['Formación académica', 'Experiencia profesional'], ['Formation académique', 'Expérience professionnelle'], ['Formazione accademica', 'Experiencia laboral'], ['Formação acadêmica', 'Expérience professionnelle']]) {
      expect(cv(education!, experience!)).toBeCloseTo(plain);
    }
    // (Only after a noun it qualifies: "Language Proficiency" is no language.)
    expect(cv('Histoire académique', 'Recettes professionnelles')).toBeCloseTo(cv('Histoire', 'Recettes'));
  });

  it('a screening of the candidate ("Screening results", "AI Screening") counts towards a profile', () => {
    const confidence = (extra: string) => prescore(parseHtmlDocument(`<html><body>${thin}${extra}</body></html>`));
    const plain = confidence('');
    expect(confidence('<h2>Screening results</h2><p>Staff Engineer</p>')).toBeCloseTo(plain + 0.15);
    expect(confidence('<h2>AI Screening</h2><p>Score: 61/100</p>')).toBeCloseTo(plain + 0.15);
    expect(confidence('<h2>Risk assessment</h2><p>Low.</p>')).toBeCloseTo(plain);
  });
});
