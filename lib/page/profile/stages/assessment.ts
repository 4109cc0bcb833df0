import { canonicalSkill } from '../../../shared/skills/match';
import { sectionsOf } from '../page';
import type { Assessment } from '../../../shared/profile';
import { sectionBlocks } from '../sections';
import type { Block } from '../text-model';
import { stage } from './stage';
import { westernDigits } from '../dates';

/** A screening or test score the page shows for the person. */
export const assessment = stage({
  name: 'assessment',
  needs: [],
  gives: ['assessment'],
  run: (page) => ({
    assessment: sectionsOf(page, 'assessment').map((s) => extractAssessment(sectionBlocks(page.model, s))).find(Boolean) ?? scoreNearTest(page.model.blocks) ?? scoreOfMeter(page.meters),
  }),
});

/** A meter drawn as a ring or a bar that says, for a screen reader, it is a test's score (aria-label="Overall technical interview score"). */
function scoreOfMeter(meters: Element[]): Assessment | null {
  for (const el of meters) {
    // (Its label in its own attribute, or in the element it names: aria-labelledby="score-label" over "Wynik screeningu AI".)
    const labelledBy = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => (id ? el.ownerDocument.getElementById(id)?.textContent ?? '' : '')).join(' ').trim();
    // ("AI面接評価 5点中4.6点", "AI 스크리닝 점수 100점 만점에 92점": Japanese and Korean say the scale first, "of 5, 4.6 points".)
    const label = (el.getAttribute('aria-label') ?? labelledBy).replace(/(\d+)\s*(?:点中|점\s*만점에)\s*(\d+(?:\.\d+)?)\s*[点점]/u, '$2/$1');
    // (A picture's label says the score itself, after its name: "Score Crible : 91 sur 100".)
    if (el.getAttribute('role') === 'img') {
      const said = TEST_WORDS.test(label) && !notATest(label) ? readScore(label.slice(label.search(/\d/))) : null;
      if (said) return { ...said, role: null, skillsAssessed: [] };
      continue;
    }
    const [score, max] = [Number(el.getAttribute('aria-valuenow')), Number(el.getAttribute('aria-valuemax'))];
    if (!TEST_WORDS.test(label) || NOT_A_TEST.test(label) || !Number.isFinite(score) || ![5, 10, 20, 50, 100].includes(max) || score < 0 || score > max) continue;
    return { score, maxScore: max, role: null, skillsAssessed: [] };
  }
  return null;
}

// A score as marketplaces write one: "91/100", "4.5/5", "4.6 / 5", "3.86 / 5.00", "83 out of 100", "Score: 92%", "44/50".
// ("Assessment: 87/100", "Technical score 4.6/5", "Coding test: 44/50": the test named on the score's own line.)
// (The same words in the languages marketplaces write them: "Celkové skóre", "Puntaje", "Điểm đánh giá", "امتیاز ارزیابی".)
const SCORE_WORDS = 'score|assessment|screening|test|evaluation|skóre|hodnocení|wynik|ocena|scor|evaluare|punctaj|puntaje|puntuación|evaluación|pontuação|avaliação|punteggio|valutazione|évaluation|punktzahl|bewertung|gesamtergebnis|ergebnis|puan|değerlendirme|điểm|đánh giá|nilai|skor|penilaian|asesmen|امتیاز|ارزیابی|نتيجة|تقييم|التقييم|النتيجة|ציון|βαθμολογία|συνολικός βαθμός|αξιολόγηση|балл|оценка|бал|оцінка|评分|得分|测评|スコア|評価|점수|평가|คะแนน|स्कोर|স্কোর|मूल्यांकन|alama|tathmini|iskor|marka|pagtatasa|pisteet|arviointi|pontszám|értékelés|beoordeling|poäng|bedömning|සමස්ත ලකුණු|ලකුණු|තක්සේරුව';
const TEST_NAMES = '\\p{L}+(?:prov|prøve|prüfung|toets|teszt)|testy?|testu|uji|prověření|prüfung|eignungstest|eignungsdiagnostik|skills check|proctored|prova|prueba|giudizio|검사|역량검사|sınav(?:ı|lar|ları)?|kiểm tra|tes|آزمون|اختبار|מבחן|τεστ|тест(?:ы|и|ов|ів)?|测试|テスト|테스트|แบบทดสอบ|परीक्षा|পরীক্ষা|mtihani|pagsusulit|testi|teszt|toets|prov|kunskapstest(?:er)?';
// ("Passed: 17/20": or the verdict a pass mark gives, before the score.)
const VERDICT = 'passed|bestanden|réussi|aprobado|superado|aprovado|superato|zaliczony|geslaagd|godkänd|lulus|đạt';
const LABEL = `(?:(?:(?:overall|technical|total|final|coding|skills?|online|take-home|celkové|celkový|celkem)\\s+)?(?:${SCORE_WORDS})(?:\\s+(?:${SCORE_WORDS}|${TEST_NAMES}))?\\s*:?\\s*|(?:${VERDICT})\\s*:\\s*)?`;
// ("92 / 100 pts": the unit of points after the scale.)
// ("4,2 / 5", "8,7/10": a decimal comma; "4.7 de 5", "34 z 40": "of" in the other languages.)
// ("88 نقطة من 100", "88 points out of 100": the unit of points may come before the scale too.)
const OF = '\\/|out of|of|de|din|z|ze|na|из|з|на|van|av|sur|di|von|από|dari|من|מתוך';
const POINTS = 'pts|points|punkte|pkt|puan|puntos|pontos|punti|bodů|b\\.|puncte|pont|pistettä|балл\\p{L}*|бал\\p{L}*|điểm|poin|امتیاز|نقطة|נקודות|βαθμοί|μονάδες|점|分|点';
// The scales marketplaces score on: out of 5, 10, 20, 40, 50, a round hundred or a thousand.
const SCALE = '5|10|20|30|40|50|[1-9]00|1000';
const SCORE = new RegExp(`^${LABEL}(\\d{1,3}(?:[.,]\\d\\d?)?)\\s*(?:${POINTS})?\\s*(?:${OF})\\s*(${SCALE})(?:[.,]00?)?(?:\\s*(?:${POINTS}))?$|^${LABEL}(\\d{1,3}(?:[.,]\\d)?)\\s*%$`, 'iu');
const SCALE_ALONE = new RegExp(`^(?:${OF})\\s*(?:${SCALE})$`, 'iu');
const SCORE_OPENS = new RegExp(`^(\\d{1,3}(?:[.,]\\d\\d?)?)\\s*(?:${OF})\\s*(${SCALE})(?![\\d.,])(?=\\s*[·|•,–—(]|\\s+\\p{L})`, 'iu');
// ("91 % wynik testu kompetencji": a percentage opening a line that names the test after it.)
const PERCENT_OPENS = /^(\d{1,3}(?:[.,]\d)?)\s*%\s*(?=\p{L})/u;
// ("95% (német → magyar, jogi szöveg)": a percentage, then what was tested in brackets.)
const PERCENT_NOTED = /^(\d{1,3}(?:[.,]\d)?)\s*%\s*\([^()]+\)$/u;
// ("Skor 4,6/5 · Lulus", "স্কোর ৮৫/১০০ · ৯২তম পার্সেন্টাইল": the score word, the score, then more after a separator.)
const LABEL_OPENS = new RegExp(`^(?:${SCORE_WORDS})\\s*:?\\s*(\\d{1,3}(?:[.,]\\d\\d?)?)\\s*(?:${OF})\\s*(${SCALE})(?![\\d.,])\\s*[·|•,–—]`, 'iu');
const GRADE_THEN_SCORE = new RegExp(`^(?:\\p{L}+\\s+)?[A-F][+\\-−]?\\s*\\((\\d{1,3}(?:[.,]\\d)?)\\s*\\/\\s*(${SCALE})\\)$`, 'u');
// How a result ranks among others, said after it ("82nd percentile", "상위 3%", "Top 5%"): no review's or school's words.
const RANK = /\d+(?:-?(?:st|nd|rd|th|й|ий|і))?\s*(?:percentile|процентил\p{L}*|перцентил\p{L}*)|(?:top|상위|上位|前)\s*\d+\s*%/giu;

// The row or line that sums a screening's stages ("Total" | "92 / 100 pts").
// ("Puntuación global", "Overall score", "Gesamtbewertung": a score word with the word for all of it, either side.)
const TOTAL = /^(?:total|overall|gesamt|totale|puntuación total|pontuação total|score total|note globale|toplam|celkem|razem|итого|合計|总分|총점|(?:puntuación|pontuação|punteggio|score|note|wynik|puan|skóre)\s+(?:global|globale|geral|complessivo|ogólny|genel|celkové|total)|(?:overall|total|global|gesamt)\s*(?:score|bewertung|punktzahl|rating))\s*:?$/iu;
// ("Vettora score" over "89/100" after its stages' scores: the platform's own score, under its name; in Turkish, "Seçkin Puanı".)
const PLATFORM_SCORE = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s(?:[Ss]core|[Pp]uanı|[Ss]koru):?$/u;
const totals = (text: string) => TOTAL.test(text) || PLATFORM_SCORE.test(text);
// What a screening is called beside its score; and what only rates a freelancer's clients' satisfaction.
// (In the plural too: "Assessments" over a candidate's results.)
// (Written in Japanese, Korean or Chinese, after a Latin word or not, or inside a compound: "AIスクリーニング", "코딩테스트".)
// The words that name a test (not only its score).
const TESTS = `screens?|screenings?|assessments?|assessed|skills? tests?|tests?|tested|vetting|vetted|evaluations?|technical interview|entrevista técnica|entretien technique|colloquio tecnico|technisches interview|challenges?|exams?|take-home|${TEST_NAMES}`;
const TEST_WORDS = new RegExp(`(?<![\\p{L}])(${TESTS}|score|${SCORE_WORDS})(?![\\p{L}])|スクリーニング|審査|面接評価|심사|筛选|テスト|테스트|スキルチェック|スキル診断|適性検査`, 'iu');
// (Nor a school's grade: "Diploma di maturità, voto 96/100", "GPA 3.8/4".)
// (Nor an employer's yearly review: "Valutazione della performance individuale (anno 2023) 96/100".)
const NOT_A_TEST = /\b(performance|appraisal|job success|rating from clients|client rating|reviews?|responds?|response rate|on[- ]time|on budget|percentile|higher than|top \d+%|voto|votazione|grade|c?gpa|abschlussnote|note finale|nota final|maturità|maturita|abitur|laurea|diploma|baccalauréat)\b/i;

/** Whether a line's words say it rates something other than a test, a rank after its score set aside ("41/50 · 82nd percentile"). */
// (Nor an average over a count of ratings, "4,9 / 5 (27 értékelés)", "4.8/5 (112 reviews)": the clients'.)
const notATest = (text: string) => NOT_A_TEST.test(text.replace(RANK, '')) || /\/\s*(?:5|10)\s*\(\d[\d\s.,]*\s+\p{L}+\)/u.test(text);

// "Đạt 4/5 bài kiểm tra", "Klarade 4 av 5 kunskapstester", "Passed 4 of 5 tests": how many of a screening's tests were passed.
const PASSED = new RegExp(`^\\p{L}+\\s+(\\d{1,2})\\s*(?:${OF})\\s*(\\d{1,2})\\s+(\\p{L}.*)$`, 'iu');
function testsPassed(text: string): RegExpExecArray | null {
  const m = PASSED.exec(text);
  return m && Number(m[1]) <= Number(m[2]) && TEST_NAMED.test(m[3]!) ? m : null;
}

function readScore(text: string): { score: number; maxScore: number } | null {
  // (Persian, Arabic and the other scripts' digits read as the digits they are: "۸۵/۱۰۰".)
  const digits = westernDigits(text.trim());
  // ("4.7/5 entrevista técnica", "41/50 · 82-й процентиль серед 1 214 інженерів", "8.6 / 10 상위 3%": the score opens the line and
  // what follows names the test or ranks the result; "Giudizio B+ (87/100)": a letter grade with its score in brackets.)
  const opening = SCORE_OPENS.exec(digits) ?? GRADE_THEN_SCORE.exec(digits) ?? LABEL_OPENS.exec(digits) ?? testsPassed(digits);
  if (opening && !notATest(digits)) return { score: Number(opening[1]!.replace(',', '.')), maxScore: Number(opening[2]) };
  const noted = PERCENT_NOTED.exec(digits);
  if (noted && !notATest(digits)) return { score: Number(noted[1]!.replace(',', '.')), maxScore: 100 };
  const percent = PERCENT_OPENS.exec(digits);
  if (percent && TEST_WORDS.test(digits.slice(percent[0].length)) && !notATest(digits)) return { score: Number(percent[1]!.replace(',', '.')), maxScore: 100 };
  const m = SCORE.exec(digits);
  // ("87 점", "87点": points alone, as Korean and Japanese scores are written out of a hundred.)
  const points = m ? null : /^(\d{1,3})\s*(?:점|点)$/u.exec(text.trim());
  if (points) return { score: Number(points[1]), maxScore: 100 };
  if (!m) return null;
  const number = (n: string) => Number(n.replace(',', '.'));
  return m[1] ? { score: number(m[1]), maxScore: Number(m[2]) } : { score: number(m[3]!), maxScore: 100 };
}

/**
 * A score line with a screening or test named within two lines of it, wherever the page puts it.
 * (Under a screening's own title, "技術スコア", "Assessment", the title names the test: testNamed.)
 */
function scoreNearTest(blocks: Block[], testNamed = false): Assessment | null {
  // (Of a screening's stages and their total, the total: "Total" over "92 / 100 pts" after "46 / 50" twice.)
  const total = blocks.findIndex((b, i) => i > 0 && totals(blocks[i - 1]!.text) && readScore(b.text) !== null);
  const order = blocks.keys();
  for (const i of total >= 0 ? [total, ...order] : order) {
    const b = blocks[i]!;
    // (A line that opens on its score may say more after it: "41/50 · 82-й процентиль серед 1 214 інженерів".)
    if (b.nav || b.text.length > (/^\d/.test(b.text) ? 80 : 40)) continue;
    // ("4,6" / "din 5": the score in large type, its scale on the line under it.)
    const scale = /^\d{1,3}(?:[.,]\d\d?)?$/.test(b.text) && blocks[i + 1] && SCALE_ALONE.test(blocks[i + 1]!.text) ? blocks[i + 1]!.text : '';
    const score = readScore(scale ? `${b.text} ${scale}` : b.text);
    if (!score || score.score > score.maxScore) continue;
    // (A total names its test where its stages do, above it.)
    const near = blocks.slice(Math.max(0, i - (i === total ? 20 : 3)), i + 3).filter((x) => x !== b);
    // A label names the test (not a sentence that happens to say "test"), and a skill's progress bar ("SQL", "90%") is no score.
    const previous = blocks[i - 1];
    // (Nor one of several named on the line: "Postman / REST API testy" over "80 %".)
    // (Unless the line names itself a score: "Adobe After Effects" over "Skor 4,6/5 · Lulus" is the skill tested.)
    if (previous && !LABEL_OPENS.test(westernDigits(b.text)) && [previous.text, ...previous.text.split(/\s*[/,·|]\s*/)].some(namesSkillOnly)) continue;
    // (Before the score or after it: "Coding test: 44/50", "4.7/5 entrevista técnica".)
    const labelled = (/^\D/.test(b.text) || SCORE_OPENS.test(b.text) || PERCENT_OPENS.test(b.text)) && TEST_WORDS.test(b.text);
    // (A total under its own label, "Seçkin Puanı" over "86 / 100", is named by that label.)
    if (notATest(b.text) || (i !== total && !labelled && !testNamed && !near.some((x) => x.text.length <= 80 && TEST_WORDS.test(x.text) && !NOT_A_TEST.test(x.text)))) continue;
    return { ...score, role: null, skillsAssessed: [] };
  }
  return labelledScoreInLine(blocks);
}

// (A label that names a test around the skill tested is no skill's bar: "ציון מבחן בית (SQL + ניתוח)", "Тест з Excel і планування".)
const namesSkillOnly = (text: string) => canonicalSkill(text) !== null && !TEST_WORDS.test(text.replace(/\([^()]*\)/g, ''));

// "JavaScript (nivel avanzado) — Puntuación: 82/100 · Superado": a score under its label inside a longer line.
// ("Συνολικός βαθμός · 88/100 μονάδες": or a middle dot after the label.)
// (Any of the score words, their accents perhaps left out; "تقييم مِهنة: A− (88 نقطة من 100)": a letter grade before it, the
// platform's name after the label.)
const LABELLED_SCORE = new RegExp(`(?<![\\p{L}])(?:${SCORE_WORDS}|puntuacion|pontuacao|r[ée]sultat|skore)(?:\\s+[^\\s:：]+)?\\s*[:：·]\\s*(?:[A-F][+\\-−]?\\s+)?\\(?(\\d{1,3}(?:\\.\\d)?)\\s*(?:${POINTS})?\\s*(?:\\/|out of|من)\\s*(5|10|20|50|100)(?!\\d)`, 'iu');

const TEST_NAMED = new RegExp(`(?<![\\p{L}])(?:${TESTS})(?![\\p{L}])`, 'iu');
// ("Lolos Uji Keahlian Lepasin · skor 88/100": the score word right before the score that closes the line, no colon between.)
const CLOSING_SCORE = new RegExp(`(?<![\\p{L}])(?:${SCORE_WORDS})\\s+(\\d{1,3}(?:\\.\\d)?)\\s*(?:\\/|out of|من)\\s*(5|10|20|50|100)$`, 'iu');

/** A labelled score inside a line that a test is named in or beside. */
function labelledScoreInLine(blocks: Block[]): { score: number; maxScore: number; role: null; skillsAssessed: string[] } | null {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.nav || b.text.length > 200) continue;
    const closing = b.text.includes(':') ? null : CLOSING_SCORE.exec(b.text.trim());
    // (There a test is named before it, not only scored: "Rating klien · skor 4.9/5" is the clients'.)
    if (closing && !TEST_NAMED.test(b.text.slice(0, closing.index))) continue;
    const m = closing ?? LABELLED_SCORE.exec(b.text);
    if (!m || NOT_A_TEST.test(b.text) || Number(m[1]) > Number(m[2])) continue;
    const near = blocks.slice(Math.max(0, i - 3), i + 1);
    if (!near.some((x) => x.text.length <= 80 && TEST_WORDS.test(x.text) && !NOT_A_TEST.test(x.text))) continue;
    return { score: Number(m[1]), maxScore: Number(m[2]), role: null, skillsAssessed: [] };
  }
  return null;
}

function extractAssessment(blocks: Block[]): Assessment | null {
  const text = blocks.map((b) => b.text).join('\n');
  const stated = /score\s*:?\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)/i.exec(text);
  const score = stated ? { score: Number(stated[1]), maxScore: Number(stated[2]) } : (scoreNearTest(blocks) ?? scoreNearTest(blocks, true));
  if (!score) return null;
  const skillsLine = /skills assessed\s*:?\s*(.+)/i.exec(text);
  const roleBlock = blocks.find((b) => /\b(ai screening|screening|assessment)\b/i.test(b.text) && b.text.length <= 100 && !/score|skills assessed/i.test(b.text));
  const role = roleBlock ? roleBlock.text.replace(/\s*\b(ai screening|screening|assessment)\b\s*/gi, ' ').trim() || null : null;
  return {
    score: score.score,
    maxScore: score.maxScore,
    role,
    skillsAssessed: skillsLine ? skillsLine[1]!.split(/\s*,\s*/).map((s) => s.trim()).filter(Boolean) : [],
  };
}
