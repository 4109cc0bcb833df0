import { describe, expect, it } from 'vitest';
import { assessment } from './assessment';
import { pageOf, runOn } from './test-page';

const score = (body: string) => {
  const a = runOn(pageOf(`<h1>Jane Doe</h1>${body}`), [assessment]).assessment;
  return a && [a.score, a.maxScore];
};

describe('assessment stage', () => {
  it('reads a badge drawn as a picture whose label says its score ("Score Crible : 91 sur 100"), not one rating the clients', () => {
    const badge = (label: string) => `<div class="score-badge" role="img" aria-label="${label}"><svg aria-hidden="true"></svg><span aria-hidden="true">91</span></div>`;
    expect(score(badge('Score Crible : 91 sur 100'))).toEqual([91, 100]);
    expect(score(badge('Note des clients : 4,9 sur 5 (27 reviews)'))).toBeNull();
    expect(score(badge('Photo de Jane, 2024'))).toBeNull();
  });

  it('reads a score after its word with more after a separator, a test out of 30, a percentage with its subject in brackets, and not clients\' average over their count', () => {
    expect(score('<h3>Tes Keahlian</h3><p>Adobe After Effects</p><p>Skor 4,6/5 · Lulus</p>')).toEqual([4.6, 5]);
    expect(score('<div>এসইও দক্ষতা পরীক্ষা</div><div>স্কোর ৮৫/১০০ · ৯২তম পার্সেন্টাইল</div>')).toEqual([85, 100]);
    expect(score('<h2>Підтверджені тести</h2><div>Kubernetes (CKA-рівень)</div><div>27 з 30 балів · краще за 95% учасників</div>')).toEqual([27, 30]);
    expect(score('<table><tr><th>Fordítói próbateszt</th><td>95% (német → magyar, jogi szöveg)</td></tr><tr><th>Értékelés</th><td>4,9 / 5 (27 értékelés)</td></tr></table>')).toEqual([95, 100]);
    expect(score('<table><tr><th>Értékelés</th><td>4,9 / 5 (27 értékelés)</td></tr></table>')).toBeNull();
    // (A skill's bar whose name says "testing" is no test.)
    expect(score('<table><tr><td>A/B-тестирование и статистика</td><td>90%</td></tr></table>')).toBeNull();
  });

  it('reads how many of its tests a screening passed, a score under a label naming the test around the skill tested, and an overall grade after a middle dot', () => {
    expect(score('<h3>Kết quả bài kiểm tra</h3><p>Đạt 4/5 bài kiểm tra</p>')).toEqual([4, 5]);
    expect(score('<p>Elinstallatör · Stockholm</p><p>Klarade 4 av 5 kunskapstester</p>')).toEqual([4, 5]);
    expect(score('<p>ציון מבחן בית (SQL + ניתוח)</p><p>88</p><p>/100</p>')).toEqual([88, 100]);
    expect(score('<p>Тестове завдання</p><p>Тест з Excel і планування</p><p>78</p><p>/ 100</p>')).toEqual([78, 100]);
    expect(score('<h3>Αξιολόγηση</h3><p>A−</p><p>Συνολικός βαθμός · 88/100 μονάδες · κλίμακα A–E</p>')).toEqual([88, 100]);
    // (A skill's bar stays none: its name is the line above, no test named around it.)
    expect(score('<p>SQL</p><p>88</p><p>/100</p>')).toBeNull();
    // (Nor a count passed of something other than tests.)
    expect(score('<p>Đạt 4/5 sao</p>')).toBeNull();
  });

  it.each([
    ['<h2>AI Screening</h2><p>Score: 61/100</p>', [61, 100]],
    ['<h2>スキルチェック結果</h2><p>860 点 / 1000点</p><p>UIデザイン部門 上位 7%</p>', [860, 1000]],
    ['<p>Online-Eignungstest Pflege</p><p>Gesamtergebnis: 78 %</p><p>Schwelle für Einladung: 65 %</p>', [78, 100]],
    // (A score that opens its line and says more after it; a letter grade with its score in brackets; a test named by a compound.)
    ['<p>Verificada por Contalia</p><p>4.7/5 entrevista técnica</p>', [4.7, 5]],
    ['<p>Тест «Розрахунок будівельних конструкцій»</p><p>41/50 · 82-й процентиль серед 1 214 інженерів</p>', [41, 50]],
    ['<p>아트핏 실기 테스트</p><p>8.6 / 10 상위 3%</p>', [8.6, 10]],
    ['<p>Structural design test</p><p>41/50 · 82nd percentile</p>', [41, 50]],
    ['<p>Valutazione Ingegnia</p><p>Giudizio B+ (87/100)</p>', [87, 100]],
    ['<h2>Klippbyråns arbetsprov</h2><p>91 av 100</p>', [91, 100]],
    ['<p>Clinical skills check</p><p>94 of 100</p>', [94, 100]],
    ['<p>Final assessment</p><p>712/800</p>', [712, 800]],
    ['<p>Screening score</p><p>91/100</p>', [91, 100]],
    ['<h2>Vetting result</h2><p>4.5/5</p><p>Overall technical interview rating</p>', [4.5, 5]],
    ['<h2>Skills assessment</h2><p>Cloud security (AWS)</p><p>83 out of 100</p>', [83, 100]],
    ['<div><span>Stage: Phone screen</span><div>Assessment: 87/100</div></div>', [87, 100]],
    ['<p>Technical score 4.6/5</p>', [4.6, 5]],
    ['<h2>Assessment</h2><p>QA Automation Challenge</p><p>Score: 92%</p>', [92, 100]],
    ['<h2>Screening result</h2><p>Coding test</p><p><span class="sr-only">Coding test: </span>44<span>/50</span></p>', [44, 50]],
    ['<h3>Assessments</h3><p>82 / 100</p><p>Take-home: offline-first notes app</p>', [82, 100]],
    ['<h2>Tests de conocimientos</h2><p>JavaScript (nivel avanzado) — Puntuación: 82/100 · Superado</p>', [82, 100]],
    ['<h2>技術スコア</h2><div>3.86 / 5.00</div><p>GitHub・Zenn・職務経歴から算出（上位8%）</p>', [3.86, 5]],
    // (A screen's overall score; a percentage opening a line that names the test; a test named inside a Korean compound; the
    // scale on the line under the score.)
    ['<h3>Scorecard</h3><div>Technical screen (overall)</div><div>4.6 / 5</div><div>Passed · 12 Nov 2026</div>', [4.6, 5]],
    ['<h2>Weryfikacja</h2><div>91 %wynik testu kompetencji</div><p>Top 3% spośród 4 120 zweryfikowanych księgowych</p>', [91, 100]],
    ['<h3>일터온 코딩테스트 결과</h3><p>84 점 / 100점</p><ul><li>응시일: 2026.10.29</li></ul>', [84, 100]],
    ['<h2>Evaluare practică</h2><p>4,6</p><p>din 5</p><p>Probă practică TIG 141</p>', [4.6, 5]],
    // (A screening's stages and their total: the total.)
    ['<h2>Vetting results</h2><table><tr><td>Algorithms &amp; problem solving</td><td>46 / 50</td><td>May 2022</td></tr><tr><td>Live screen &amp; test project</td><td>46 / 50</td><td>Jun 2022</td></tr><tr><th>Total</th><td>92 / 100 pts</td><td>Top 3% of applicants</td></tr></table>', [92, 100]],
    // (Or the stages' scores, then the platform's own under its name.)
    ['<h2>Vetting report</h2><div>Live coding (TypeScript)</div><div>92 / 100</div><div>System design interview</div><div>86 / 100</div><aside><div>Vettora score</div><div><span>89</span><span>/100</span></div></aside>', [89, 100]],
    // (In Turkish, "Seçkin Puanı" over the total, its stages under it named by no test's word.)
    ['<h2>Seçkin Puanı</h2><div>86 / 100</div><div>Başvuranların ilk %7\'si</div><ul><li>Vaka çalışması 91 / 100</li><li>Canlı mülakat 4,3 / 5</li></ul>', [86, 100]],
    // (Or a score per skill, then the overall one under its label: "Puntuación global".)
    ['<h2>Competencias evaluadas</h2><p>Cada competencia se puntuó de 0 a 100 en la entrevista técnica.</p><div>ECMO 2 años</div><span>94/100</span><div>Triaje 5 años</div><span>81/100</span><h2>Formación</h2><p>Grado en Enfermería</p><p>Puntuación global</p><p>90/100</p>', [90, 100]],
    ['<div role="meter" aria-valuenow="4.8" aria-valuemin="0" aria-valuemax="5" aria-label="Overall technical interview score"><svg></svg></div>', [4.8, 5]],
    // (A read-only knob, drawn as a slider, labelled by the heading it names.)
    ['<h2 id="score-label">Wynik screeningu AI</h2><svg viewBox="0 0 100 100" role="slider" aria-valuemin="0" aria-valuemax="100" aria-valuenow="87" aria-labelledby="score-label"><text>87</text></svg>', [87, 100]],
  ])('reads %s', (body, expected) => {
    expect(score(body)).toEqual(expected);
  });

  it('reads a Sinhala overall score ("සමස්ත ලකුණු" / "87/100") under the skills assessment\'s title', () => {
    expect(score('<h2>කුසලතා තක්සේරුව</h2><div><span>සමස්ත ලකුණු</span><span>87/100</span></div>')).toEqual([87, 100]);
  });

  it('reads a Japanese badge\'s label that gives the scale first ("AI面接評価 5点中4.6点")', () => {
    expect(score('<div role="img" aria-label="AI面接評価 5点中4.6点"><span aria-hidden="true">4.6</span></div>')).toEqual([4.6, 5]);
  });

  it('reads a Korean ring\'s label that gives the scale first ("100점 만점에 92점")', () => {
    expect(score('<div class="ring" role="img" aria-label="AI 스크리닝 점수 100점 만점에 92점"><strong>92</strong></div><p>AI 스크리닝</p>')).toEqual([92, 100]);
  });

  it('reads a scale written with its decimal comma ("4,6 / 5,0") under the interview’s name', () => {
    expect(score('<p>Colloquio tecnico Vagliato</p><p>4,6 / 5,0</p><p>colloquio tecnico · 11/10/2026</p>')).toEqual([4.6, 5]);
  });

  it('reads a pass mark\'s verdict before the score ("Passed: 17/20") under the test\'s name; not a verdict with no test near', () => {
    expect(score('<p>Writing assessment</p><p>Passed: 17/20</p><p>tasks completed to standard</p>')).toEqual([17, 20]);
    expect(score('<p>Bestanden: 4/5</p><p>Köln</p><p>Kranführer</p>')).toBeNull();
  });

  it('reads a test result table\'s total ("Gesamt") under five areas\' scores, not the first area\'s', () => {
    const row = (area: string, value: string) => `<tr><td>${area}</td><td>${value}</td></tr>`;
    const table = `<h2>Prüfergebnis</h2><p>Fachprüfung durch Werkprobe, abgelegt am 28.10.2026</p><table><tr><th>Prüfbereich</th><th>Bewertung</th></tr>${row('CAD-Konstruktion', '4,6 / 5')}${row('Festigkeit &amp; FEM', '4,2 / 5')}${row('Toleranzen &amp; Normen', '4,5 / 5')}${row('Fachgespräch (KI-Interview)', '4,3 / 5')}${row('Kommunikation', '4,4 / 5')}${row('Gesamt', '4,4 / 5')}</table>`;
    expect(score(table)).toEqual([4.4, 5]);
  });

  it('reads an Indonesian "Hasil Asesmen" (the result of an assessment) over its score and the scale on the next line', () => {
    expect(score('<h2>Hasil Asesmen Karyaloka</h2><p>Studi kasus + wawancara desain, dinilai oleh 2 reviewer senior</p><div><span>91</span><span>/100</span></div><p>Riset &amp; proses</p><p>47/50</p>')).toEqual([91, 100]);
  });

  it('reads a ring’s label that scores "87 na 100" in Polish, and an Arabic one that names its test with the article', () => {
    const ring = (label: string) => `<div class="ring"><svg role="img" aria-label="${label}"><circle r="56"></circle></svg><div aria-hidden="true"><b>8</b></div></div>`;
    expect(score(ring('Ocena AI: 87 na 100'))).toEqual([87, 100]);
    expect(score(`<h2>نتيجة التقييم</h2>${ring('التقييم الفني 8.8 من 10')}`)).toEqual([8.8, 10]);
  });

  it('reads a Turkish exam named with its suffix ("Yetkinlik Sınavı") over its score', () => {
    expect(score('<h2>Doğrulanmış Yetkinlik</h2><div><p>Muhasebe ve Vergi Yetkinlik Sınavı</p><p><strong>88</strong><span> / 100</span></p><p>Eylül 2025</p></div>')).toEqual([88, 100]);
  });

  it('reads a German technical test out of five with a decimal comma, and a Korean score with its unit on both numbers', () => {
    expect(score('<div><div>Technische Prüfung</div><div>4,5 / 5</div><div>Fallstudie Jahresabschluss nach HGB</div></div>')).toEqual([4.5, 5]);
    expect(score('<div><p>잡바다 AI 역량검사</p><p>87<span>점 / 100점</span></p><p>상위 3%</p></div>')).toEqual([87, 100]);
  });

  it('reads a score its word labels, closing a line that names the test before it, no colon between; not a rating so labelled', () => {
    expect(score('<p>Backend Engineer</p><p>Lolos Uji Keahlian Lepasin · skor 88/100</p>')).toEqual([88, 100]);
    expect(score('<p>Backend Engineer</p><p>Rating klien · skor 4.9/5</p>')).toBeNull();
  });

  it('takes no client satisfaction, skill bar or sentence for a screening score', () => {
    expect(score('<p>98% Job Success</p><p>Top rated</p>')).toBeNull();
    // (A client's review opening on its stars is no test, whatever follows it.)
    expect(score('<p>Skills test passed</p><p>4/5 (12 reviews)</p>')).toBeNull();
    expect(score('<p>Tested by clients</p><p>4.8/5 client rating</p>')).toBeNull();
    expect(score('<div role="progressbar" aria-valuenow="90" aria-valuemax="100" aria-label="Python"></div>')).toBeNull();
    expect(score('<p>I ran A/B tests on the checkout.</p><h3>My skills</h3><h5>SQL</h5><p>90%</p>')).toBeNull();
    expect(score('<h3>Education</h3><p>Diploma di maturità scientifica, voto 96/100</p><p>Esame di Stato</p>')).toBeNull();
    expect(score('<h2>Skills assessment</h2><p>SQL</p><p>90%</p>')).toBeNull();
    expect(score('<p>95 % klientów poleca</p>')).toBeNull();
    expect(score('<p>Reviews</p><p>4,6</p><p>din 5</p>')).toBeNull();
  });
});

describe('assessment stage: scores in the languages marketplaces write', () => {
  it('reads a score labelled in other languages, with a decimal comma, in other digits, out of 40', () => {
    expect(score('<div>Celkové skóre</div><div>4,2 / 5</div>')).toEqual([4.2, 5]);
    expect(score('<p>Puntaje: 8,7/10</p>')).toEqual([8.7, 10]);
    expect(score('<p>Scor evaluare: 78/100</p>')).toEqual([78, 100]);
    expect(score('<p>Điểm đánh giá: 92/100</p>')).toEqual([92, 100]);
    expect(score('<p>امتیاز ارزیابی: ۸۵/۱۰۰</p>')).toEqual([85, 100]);
    expect(score('<p>Wynik testu: 34/40</p>')).toEqual([34, 40]);
    // (In Japanese after a Latin word, with no space between them.)
    expect(score('<p>AIスクリーニング</p><p>8.9 / 10</p>')).toEqual([8.9, 10]);
  });

  it("reads a score after a letter grade in brackets, the platform's name after its label, the points before the scale", () => {
    expect(score('<div><span>تقييم مِهنة:</span> <b>A−</b> <span>(88 نقطة من 100)</span></div><p>4.7 من تقييمات 23 عميلًا</p>')).toEqual([88, 100]);
    expect(score('<p>Vetting score Acme: B+ (76 points out of 100)</p>')).toEqual([76, 100]);
    expect(score('<p>Screening</p><p>88 points out of 100</p>')).toEqual([88, 100]);
    // (Hebrew's "out of": "92 נקודות מתוך 100", over the parts' own scores.)
    expect(score('<h2>ציון מיון</h2><div><span>92</span> <span>נקודות מתוך 100</span></div><h3>פירוט שלבי המיון</h3><p>מבחן מקצועי</p><p>47 / 50</p>')).toEqual([92, 100]);
  });

  it('reads points alone under a score’s title as out of a hundred, before a stage’s score in a table', () => {
    expect(score('<h3>종합 역량 점수</h3><div>87 점</div><h3>세부 평가 결과</h3><table><tr><th>포트폴리오 심사</th><td>90 / 100</td></tr></table>')).toEqual([87, 100]);
    expect(score('<h3>総合スコア</h3><div>820点</div>')).toEqual(null);
  });

  it('reads no employer’s yearly review, nor a skill bar named with a test word', () => {
    expect(score('<p>Valutazione della performance individuale (anno 2023)</p><p>96/100</p>')).toBeNull();
    expect(score('<h3>Dovednosti</h3><p>Postman / REST API testy</p><p>80 %</p>')).toBeNull();
  });
});

