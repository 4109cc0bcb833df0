import { canonicalSkill } from '../../shared/skills/match';
import { INSTITUTION } from './degrees';
import { isPlace } from './places';
import { ROLE_WORDS } from './role-words';

// A run of words in Latin letters (with the digits, marks and signs names carry), and a run in any other script.
const LATIN_RUN = /^[\p{Script=Latin}\d][\p{Script=Latin}\p{M}\d .,&'’()/+#-]*$/u;
const OTHER_RUN = /^[^\p{Script=Latin}\d][^\p{Script=Latin}]*$/u;
const MIXED_RUN = /^(?=.*[^\p{Script=Latin}\p{Script=Common}\p{M}\s])[^/]+$/u;
const sharesLatinWord = (mixed: string, latin: string) => latin.includes(' ') && (mixed.match(/\p{Script=Latin}{2,}/gu) ?? []).some((w) => latin.split(/[\s-]+/).includes(w));

/**
 * "백엔드 엔지니어 Backend Engineer", "Nuri Commerce 누리커머스", "مهندس برمجيات أول Senior Software Engineer":
 * a bilingual page writes a title or a name twice, in its own script and in Latin letters. The line is
 * one of them, the Latin rendering, which every reader of the profile can read. (Not a technology in Latin
 * letters beside a word of another script: "Spring Boot 개발자" is a Spring Boot developer.)
 */
export function oneRendering(text: string | null): string | null {
  if (!text || !/\p{Script=Latin}/u.test(text) || !/[^\p{Script=Latin}\p{Script=Common}\p{M}\s]/u.test(text)) return text;
  // "पद / Post", "वैज्ञानिक 'ई' / Scientist 'E'": the two renderings set apart by a slash, whatever their length.
  const slashed = text.split(' / ');
  if (slashed.length === 2) {
    const [a, b] = slashed.map((p) => p.trim()) as [string, string];
    if (OTHER_RUN.test(a) && LATIN_RUN.test(b)) return b;
    if (LATIN_RUN.test(a) && OTHER_RUN.test(b)) return a;
    // ("EMC 测试 / EMC Testing", "高速 PCB 设计 / High-speed PCB Design": or one rendering mixing into the other script a Latin
    // word the other rendering has too; not a title's two halves, "Android / iOS 工程師", "SRE / DevOps-инженер".)
    if (MIXED_RUN.test(a) && LATIN_RUN.test(b) && sharesLatinWord(a, b)) return b;
    if (LATIN_RUN.test(a) && MIXED_RUN.test(b) && sharesLatinWord(b, a)) return a;
  }
  // "Sogang University (서강대학교)", "Олександр Коваленко (Oleksandr Kovalenko)": the other rendering in brackets.
  const bracketed = /^([^()]+?)\s*\(([^()]+)\)$/.exec(text);
  if (bracketed) {
    const [a, b] = [bracketed[1]!, bracketed[2]!];
    if (LATIN_RUN.test(a) && OTHER_RUN.test(b)) return a;
    // (A word in brackets glosses one word, "Ведущий (Lead)": a rendering of the whole is a name of two words or more.)
    if (OTHER_RUN.test(a) && LATIN_RUN.test(b) && b.includes(' ')) return b;
  }
  // ("Ведущий переводчик — ABBYY Language Services": a job in one script, a dash, its employer in another: two parts.)
  const dashed = /^(.+?)\s+[—–]\s+(.+)$/.exec(text);
  if (dashed && ROLE_WORDS.test(dashed[1]!) !== ROLE_WORDS.test(dashed[2]!)) return text;
  const words = text.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const [a, b] = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    const latin = LATIN_RUN.test(a) && OTHER_RUN.test(b) ? a : OTHER_RUN.test(a) && LATIN_RUN.test(b) ? b : null;
    // ("Aegean Digital Α.Ε.", "WebArt Θεσσαλονίκη": a legal form's letters or the town after a name render nothing.)
    const other = latin === a ? b : a;
    // ("Dental Smile ΙΚΕ": nor a legal form written as its initials.)
    if (latin && (/^(?:\p{L}{1,3}\.)+$/u.test(other) || /^(?:\p{Lu}\.?){2,5}$/u.test(other) || (isPlace(other) && !isPlace(latin)))) return text;
    // (Nor a job's or a school's word in one script beside a name in Latin letters that has none: "Goethe-Institut Tokyo
    // 図書館アシスタント" is an employer and its job, "Σχολή Le Monde" one school's name.)
    if (latin && [ROLE_WORDS, INSTITUTION].some((words) => words.test(other) && !words.test(latin))) return text;
    // (Two renderings of a name are a few words each, not a sentence that ends on a word in another script.)
    // (One word in Latin letters is a rendering when it is a name, "HanbitPay 한빛페이", "서울 Seoul"; not a technology, "Java 개발자",
    // nor an acronym, which is part of the name: "스마일게이트 RPG".)
    if (latin && (latin.split(' ').length >= 2 || (/^\p{Lu}(?=\p{L}*\p{Ll})\p{L}{2,}$/u.test(latin) && words.length === 2)) && words.length <= 12 && !/\p{Ll}{3}[.!?]\s/u.test(text) && canonicalSkill(latin) === null) return latin;
  }
  return text;
}

/** Each part of a line set apart by middle dots, read once: "HanbitPay 한빛페이 · 서울 Seoul" is "HanbitPay · Seoul". */
export const oneRenderingEach = (line: string): string => line.split(' · ').map((p) => oneRendering(p) ?? p).join(' · ');

const hasLatin = (text: string | null | undefined) => !!text && /\p{Script=Latin}/u.test(text);

/**
 * A page written twice, in two columns of two scripts ("Senior Product Designer · Rafiq Health · 2021–present"
 * beside "مصممة منتجات رئيسية · رفيق الصحية · 2021–present"): a record in no Latin letters whose dates another
 * record in Latin letters has is that record's other rendering, and goes.
 */
export function withoutOtherRenderings<T>(records: T[], fields: (r: T) => (string | null | undefined)[], dates: (r: T) => string): T[] {
  const latin = new Set(records.filter((r) => fields(r).some(hasLatin)).map(dates));
  return records.filter((r) => fields(r).some(hasLatin) || !fields(r).some(Boolean) || !latin.has(dates(r)));
}
