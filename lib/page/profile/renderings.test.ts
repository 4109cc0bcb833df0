import { describe, expect, it } from 'vitest';
import { oneRendering, oneRenderingEach, withoutOtherRenderings } from './renderings';

describe('oneRendering', () => {
  it('reads two renderings a slash sets apart, whatever their length, as the Latin one', () => {
    expect(oneRendering('पद / Post')).toBe('Post');
    // (A rendering mixing in a Latin word the other has too; not a title's two halves.)
    expect(oneRendering('EMC 测试 / EMC Testing')).toBe('EMC Testing');
    expect(oneRendering('高速 PCB 设计 / High-speed PCB Design')).toBe('High-speed PCB Design');
    expect(oneRendering('Android / iOS 工程師')).toBe('Android / iOS 工程師');
    expect(oneRendering('SRE / DevOps-инженер')).toBe('SRE / DevOps-инженер');
    expect(oneRendering("वैज्ञानिक 'ई' / Scientist 'E'")).toBe("Scientist 'E'");
    expect(oneRendering('मोतीलाल नेहरू राष्ट्रीय प्रौद्योगिकी संस्थान इलाहाबाद / Motilal Nehru National Institute of Technology Allahabad')).toBe('Motilal Nehru National Institute of Technology Allahabad');
    expect(oneRendering('TCP / IP')).toBe('TCP / IP');
  });

  it('reads a name with its other rendering in brackets as the Latin one, not a word glossed in brackets', () => {
    expect(oneRendering('Sogang University (서강대학교)')).toBe('Sogang University');
    expect(oneRendering('Олександр Коваленко (Oleksandr Kovalenko)')).toBe('Oleksandr Kovalenko');
    expect(oneRendering('Бэкенд разработчик, Ведущий (Lead)')).toBe('Бэкенд разработчик, Ведущий (Lead)');
  });

  it.each([
    ['백엔드 엔지니어 Backend Engineer', 'Backend Engineer'],
    ['Nuri Commerce 누리커머스', 'Nuri Commerce'],
    ['HanbitPay 한빛페이', 'HanbitPay'],
    ['서울 Seoul', 'Seoul'],
    ['مهندس برمجيات أول Senior Software Engineer', 'Senior Software Engineer'],
    ['소프트웨어 엔지니어 인턴 Software Engineer Intern', 'Software Engineer Intern'],
    ['컴퓨터소프트웨어학부 학사 B.S. in Computer Science & Software', 'B.S. in Computer Science & Software'],
  ])('reads %j, written twice, as its Latin rendering', (text, one) => {
    expect(oneRendering(text)).toBe(one);
  });

  it.each([
    'Spring Boot 개발자',
    'Java 개발자',
    '高级工程师',
    'Ingeniero de Software',
    'Δήμητρα Παπαδοπούλου Dimitra',
    'Flutter developer from Dhaka. Writing tutorials in English and বাংলা',
    'Aegean Digital Α.Ε.',
    'WebArt Θεσσαλονίκη',
    'Ведущий переводчик — ABBYY Language Services',
    'Goethe-Institut Tokyo 図書館アシスタント',
    '스마일게이트 RPG',
    'Dental Smile ΙΚΕ',
    'Tavlit Health מנהלת מוצר',
    'Σχολή Le Monde',
  ])('leaves %j as written', (text) => {
    expect(oneRendering(text)).toBe(text);
  });

  it('reads each part of a line set apart by middle dots once', () => {
    expect(oneRenderingEach('HanbitPay 한빛페이 · 서울 Seoul')).toBe('HanbitPay · Seoul');
    expect(oneRenderingEach('Acme GmbH · Berlin')).toBe('Acme GmbH · Berlin');
  });
});

describe('withoutOtherRenderings', () => {
  const roles = [
    { title: 'Senior Product Designer', company: 'Rafiq Health', span: '2021–present' },
    { title: 'مصممة منتجات رئيسية', company: 'رفيق الصحية', span: '2021–present' },
    { title: 'مصممة واجهات', company: 'جبل ديجيتال', span: '2014–2016' },
  ];
  it('drops a record in no Latin letters whose dates a record in Latin letters has, and keeps one of its own dates', () => {
    expect(withoutOtherRenderings(roles, (r) => [r.title, r.company], (r) => r.span).map((r) => r.title)).toEqual(['Senior Product Designer', 'مصممة واجهات']);
  });
});
