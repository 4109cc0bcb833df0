import { describe, expect, it } from 'vitest';
import { DEGREE, INSTITUTION } from './degrees';

describe('DEGREE', () => {
  it.each([
    // (A Spanish doctorate in the feminine, a nursing specialty's formal title.)
    'Doctora en Ciencias de la Salud', 'Especialidad en Enfermería Familiar y Comunitaria', 'Maestría en Impuestos', 'Doctorado en Química',
    // (Thai vocational diplomas, higher and lower, and lower secondary school.)
    'ปวส. สาขาวิชาการโรงแรม', 'ปวช. สาขาวิชาอาหารและโภชนาการ', 'มัธยมศึกษาตอนต้น (ม.3)',
    'B.Pharm', 'M. Pharm (Pharmacology)', 'Specialuddannelse i intensiv sygepleje', 'Professionsbachelor i sygepleje', 'Vervolgopleiding Intensive Care Verpleegkunde', 'elektriko kvalifikacija', 'BSc Computer Science', 'Classe préparatoire BCPST', 'CPGE', 'M.Sc. Informatik', 'Laurea magistrale', 'Yüksek Lisans', 'Бакалавр', 'ماجستير', '硕士', '학사', 'ปริญญาตรี',
    // (Swedish, Slovak and Hungarian degrees, India's computer applications degrees, an American associate's, a Spanish or Brazilian graduate's.)
    // (German crafts' journeyman's and master's certificates, French vocational diplomas.)
    'Ilmu Keperawatan, S1 (S.Kep.)', 'výuční list, obor Elektrikář', 'Staatlich geprüfter Techniker, Fachrichtung Automatisierungstechnik', 'Gesellenbrief Elektroniker', 'Fagbrev i kokkfaget', 'Svennebrev som tømrer', 'AAS, Culinary Arts', 'Meisterbrief im Konditorhandwerk', 'BEP Cuisine', 'Bac pro Commerce', 'Mention complémentaire Desserts de restaurant', 'Brevet professionnel Boulanger',
    // (Danish with the definite article, Lithuanian bachelor's, master's and doctor's degrees.)
    'Autorisationsuddannelsen for el-installatører', 'Mechanikos inžinerijos bakalauras', 'Mechanikos inžinerijos magistras', 'Technologijos mokslų daktaras',
    // (Brazil's school and technical levels.)
    'Ensino Médio completo', 'Técnico em Soldagem',
    'Filosofie kandidat', 'Civilingenjör i datateknik', 'Bakalár', 'Alapképzés', 'MCA', 'BCA', 'A.A.S. Network Administration', 'Fachhochschulreife', 'Graduado en Ingeniería Informática', 'Tecnólogo em Análise e Desenvolvimento de Sistemas', '學士',
    // (Finnish, Danish, Norwegian, Portuguese, Bulgarian, Serbian, Tamil and Polish ones.)
    'Tradenomi (AMK)', 'Insinööri (AMK)', 'cand.scient. i datalogi', 'Bachelorgrad i informatikk', 'Mastergrad i informatikk', 'Graduação em Design', 'Бакалавър по информатика', 'Магистър', 'Основне академске студије', 'இளங்கலை பொறியியல்', 'Technik informatyk',
    // (Swahili, Filipino, Bengali with its vowel signs, Urdu.)
    'Дипломирана новинарка', 'Diplomirani inženjer', 'Shahada ya Kwanza ya Sayansi ya Kompyuta', 'Batsilyer ng Agham sa Computer Science', 'কম্পিউটার বিজ্ঞানে স্নাতক', 'بیچلر آف سائنس',
    // (Spanish and Italian diplomas and postgraduate studies, the German school-leaving certificate, British GCSEs.)
    'Diplomatura en Gestión de la Calidad', 'Diplomado en Diseño de Interacción', 'Posgrado en Finanzas', 'Diploma di maturità scientifica', 'Allgemeine Hochschulreife', 'GCSEs (9 subjects)',
    // (Catalan's degrees: "Grau en", "Grau d'", "Màster", "Llicenciatura", "Doctorat".)
    'Grau en Enologia', "Grau d'Enginyeria Informàtica", 'Màster en Viticultura i Enologia', 'Llicenciatura en Química', 'Doctorat en Història',
    // (Britain's teaching, postgraduate and vocational qualifications.)
    'S1 Teknik Sipil', 'D3 Akuntansi', 'Elkraftingenjör YH', 'Studia podyplomowe, Zarządzanie projektami IT', 'Projektmenedzsment szakmérnök', 'Chứng chỉ Kế toán trưởng', 'फ़ूड प्रोडक्शन में डिप्लोमा', 'एम.एससी., सांख्यिकी',
    'PGCE Primary Education with QTS', 'PgCert Wind Energy Systems', 'PGDip Occupational Therapy', 'NVQ Level 3 in Professional Cookery', 'HNC Electrical Engineering',
  ])('%s names a degree', (text) => {
    expect(DEGREE.test(text)).toBe(true);
  });

  it.each(['Δίπλωμα Μαγειρικής Τέχνης', 'Δίπλωμα Πολιτικού Μηχανικού'])('%s names a Greek diploma', (text) => {
    expect(DEGREE.test(text)).toBe(true);
  });

  it.each(['D.E.S. Dermatologie et vénéréologie', 'D.I.U. Dermatoscopie', 'D.U. Soins infirmiers en réanimation', 'D.E.S.C. de réanimation'])('%s names a French medical diploma', (text) => {
    expect(DEGREE.test(text)).toBe(true);
  });

  it.each(['Tıp Doktoru', 'Uzmanlık', 'Tıpta Uzmanlık'])('%s names a Turkish physician\'s degree', (text) => {
    expect(DEGREE.test(text)).toBe(true);
  });

  it.each(['Senior Software Engineer', 'Mercado Libre', 'Backend', 'Stockholm', 'Data Engineering', 'Amministratore di sistema', 'D3.js', 'Amazon S3', 'Amazon S3 Glacier', 'Uzmanlık Alanları', 'des études de cas', 'DES'])('%s names none', (text) => {
    expect(DEGREE.test(text)).toBe(false);
  });
});

describe('INSTITUTION', () => {
  it.each(['Technische Universität München', 'Collegium Medicum', 'Berufskolleg Herne', 'Abendkolleg Köln', 'Coleg Glan Hafren', 'Ysgol Gyfun Gŵyr', 'Politecnico di Milano', 'Fachhochschule Wedel', 'Sveučilište u Zagrebu', 'Факултет политичких наука', 'Univerzitet u Sarajevu', 'Vilniaus universitetas', 'Tartu Ülikool', 'Faculdade de Engenharia', 'IES Clara Campoamor', 'RWTH Aachen', 'भारतीय प्रौद्योगिकी संस्थान', 'SOU elektrotechnické Brno', 'SPŠ elektrotechnická Brno', 'Střední odborné učiliště strojírenské', 'Erhvervsakademi Aarhus', 'Kauno technikos kolegija'])('%s names a school', (text) => {
    expect(INSTITUTION.test(text)).toBe(true);
  });

  it.each(['Fagskolen Rogaland', 'Karmsund videregående skole', 'Handelsskolen i København', 'Københavns Universitet', 'OsloMet – storbyuniversitetet', 'Høgskolen i Bergen', 'Høgskulen på Vestlandet', 'Szegedi Tudományegyetem', 'Óbudai Egyetem', 'Helsingin yliopisto', 'Kungliga Tekniska högskolan', 'Ammattiopisto', 'Liceum Ogólnokształcące', 'המכללה האקדמית תל אביב', 'அண்ணா பல்கலைக்கழகம்', 'PSG தொழில்நுட்பக் கல்லூரி', '県立高等学校', 'Chuo Kikuu cha Nairobi', 'Pamantasan ng Lungsod ng Maynila', 'Unibersidad ng Pilipinas', 'ঢাকা বিশ্ববিদ্যালয়', 'جامعہ پنجاب', 'Σχολή Le Monde', 'Ακαδημία Εμπορικού Ναυτικού', 'नालंदा मेडिकल कॉलेज', 'दिल्ली विश्वविद्यालय'])('%s names a school too', (text) => {
    expect(INSTITUTION.test(text)).toBe(true);
  });

  it.each(['Senior Software Engineer', 'bits and pieces', 'Berlin', 'Sou engenheira de dados'])('%s names none', (text) => {
    expect(INSTITUTION.test(text)).toBe(false);
  });
});
