import { describe, expect, it } from 'vitest';
import { classifyTitle } from './section-titles';
import { readPage } from './page';
import { parseHtmlDocument } from '../../cli/parse-html';

describe('classifyTitle', () => {
  it.each([
    ['Work Experience', 'experience'], ['Relevant Work Experience', 'experience'], ['EMPLOYMENT HISTORY', 'experience'], ['Positions held', 'experience'], ["Where I’ve worked", 'experience'], ["Where I've been", 'experience'], ['Kinh nghiệm làm việc', 'experience'], ['Học vấn', 'education'], ['Kỹ năng mềm', 'skills'], ['Abilities', 'skills'], ['Knowledge', 'skills'], ['Technology Stack', 'skills'], ['What I know', 'skills'], ['Employment Record', 'experience'], ['Freelance Work', 'experience'], ['Academic History', 'education'], ['Erfaring', 'experience'], ['Historial laboral', 'experience'], ['Kariyer', 'experience'], ['Titoli di studio', 'education'], ['Oktatás', 'education'], ['Fertigkeiten', 'skills'], ['Capacità', 'skills'], ['技能特長', 'skills'], ['Kemampuan', 'skills'], ['Języki obce', 'languages'], ['外语能力', 'languages'], ['Pengalaman Kerja', 'experience'], ['ประสบการณ์ทำงาน', 'experience'], ['השכלה', 'education'], ['Yrkesbana', 'experience'], ['Vzdělání a odborná příprava', 'education'], ['VZDELÁVANIE A PRÍPRAVA', 'education'], ['Кариера', 'experience'], ['ĎALŠIE INFORMÁCIE', 'additional'], ['Jazykové dovednosti', 'languages'], ['Onderwijs en opleiding', 'education'], ['Verktyg & tekniker', 'tools'], ['Kort om mig', 'summary'], ['Where I have worked', 'experience'], ['Skills and Tech', 'skills'], ['Tools & Tech', 'tools'], ['Tech', 'other'], ['Food & Tech', 'other'],
    ['Radno iskustvo', 'experience'], ['Atuação Profissional', 'experience'], ['Cargos y actividades desempeñados con anterioridad', 'experience'], ['Situación profesional actual', 'experience'], ['Iskustvo', 'experience'], ['Áreas de prática', 'skills'], ['Practice areas', 'skills'], ['Trước đây', 'experience'], ['Hộp công cụ', 'tools'], ['เกี่ยวกับผม', 'summary'], ['Prístroje a softvér', 'tools'], ['Logiciels', 'tools'], ['Oprogramowanie', 'tools'], ['자격증 · 어학', 'certifications'], ['Certificates · Languages', 'certifications'], ['Опит', 'experience'], ['Skúsenosti', 'experience'], ['O meni', 'summary'], ['Apie mane', 'summary'], ['Minust', 'summary'], ['Darbo patirtis', 'experience'], ['工作經歷', 'experience'], ['Εργασιακή εμπειρία', 'experience'], ['ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ', 'experience'], ['ΣΠΟΥΔΕΣ', 'education'], ['ΔΕΞΙΟΤΗΤΕΣ', 'skills'], ['Izglītība', 'education'], ['Vještine', 'skills'], ['Nyelvek', 'languages'], ['语言', 'languages'], ['Prosjekter', 'projects'], ['自我介绍', 'summary'], ['概要', 'summary'], ['프로필', 'summary'],
    ['Technical Skills:', 'skills'], ["What I’m good at", 'skills'], ['私のスキル', 'skills'], ['나의 기술', 'skills'], ['私のプロジェクト', 'projects'], ["What I'm good at", 'skills'], ['Skills & Tools', 'skills'], ['Tech Stack', 'skills'], ['Core Competencies', 'skills'],
    ['Applications & Tools Known', 'tools'], ['Tools and Technologies', 'tools'],
    ['Academic Background', 'education'], ['Education & Training', 'education'],
    ['Ligações', 'contact'], ['Tautan', 'contact'], ['Yabancı Dil', 'languages'], ['Dil Bilgisi', 'languages'], ['על עצמי', 'summary'], ['Akademik ve Mesleki Görevler', 'experience'], ['Ξένες γλώσσες', 'languages'], ['Σχετικά με μένα', 'summary'], ['Επιμόρφωση', 'certifications'], ['הסמכות וכישורים', 'skills'], ['הסמכות', 'certifications'], ['פרסומים', 'publications'], ['Σύνδεσμοι', 'contact'],
    // (A head and a word or two said after it; not a head and a place.)
    ['Kenntnisse & Qualifikationen', 'skills'], ['Qualifikationen', 'certifications'], ['Λίγα λόγια', 'summary'], ['Mon parcours, en vrai', 'experience'], ['Skills, briefly', 'skills'], ['Skills, rated by our panel', 'skills'], ['Exámenes verificados por Chambita', 'assessment'], ['Exames verificados', 'assessment'], ['Work history, most recent first', 'experience'], ['Experience, Berlin', 'other'], ['Experience, education', 'other'],
    ['Some things I have built', 'projects'], ['Open source projects', 'projects'], ['Case Studies', 'projects'], ['Work', 'projects'],
    ['Honors and Awards', 'achievements'], ['Licences & Certifications', 'certifications'], ['Hobbies & Interests', 'interests'],
    ['About me', 'summary'], ['Vetted For', 'assessment'], ['AI-interview Questions & Answers', 'interview'],
    ['What you will do', 'jobpost'], ['Preferred qualifications', 'jobpost'],
    ['Skills/Languages', 'skills'], ['Habilidades / Lenguajes', 'skills'], ['Métodos', 'skills'], ['Research methods', 'skills'], ['DIGITAALISET TAIDOT', 'skills'], ['KIELITAIDOT', 'languages'], ['MINUSTA', 'summary'], ['Számítógépes ismeretek', 'skills'], ['Bemutatkozás', 'summary'], ['経歴', 'experience'], ['受賞', 'achievements'], ['سوابق کاری', 'experience'], ['تحصیلات', 'education'], ['ประวัติการทำงาน (7 ปี)', 'experience'], ['■活かせる経験・知識・技術', 'skills'], ['■資格・免許', 'certifications'], ['■職務要約', 'summary'], ['Formação e mais', 'education'], ['Odborné znalosti', 'skills'], ['Odbornost a dovednosti', 'skills'], ['במה אני טובה', 'skills'], ['得意なこと', 'skills'], ['Aftësi', 'skills'], ['Послужной список', 'experience'], ['Technologieën', 'skills'], ['Τεχνολογίες', 'skills'], ['Інструменти', 'tools'], ['Eszközök', 'tools'], ['Pozostałe umiejętności', 'skills'], ['Weitere Kenntnisse', 'skills'], ['Competencias adicionales', 'skills'], ['Другие навыки', 'skills'], ['Inne projekty', 'projects'], ['Përvoja e punës', 'experience'], ['Arsimi', 'education'], ['Atouts', 'skills'], ['ㄧ 專長', 'skills'], ['ㄧ 獎項', 'achievements'], ['צרו קשר', 'contact'], ['Fachkompetenzen', 'skills'], ['Fachliche Kompetenzen', 'skills'], ['Vakkennis', 'skills'], ['Jazykové znalosti', 'languages'], ['Kurzy a certifikace', 'certifications'], ['Langages', 'skills'], ['Langues', 'languages'], ['Idiomas', 'languages'], ['Languages and Tools', 'skills'], ['Kontaktdaten (geschäftlich)', 'contact'], ['Experience (selected)', 'experience'], ['Languages & Frameworks', 'skills'], ['Languages', 'languages'], ['Languages & Interests', 'languages'], ['Digital skills', 'skills'], ['Leadership & Soft Skills', 'skills'], ['Professional Strengths', 'skills'], ['Toolbox', 'skills'], ['Sobre', 'summary'], ['Ferramentas que uso', 'skills'], ['Strumenti che uso', 'skills'], ['🛠 よく使う技術', 'skills'], ['Werkzeuge die ich nutze', 'skills'],
    ['Berufserfahrung', 'experience'], ['Expériences professionnelles', 'experience'], ['Esperienza lavorativa', 'experience'], ['Academic Appointments', 'experience'], ['Timeline', 'experience'], ['Teaching Experience', 'experience'], ['Earlier roles', 'experience'], ['Previous roles', 'experience'], ['Roles and responsibilities', 'jobpost'],
    ['🛠 দক্ষতা', 'skills'], ['🛠 যে প্রযুক্তি ব্যবহার করি', 'skills'], ['## भाषाएँ', 'languages'], ['Tecnologie che uso', 'skills'], ['Fähigkeiten und Kenntnisse', 'skills'], ['> skills.txt', 'skills'], ['// work_experience', 'experience'], ['01. Experience', 'experience'], ['Areas of expertise', 'skills'],
    ['Competenze personali', 'skills'], ['Competenze informatiche', 'skills'], ['Conocimientos informáticos', 'skills'], ['Competenze linguistiche', 'languages'], ['Informazioni personali', 'contact'], ['Personal information', 'contact'], ['Tools I reach for', 'tools'], ['Skills I bring', 'skills'], ['Skills verified in interview', 'skills'], ['Competenze tecniche e metodologiche:', 'skills'], ['Projekt und Technologien:', 'projects'], ['التدرج الوظيفي', 'experience'], ['Методы и программное обеспечение', 'skills'], ['Научные проекты (руководство и участие)', 'projects'], ['Последние публикации', 'publications'], ['How Taskora Works', 'other'], ['محترف إدارة المشاريع (PMP)', 'other'], ['Pendidikan & Sijil', 'education'], ['Pendidikan dan Sijil', 'education'], ['Ujian Kemahiran', 'assessment'], ['Tes Keahlian', 'assessment'], ['Technologies validated by our engineers', 'skills'], ['Verified by 12 clients', 'other'], ['Studied', 'education'], ['Опыт работы', 'experience'], ['Досвід роботи', 'experience'], ['Stack matrix', 'skills'], ['Skills & years', 'skills'], ['Kenntnisse und Jahre', 'skills'], ['Tools / years', 'tools'], ['Projects and years', 'other'], ['Zrealizowane zlecenia (34)', 'additional'], ['Client reviews', 'additional'], ['Educational Qualifications', 'education'], ['Kullandığım Yazılımlar', 'skills'], ['Software I use', 'skills'], ['Programmkenntnisse', 'skills'], ['Software', 'other'], ['Gear & software', 'tools'], ['EHR systems', 'tools'], ['Systems', 'tools'], ['Παρόμοια βιογραφικά', 'related'], ['SEE ALSO', 'additional'], ['Műszeres és szoftveres ismeretek', 'skills'], ['Softwarové znalosti', 'skills'], ['Technische und soziale Kompetenzen', 'skills'], ['gute Kenntnisse (Sursilvan)', 'other'], ['Diğer Bilgiler', 'other'], ['Jazykové znalosti', 'languages'], ['VIZ TAKÉ', 'additional'], ['わたしについて', 'summary'], ['關於', 'summary'], ['ㄧ 簡介', 'summary'], ['ผู้สมัครอื่นใน REQ-412', 'related'], ['ที่ปรึกษาผู้ดูแล', 'related'], ['Podobní uchazeči', 'related'], ['Benzer adaylar', 'related'], ['Ứng viên tương tự', 'related'], ['Vergelijkbare ontwerpers', 'related'], ['Experiencia profesional', 'experience'], ['Systemen', 'tools'], ['Apparatuur', 'tools'], ['BSc Computer Science and Systems', 'other'], ['मेरी पेशेवर यात्रा', 'experience'], ['विशेषज्ञता', 'skills'], ['Specialty experience', 'skills'], ['Equipment', 'tools'], ['Apps & software', 'other'], ['Tools of the trade', 'tools'], ['Who to follow', 'related'], ['Your consultant', 'related'], ['Opiekun kandydata', 'related'], ['Ihr Ansprechpartner bei Hays', 'related'], ['Macierz kompetencji', 'skills'], ['Wybrane projekty', 'projects'], ['Altri profili consultati', 'related'], ['Ofertas recomendadas', 'related'], ['Informação adicional', 'additional'], ['Before', 'experience'], ['Now', 'experience'], ['Before tech', 'other'], ['Now playing', 'other'], ['Capacità linguistiche', 'languages'], ["Capacità nell'uso delle tecnologie", 'skills'], ['Altro', 'additional'], ['AI Screening', 'assessment'], ['AI Projects', 'projects'], ['Proyectos y charlas', 'projects'], ['Vorträge', 'publications'], ['スキル・経験年数', 'skills'], ['スキルと経験年数', 'skills'], ['Διαδρομή', 'experience'], ['Nota da triagem por IA', 'assessment'], ['Evaluación por IA', 'assessment'], ['Kde jsem pracoval', 'experience'], ["Où j'ai travaillé", 'experience'], ['Škola a osvědčení', 'education'], ['Pályafutás', 'experience'], ['Droga zawodowa', 'experience'], ['技能与经验年限', 'skills'], ['スキルと資格', 'skills'], ['ひとこと', 'other'], ['技術スコア', 'assessment'], ['Technology overview', 'skills'], ['Project overview', 'other'], ['Навички', 'skills'], ['Освіта', 'education'], ['Схожі профілі', 'related'], ['Volunteer experience', 'additional'], ['Other experiences', 'additional'], ['工作经历', 'experience'], ['المهارات', 'skills'], ['教育背景', 'education'],
    ['Habilidades', 'skills'], ['Competências', 'skills'], ['Kenntnisse', 'skills'], ['Ausbildung', 'education'], ['Formación', 'education'], ['Istruzione', 'education'],
    ['Doświadczenie zawodowe', 'experience'], ['Wykształcenie', 'education'], ['Werkervaring', 'experience'], ['Opleiding', 'education'], ['Vaardigheden', 'skills'], ['Ich biete', 'skills'],
['Academic and Professional Appointments', 'experience'], ['Industry, consulting and other employment', 'experience'], ['Mesleki Deneyim', 'experience'], ['מיומנויות מרכזיות', 'skills'], ['الخبرات العملية السابقة', 'experience'], ['מועמדים דומים', 'related'], ['אנשים שצפו גם ב...', 'related'], ['ประวัติที่คล้ายกัน', 'related'], ['METODY PRACY', 'skills'], ['Treatment methods', 'skills'], ['Techniki kuchni francuskiej', 'other'], ['מיומנויות של צוות', 'skills'], ['Experiència professional', 'experience'], ['Formació', 'education'], ['Competències', 'skills'], ['Idiomes', 'languages'], ['Cursos destacados', 'other'], ['Berufliche Erfahrung', 'experience'], ['Профессиональный опыт', 'experience'], ['Önceki Görevler', 'experience'], ['سنوات الخبرة', 'other'], ['Developer story', 'other'], ['Жұмыс тәжірибесі — 7 жыл 7 ай', 'experience'], ['Кәсіби дағдылар', 'skills'], ['Білімі', 'education'], ['Ұқсас түйіндемелер', 'related'], ['Похожие резюме', 'related'], ['Ish tajribasi', 'experience'], ['სამუშაო გამოცდილება', 'experience'], ['Academic, clinical and research appointments', 'experience'], ['Early Career', 'experience'], ['Early Reviews', 'other'], ['Research & Industry Experience', 'experience'],     ['Опыт работы 8 лет и 7 месяцев', 'experience'], ['Experience · 12 years', 'experience'], ['CENTRES D’INTÉRÊT', 'interests'],     ['Experience, education and skills.', 'other'], ['教育背景 Education', 'education'], ['项目经历 Projects', 'projects'],     ['Keywords', 'skills'], ['Aus- und Weiterbildung', 'education'], ['Compétences et stack technique', 'skills'], ['المسيرة المهنية', 'experience'], ['مجالات الممارسة', 'skills'], ['للتواصل وحجز الاستشارات', 'contact'], ['التعليم والمؤهلات', 'education'], ['Formação e certificações', 'education'], ['Formación y experiencia', 'experience'], ['Work history ملازمت کا تجربہ', 'experience'], ['Education تعلیم', 'education'], ['Skills スキル', 'skills'], ['Education & Experience', 'experience'], ['Ausbildung und Berufserfahrung', 'experience'], ['Education and training', 'education'], ['Kenntnisse und Werkzeuge', 'skills'], ['Fagfelt', 'skills'], ['Fagområder', 'skills'], ['Dovednosti a znalosti', 'skills'], ['Recherche et développement', 'other'], ['Pierre et Marie Curie', 'other'], ['Berufs- und Projekterfahrung', 'experience'], ['Percurso profissional', 'experience'], ['Projets personnels', 'projects'], ['Projetos open source', 'projects'], ['Freelancers semelhantes', 'related'], ['Similar vetted data engineers', 'related'], ['Vacantes relacionadas', 'related'], ['Professional memberships', 'additional'], ['RECOGNITION & SPEAKING', 'achievements'], ['Speaking', 'publications'], ['Similar developers in Singapore', 'related'], ['Similar vetted engineers', 'related'], ['Engineers also viewed', 'related'], ['People also viewed', 'related'], ['Schul- und Berufsausbildung, Studium', 'education'], ['Work summary', 'experience'], ['Computing', 'skills'], ['Software and Computing', 'skills'], ['Experience, Education', 'other'], ['Activity', 'related'], ['Etkinlik', 'related'], ['Activities', 'other'], ['Clients who viewed Ilse also viewed', 'related'], ['Ähnliche Profile in Hamburg', 'related'], ['Ähnliche Kandidaten', 'related'], ['Ähnliche Freelancer', 'related'], ['Perfiles similares', 'related'],
    ['On the Web', 'contact'], ['Links', 'contact'], ['Liens', 'contact'], ['リンク', 'contact'], ['連結', 'contact'], ['링크', 'contact'], ['Find me online', 'contact'],
    ['Радно искуство', 'experience'], ['Образовање', 'education'], ['Језици', 'languages'], ['Езици', 'languages'], ['பணி அனுபவம்', 'experience'], ['கல்வி', 'education'],
    ['திறன்கள்', 'skills'], ['專業技能', 'skills'], ['證照', 'certifications'], ['專長技能', 'skills'], ['Especialidades', 'skills'], ['専門分野・スキル', 'skills'], ['Compétences et recommandations', 'skills'], ['Skills & Endorsements', 'skills'], ['Технічні навички', 'skills'], ['Знання і навички', 'skills'], ['Знання мов', 'languages'], ['Курси, тренінги, сертифікати', 'certifications'], ['Ma boîte à outils', 'skills'], ['Me contacter', 'contact'], ['Endorsements (9)', 'other'], ['Spécialités', 'skills'], ['Evaluación técnica', 'assessment'], ['自傳', 'summary'], ['工作經歷 總年資 10年', 'experience'], ['證照與語文', 'certifications'], ['教育与生活', 'other'], ['보유기술 및 능력', 'skills'], ['Επαγγελματική πορεία', 'experience'], ['Λογισμικό', 'tools'], ['경력 및 프로젝트', 'experience'], ['학력 및 생활', 'other'], ['關於我', 'summary'], ['За мене', 'summary'], ['Επικοινωνία', 'contact'], ['연락처', 'contact'],
    ['Mga Kasanayan', 'skills'], ['الأدوات والمهارات', 'skills'], ['الأدوات', 'skills'], ['경력 3건', 'experience'], ['職歴 3件', 'experience'], ['工作经历 3段', 'experience'], ['工作經歷 共 4 份工作', 'experience'], ['職歴 3社', 'experience'], ['ประวัติการทำงาน / ฝึกงาน', 'experience'], ['Experience & Internships', 'experience'], ['Praktika', 'experience'], ['Internship', 'other'], ['Projects (12)', 'projects'], ['Top 3', 'other'], ['Elimu', 'education'], ['Dil', 'languages'], ['Kontaktai', 'contact'],
    ['Zkušenosti', 'experience'], ['Stationen', 'experience'], ['Percorso professionale', 'experience'], ['Карьера', 'experience'], ['ניסיון מקצועי', 'experience'], ['Percorso formativo', 'education'], ['경험', 'experience'], ['अनुभव', 'experience'], ['Vzdělávání', 'education'], ['शैक्षिक योग्यता', 'education'], ['Стек', 'skills'], ['기술 스택', 'skills'], ['Công nghệ', 'skills'], ['तकनीकी कौशल', 'skills'], ['Ngôn ngữ', 'languages'], ['קצת עליי', 'summary'], ['Về tôi', 'summary'], ['โปรเจกต์', 'projects'], ['SEÇİLMİŞ PROJELER', 'projects'], ['GÖNÜLLÜ ÇALIŞMALAR', 'additional'], ['İLGİ ALANLARI', 'interests'], ['Ehrenamt', 'additional'], ['Ausgewählte Projekte', 'projects'], ['Избранные проекты', 'projects'],
    ['Previously', 'experience'], ['Earlier', 'experience'], ['Wcześniej', 'experience'], ['Visiting and honorary appointments', 'experience'], ['Civilian career', 'experience'], ['Prax', 'experience'], ['Odborná prax', 'experience'], ['Konyhák, ahol dolgoztam', 'experience'], ['Orte, wo ich gearbeitet habe', 'experience'], ['Amihez értek', 'skills'], ['Histórico profissional', 'experience'], ['Historique professionnel', 'experience'], ['Histórico', 'other'], ['Nota Peneira', 'assessment'], ['Kodly Score', 'assessment'], ['Nota final', 'other'], ['Nota Media', 'other'], ['Overall Score', 'other'], ['Military career', 'experience'], ['Service record', 'experience'], ['Previous positions', 'experience'], ['İş Deneyimleri', 'experience'], ['Eğitim Bilgileri', 'education'], ['İletişim', 'contact'], ['Pracovní zkušenosti', 'experience'], ['Vzdělání', 'education'], ['Arbetslivserfarenhet', 'experience'], ['Kompetenser', 'skills'], ['경력 총 9년 2개월', 'experience'], ['학력', 'education'], ['職務経歴', 'experience'], ['Επαγγελματική εμπειρία', 'experience'],
    // (A form's titles set with a space between the characters.)
    ['学 歴', 'education'], ['職 歴', 'experience'], ['Kerjaya', 'experience'], ['Karier', 'experience'], ['تجربہ', 'experience'], ['تعلیم', 'education'], ['مہارتیں', 'skills'], ['అనుభవం', 'experience'], ['విద్య', 'education'], ['ልምድ', 'experience'], ['Miradi', 'projects'], ['Mga Proyekto', 'projects'], ['Kokemus', 'experience'], ['Tapasztalat', 'experience'],
    // (A seafarer's contracts at sea, their employment.)
    ['Zatrudnienie', 'experience'], ['Stopnie i tytuły naukowe', 'education'], ['Specjalności', 'skills'],
    ['Sea service', 'experience'], ['Sea-going service', 'experience'], ['Shore employment', 'experience'], ['YZ Ön Eleme Skoru', 'assessment'], ['AI Screening Score', 'assessment'], ['Clinical competencies', 'skills'], ['תפקידים קודמים', 'experience'], ['תחומי מומחיות', 'skills'], ['Offshore experience', 'experience'],
    // (Chinese: a career as 經歷 alone, the gear and software a photographer works with.)
    ['經歷', 'experience'], ['经历', 'experience'], ['器材與軟體', 'tools'], ['장비 & 소프트웨어', 'tools'], ['TECHNIEKEN & SOFTWARE', 'tools'], ['Techniken und Software', 'tools'], ['Methodische Expertise', 'skills'], ['Проверка знаний', 'assessment'], ['Bakgrunn', 'experience'], ['Yrkesbakgrunn', 'experience'], ['Methodological expertise', 'skills'],
    // (Hungarian: the earlier workplaces under a career, as a table.)
    ['Korábbi munkahelyek', 'experience'], ['Munkahelyek', 'experience'],
    // (A German CV's specialties.)
    ['Schwerpunkte', 'skills'], ['Fachliche Schwerpunkte', 'skills'],
    // (What I can do, in Czech, Slovak and Polish.)
    ['Co umím', 'skills'], ['Čo viem', 'skills'], ['Co potrafię', 'skills'], ['Что умею', 'skills'], ['Що я вмію', 'skills'], ['Uzmanlıklar', 'skills'], ['Specjalizacje', 'skills'], ['Specialisaties', 'skills'], ['Things I do', 'skills'], ['¿Qué hago?', 'skills'], ['Co dělám', 'skills'], ['What I do', 'other'], ['Domaines de spécialisation', 'skills'], ['Domaines', 'other'], ['Persönliche Stärken', 'skills'], ['Points forts', 'skills'], ['Mocne strony', 'skills'], ['強み', 'skills'], ['Các kỹ năng', 'skills'], ['ทักษะที่ถนัด', 'skills'], ['使用ツール', 'tools'], ['Areas of specialization', 'skills'], ['Ключевые компетенции', 'skills'], ['核心技能', 'skills'], ['Szakértelem', 'skills'], ['Инструменты', 'tools'], ['Escolaridade', 'education'], ['수상 경력', 'achievements'], ['Награды', 'achievements'], ['الجوائز', 'achievements'], ['Хобби', 'interests'], ['兴趣爱好', 'interests'], ['Kontakty', 'contact'], ['Publikacje', 'publications'], ['論文', 'publications'],
    // (Korean competencies and summary, Japanese skills held with their years; Catalan and Portuguese careers.)
    ['핵심 역량', 'skills'], ['요약', 'summary'], ['保有技能・経験年数', 'skills'], ['Trajectòria', 'experience'], ['Trajetória profissional', 'experience'], ['حوزه‌های تخصصی', 'skills'],
    // (A network's people you may know, in the Romance languages, German and Polish; Romanian contact details and licences.)
    ['Persoane pe care le-ai putea cunoaște', 'related'], ['Personnes que vous pourriez connaître', 'related'], ['Personen, die Sie vielleicht kennen', 'related'], ['Osoby, które możesz znać', 'related'], ['Date de contact', 'contact'], ['Autorizări', 'certifications'],
    // (What I can do, in Italian, Spanish, French, Portuguese and German; Italian "write to me".)
    ['কর্মঅভিজ্ঞতা', 'experience'], ['Cosa so fare', 'skills'], ['Lo que sé hacer', 'skills'], ['Ce que je sais faire', 'skills'], ['O que sei fazer', 'skills'], ['Was ich kann', 'skills'], ['Scrivimi', 'contact'],
    // (Finnish earlier positions and licences.)
    ['Aiemmat tehtävät', 'experience'], ['Lupakirjat ja kelpuutukset', 'certifications'],
    // (Bengali, Amharic, Tamil, Swahili, Urdu, Albanian, Kazakh, Icelandic and Sinhala heads of waves 68 and 69.)
    ['বিশেষ দক্ষতা', 'skills'], ['ভাষা দক্ষতা', 'languages'], ['ক্যারিয়ার উদ্দেশ্য', 'summary'], ['የሚጠቀሙባቸው ሶፍትዌሮች', 'tools'], ['சுருக்கம்', 'summary'],
    ['Ujuzi wa Kompyuta', 'skills'], ['Taarifa Binafsi', 'contact'], ['ہنر', 'skills'], ['Fushat e ekspertizës', 'skills'], ['Тәжірибесі', 'experience'],
    ['Мамандануы', 'skills'], ['Starfsferill', 'experience'], ['Hugbúnaður', 'tools'], ['Tungumál', 'languages'], ['රැකියා ඉතිහාසය', 'experience'],
    ['අධ්‍යාපනය', 'education'], ['කුසලතා', 'skills'], ['කුසලතා තක්සේරුව', 'assessment'],
    ['Աշխատանքային գործունեություն', 'experience'], ['Մասնագիտական հմտություններ', 'skills'], ['Վերապատրաստումներ', 'certifications'], ['Datorprasmes', 'skills'],
    ['Valodu prasmes', 'languages'], ['Холбоо барих', 'contact'], ['Prüfergebnis', 'assessment'],
    // (Indonesian work history, client reviews, skill tests and similar freelancers.)
    // (Pairs joined by the Turkish, Swedish, Norwegian and Finnish "and".)
    ['Araçlar ve yetkinlikler', 'tools'], ['Verktyg och kompetenser', 'tools'], ['Verktøy og ferdigheter', 'tools'], ['Koulutus ja kurssit', 'education'],
    ['Riwayat kerja', 'experience'], ['Ulasan klien (23)', 'additional'], ['Uji keterampilan', 'assessment'], ['Freelancer serupa', 'related'],
    // (Romanian as the Europass CV titles it, with the comma-below letters or older fonts' cedilla ones; Turkish capitals still read as Turkish.)
    ['Experiența profesională', 'experience'], ['EXPERIENŢA PROFESIONALĂ', 'experience'], ['EDUCAŢIE ŞI FORMARE', 'education'], ['Competenţe informatice', 'skills'], ['Limba maternă', 'languages'], ['İŞ DENEYİMİ', 'experience'], ['GÖNÜLLÜ ÇALIŞMALAR', 'additional'],
    // (A title whose first letters a style sets apart, as awesome-cv colours them, read as two words.)
    ['Esp erienza', 'experience'], ['الدراسة', 'education'],
    // (A bilingual title with its Latin rendering first.)
    ['Key Skills / मुख्य कौशल', 'skills'], ['Externe functies', 'experience'], ['External positions', 'experience'], ['Employment Details / रोज़गार विवरण', 'experience'], ['For mazione', 'education'], ['EXP ERIENCE', 'experience'],
    // (An academic CV's posts, their qualifiers after the head: "Posizioni accademiche e professionali", "Cargos académicos".)
    ['Posizioni accademiche e professionali', 'experience'], ['কর্মসংস্থানের ইতিহাস', 'experience'], ['Опыт работы — общий стаж 12 лет 9 месяцев', 'experience'], ['Berufserfahrung · insgesamt 12 Jahre', 'experience'], ['Karanasan sa Ibang Bansa (Land-based)', 'experience'], ['Cargos académicos', 'experience'], ['Posições acadêmicas', 'experience'],
  ])('%s is a %s section', (title, kind) => {
    expect(classifyTitle(title)).toBe(kind);
  });

  it.each(['Carriera industriale', 'Research and development', 'Terms and conditions', 'Getting started', 'My experience with Kubernetes', 'Background', 'Open source', 'Meet the team', 'AGH University of Science and Technology', 'Years of Experience', '4 Projects', 'Work permit', 'Experience design', 'Tecnologías de la información', 'School grounds', 'School projects', 'Go lang', 'Big data', 'Berlin / München', 'Дипломна робота', 'Курсовая работа', 'Магістерська робота'])(
    '%s is no known section',
    (title) => {
      expect(classifyTitle(title)).toBe('other');
    },
  );
});

describe('splitSections', () => {
  const kinds = (body: string) => readPage(parseHtmlDocument(`<html><body>${body}</body></html>`), 'https://example.com/').sections.map((s) => [s.kind, s.title]);

  it('keeps a role’s lead-in to its accomplishments in the history ("Selected accomplishments:"), but a record’s label for its next part opens it', () => {
    const role = (title: string) => `<h4>${title}</h4><h5>2019年4月〜現在</h5><p>ECU開発。</p><p>Selected accomplishments:</p><ul><li>ブートローダの再設計</li></ul>`;
    expect(kinds(`<h1>Jane Doe</h1><h2>Career</h2>${role('主任エンジニア')}${role('ソフトウェアエンジニア')}`)).toEqual([
      ['header', ''],
      ['experience', 'Career'],
    ]);
    expect(kinds('<h1>Jane Doe</h1><h2>Досвід</h2><p>Розробник, 2019 – 2021</p><p>Освіта:</p><p>магістр</p>').map(([k]) => k)).toEqual(['header', 'experience', 'education']);
  });

  it('reads an item of the list the line above is in as an item, though its words name a section ("… & training")', () => {
    expect(kinds('<h1>Jane Doe</h1><h2>Skills</h2><ul><li>Sauce work</li><li>Food cost control</li><li>Brigade leadership &amp; training</li><li>Apicbase</li></ul>')).toEqual([
      ['header', ''],
      ['skills', 'Skills'],
    ]);
    // (A list of titles, a sidebar's, still opens its sections.)
    expect(kinds('<h1>Jane Doe</h1><ul><li><b>Work experience</b><p>Engineer, Acme, 2019 – 2021</p></li><li><b>Education and training</b><p>MSc, TU Wien</p></li></ul>').map(([k]) => k)).toEqual(['header', 'experience', 'education']);
  });

  it('keeps a skills list’s groups in it where some of their headings read as section titles, not spoken languages or certificates', () => {
    const group = (h: string, items: string[]) => `<h3>${h}</h3>${items.map((i) => `<p>${i}</p>`).join('')}`;
    const skills = `<h1>Jane Doe</h1><h2>Skills</h2>${group('Critical care', ['ECMO', 'CRRT'])}${group('Education', ['Curriculum design'])}${group('Systems', ['Epic EHR'])}`;
    expect(kinds(`${skills}<h2>Experience</h2><p>Nurse, Mayo Clinic, 2019 – 2021</p>`)).toEqual([['header', ''], ['skills', 'Skills'], ['experience', 'Experience']]);
    expect(kinds(`${skills}${group('Certifications', ['CCRN'])}${group('Languages', ['Spanish (C1)'])}`).map(([k]) => k)).toEqual(['header', 'skills', 'certifications', 'languages']);
    // (Not without a group of no known kind: "Skills" over "Education" alone opens a section.)
    expect(kinds(`<h1>Jane Doe</h1><h2>Skills</h2><p>Go</p>${group('Education', ['MSc, TU Wien'])}`).map(([k]) => k)).toEqual(['header', 'skills', 'education']);
    expect(kinds(`<h1>Jane Doe</h1><h2>Skills</h2>${group('Tools', ['Git'])}${group('Education', ['MSc, TU Wien'])}`).map(([k]) => k)).toEqual(['header', 'skills', 'education']);
    // (Nor a history or schooling with its dates after cards of that rank: "Riwayat Pekerjaan" after a portfolio's cards.)
    const cards = `<h1>Raka</h1><h2>Keahlian</h2><ul><li>Blender</li></ul>${group('Company profile PT Tirta', ['Video · Premiere Pro'])}${group('Logo reveal', ['Animasi · Blender'])}`;
    expect(kinds(`${cards}${group('Riwayat Pekerjaan', ['Video Editor', 'PT Kreasi Visual', 'Maret 2021 – Sekarang'])}${group('Pendidikan', ['Institut Seni Indonesia', '2014 – 2018'])}`).map(([k]) => k)).toEqual(['header', 'skills', 'experience', 'education']);
  });

  it('keeps a skills list’s group in it whose label, drawn as the other groups’ and not as the list’s title, reads as a section title', () => {
    const group = (h: string, items: string) => `<div class="skills"><div class="skill">${h}</div><p>${items}</p></div>`;
    const page = (title: string) => `<h1>Jane Doe</h1>${title}${group('Critical Care', 'CRRT, Arterial lines')}${group('Certifications', 'ACLS, TNCC')}${group('Clinical Systems', 'Epic, Omnicell')}`;
    expect(kinds(page('<div class="section-header">Technical Skills</div>')).map(([k]) => k)).toEqual(['header', 'skills']);
    // (Drawn as the list's own title, it opens a section of its own.)
    expect(kinds(page('<div class="skill">Technical Skills</div>')).map(([k]) => k)).toEqual(['header', 'skills', 'certifications']);
  });

  it('keeps entries ranked above their history’s title in it (each employer an h1 under an h2 "Experience")', () => {
    const card = (h1: string, h2: string) => `<div><h1>${h1}</h1><h2>${h2}</h2><h2>2019 - 2021</h2></div>`;
    const page = `<h1>Jane Doe</h1><h2>Experience</h2>${card('Acme', 'Engineer')}${card('Globex', 'Analyst')}<h2>Education</h2>${card('TU Wien', 'MSc Informatics')}${card('Uni Graz', 'BSc Informatics')}<h2>Skills</h2><p>Go, Rust</p>`;
    expect(kinds(page)).toEqual([
      ['header', ''],
      ['experience', 'Experience'],
      ['education', 'Education'],
      ['skills', 'Skills'],
    ]);
    // (One such heading, or none of the history's rank after the run, is the page's own: an aside, another column.)
    expect(kinds(`<h1>Jane Doe</h1><h3>Education</h3><h2>Jobs you might like</h2><p>Engineer, Acme</p><h2>Trending now</h2><p>Omar</p>`).map(([k]) => k)).toEqual(['header', 'education', 'other', 'other']);
  });

  it('keeps a numbered section’s numbered parts in it, whatever rank their headings have ("3.1 …" under "3. Employment")', () => {
    const role = (n: string, head: string) => `<h2>${n} ${head}</h2><p>2019 - 2021, Leeds</p>`;
    const page = `<h1>Jane Doe</h1><h2>3. Employment history</h2>${role('3.1', 'Network Engineer, Jisc')}${role('3.2', 'Systems Engineer, BBC')}<h2>4. Skills</h2><p>Go, Rust</p>`;
    expect(kinds(page)).toEqual([
      ['header', ''],
      ['experience', '3. Employment history'],
      ['skills', '4. Skills'],
    ]);
    // (Another section's numbers, or none, open sections of their own.)
    expect(kinds(`<h1>Jane Doe</h1><h2>3. Employment history</h2>${role('3.1', 'Network Engineer, Jisc')}${role('4.1', 'Systems Engineer, BBC')}${role('4.2', 'Analyst, Acme')}`).map(([k]) => k)).toEqual(['header', 'experience', 'other', 'other']);
  });

  it('keeps a skills heading under a history of no roles (no date in it) a section of its own', () => {
    expect(kinds('<h1>Jane Doe</h1><h2>Clinical experience</h2><p>Six years on cardiac units.</p><h3>Clinical skills</h3><ul><li>IABP</li><li>CRRT</li></ul>').map(([k]) => k)).toEqual(['header', 'experience', 'skills']);
    // (Under roles, it is a role's own part.)
    expect(kinds('<h1>Jane Doe</h1><h2>Clinical experience</h2><p>Staff RN, CVICU · 2020 – 2024</p><h3>Clinical skills</h3><ul><li>IABP</li><li>CRRT</li></ul>').map(([k]) => k)).toEqual(['header', 'experience']);    // (Under a table of roles, no heading among its rows, it is a section again: the table closes the history.)
    const row = (dates: string, title: string) => `<tr><td>${dates}</td><td>${title}</td><td>Wood plc</td></tr>`;
    expect(kinds(`<h1>Jane Doe</h1><h2>Work history</h2><table>${row('2021 – Present', 'Senior Welding Inspector')}${row('2017 – 2020', 'Welding Inspector')}</table><h3>Inspection skills</h3><ul><li>Visual inspection</li><li>ASME IX</li></ul>`).map(([k]) => k)).toEqual(['header', 'experience', 'skills']);
  });

  it('closes a skills list at an untitled history after it, a role under each line of dates, its column heads with it', () => {
    const row = (dates: string, title: string, company: string) => `<div role="row"><div role="cell">${dates}</div><div role="cell">${title}</div><div role="cell">${company}</div></div>`;
    const heads = '<div role="rowgroup"><div role="row"><div role="columnheader">Period</div><div role="columnheader">Position</div><div role="columnheader">Company</div></div></div>';
    const history = `<div role="table">${heads}<div role="rowgroup">${row('Aug 2021 – Present', 'Senior Accountant', 'Kalbe Farma')}${row('Feb 2018 – Jul 2021', 'Tax Associate', 'EY')}</div></div>`;
    expect(kinds(`<h1>Jane Doe</h1><h2>Skills</h2><p>IFRS 8 years</p><p>SAP FI/CO 5 years</p>${history}`)).toEqual([
      ['header', ''],
      ['skills', 'Skills'],
      ['other', ''],
    ]);
    // (Dates with no role between them, a certificate's validity say, stay in the list.)
    expect(kinds('<h1>Jane Doe</h1><h2>Skills</h2><p>IFRS</p><div><p>2019 – 2022</p><p>CPA licence</p><p>2022 – 2025</p></div>').map(([k]) => k)).toEqual(['header', 'skills']);
  });

  it('reads titles drawn alike under an empty skills title as its groups, when they group technologies', () => {
    const bold = (t: string) => `<div class="font-bold"><strong>${t}</strong></div>`;
    const badges = (alts: string[]) => `<p>${alts.map((a) => `<img src="data:," alt="${a}">`).join(' ')}</p>`;
    // ("Tech Stack" over "Languages" and "Tools", all bold lines: one skills section.)
    expect(kinds(`<h1>Jane</h1>${bold('Tech Stack')}${bold('Languages')}${badges(['Kotlin', 'Rust', 'Go'])}${bold('Tools')}${badges(['Docker', 'Git'])}${bold('Experience')}<p>Engineer, Acme</p>`)).toEqual([
      ['header', ''],
      ['skills', 'Tech Stack'],
      ['experience', 'Experience'],
    ]);
    // (A title in bold written in two renderings counts the words of one: "कार्य अनुभव / Work Experience".)
    expect(kinds(`<h1>Jane</h1>${bold('कार्य अनुभव / Work Experience')}<p>Scientist, NCHI</p>${bold('शैक्षिक योग्यता / Educational Qualifications')}<p>PhD, AIIMS</p>`).map(([k]) => k)).toEqual(['header', 'experience', 'education']);
    // (Or names them in text: "C, C++, Python" under "Languages".)
    expect(kinds(`<h1>Jane</h1>${bold('Technical skills')}${bold('Languages')}<p>C, C++, Python</p>${bold('Tools')}<p>Git, CMake</p>${bold('Education')}<p>MSc, TU Wien</p>`).map(([k]) => k)).toEqual(['header', 'skills', 'education']);
    // (Spoken languages under it are a section of their own.)
    expect(kinds(`<h1>Jane</h1>${bold('Kenntnisse')}${bold('Sprachen')}<p>Deutsch (Muttersprache), Englisch (C1)</p>`).map(([k]) => k)).toEqual(['header', 'skills', 'languages']);
  });

  it('closes a section at the end of the box its title opens where a sidebar follows with no title of its own', () => {
    const page = `<h1>Marco Rossi</h1><div><section><h2>Formazione</h2><ul><li>ALMA, Colorno</li></ul></section><aside><p>Prova pratica</p><ul><li>Pasta fresca dal vivo</li></ul></aside></div>`;
    expect(kinds(page)).toEqual([['header', ''], ['education', 'Formazione'], ['other', 'Prova pratica']]);
    // (Not where each entry is a box of its own under the title.)
    expect(kinds(`<h1>Marco Rossi</h1><h2>Formazione</h2><section><p>ALMA, Colorno</p></section><section><p>IPSSAR, Villorba</p></section>`).map(([k]) => k)).toEqual(['header', 'education']);
  });

  it('closes a section titled by a styled line at a line drawn exactly as its title, whatever it names; not where every line is drawn so', () => {
    const card = (title: string, body: string) => `<div class="el-card"><div class="el-card__header"><span>${title}</span></div><div class="el-card__body">${body}</div></div>`;
    expect(kinds(`<h1>Jane</h1>${card('Competencias', '<span>Excel · 20 años</span>')}${card('Notas internas (2)', '<p>Muy sólida en cierre.</p>')}`)).toEqual([
      ['header', ''],
      ['skills', 'Competencias'],
      ['other', 'Notas internas (2)'],
    ]);
    // (Titles drawn alike three times and more, never one after another and few among the lines: each closes the one before,
    // the one beside a link to the rest of its entries too.)
    const title = (text: string, link = '') => `<div class="flex"><p class="font-semibold">${text}</p>${link ? `<a href="/all"><span>${link}</span></a>` : ''}</div>`;
    const items = (xs: string[]) => `<ul>${xs.map((x) => `<li>${x}</li>`).join('')}</ul>`;
    expect(kinds(`<h1>Jane</h1>${title('Skills')}${items(['Rust', 'Go', 'Kafka', 'Redis', 'Docker', 'Linux'])}${title('Latest writing', 'All posts')}${items(['Rewriting a gateway', 'On-call without burnout'])}${title('Built with')}${items(['Astro', 'Tailwind'])}${title('From the workshop', 'All projects')}${items(['Tram API', 'Task queue', 'Budget dashboard'])}`).map(([k]) => k)).toEqual(['header', 'skills', 'other', 'other', 'other']);
    // (Not in a history, whose roles' headings may be drawn as its title is: bold divs all.)
    const bold = (text: string) => `<div class="text-lg font-bold"><strong>${text}</strong></div>`;
    const job = (title: string, dates: string) => `<div class="job"><div class="meta">${dates}</div>${bold(title)}<p>Acme GmbH, Berlin</p><p>Built things for the team.</p><ul><li>Go</li><li>Kafka</li></ul></div>`;
    expect(kinds(`<h1>Jane</h1>${bold('Berufserfahrung')}${job('Teamleiterin', '2020 – heute')}${job('Entwicklerin', '2016 – 2020')}${job('Werkstudentin', '2014 – 2016')}${job('Praktikantin', '2013 – 2014')}`).map(([k]) => k)).toEqual(['header', 'experience']);
    // (A builder's one class for every line: the title in capitals, the roles under it as they are.)
    const line = (text: string) => `<p class="font_8">${text}</p>`;
    expect(kinds(`<h1>Jane</h1>${line('DOŚWIADCZENIE ZAWODOWE')}${line('09.2020 – obecnie')}${line('Fizjoterapeutka')}${line('Reha-Ruch Sp. z o.o., Kraków')}${line('10.2016 – 08.2020')}${line('Praktykantka')}`)).toEqual([
      ['header', ''],
      ['experience', 'DOŚWIADCZENIE ZAWODOWE'],
    ]);
  });

  it('opens a section at a title beside its owner’s controls, the title an element of its own', () => {
    expect(kinds('<h1>Jane</h1><div><span>Key skills</span><em title="Edit"></em></div><p>Java</p><div><span>Employment</span><span>Add employment</span></div><p>Engineer, Acme</p>')).toEqual([
      ['header', ''],
      ['skills', 'Key skills'],
      ['experience', 'Employment Add employment'],
    ]);
    // (Or in bold beside a link of the site's: "Vetting results  How we vet".)
    expect(kinds('<h1>Jane</h1><h2>Expertise</h2><p>Swift</p><div><b>Vetting results</b> <a href="/how">How we vet</a></div><p>92 / 100</p>')).toEqual([
      ['header', ''],
      ['skills', 'Expertise'],
      ['assessment', 'Vetting results How we vet'],
    ]);
    // Prose that merely ends so is no title.
    expect(kinds('<h1>Jane</h1><p>Experience I would add to any team</p>').map(([k]) => k)).toEqual(['header']);
  });

  it('opens a section at a title whose note in brackets made it too long to read as one', () => {
    expect(kinds('<h1>Jane</h1><div class="band">Technical skills</div><p>SQL, Python</p><div class="band">Employment history <span>(most recent first – 16 positions)</span></div><p>Lead Data Engineer, Northern Mutual Bank</p>')).toEqual([
      ['header', ''],
      ['skills', 'Technical skills'],
      ['experience', 'Employment history (most recent first – 16 positions)'],
    ]);
    // (Nor a sentence with a note in brackets, whose words before the bracket name no section.)
    expect(kinds('<h1>Jane</h1><p>I enjoy hiking with my dog (a beagle named Pixel)</p>').map(([k]) => k)).toEqual(['header']);
  });

  it('opens a section at a title with a note after its colon on how its entries are given, not at a list after a label', () => {
    expect(kinds('<h1>Jane</h1><p>Summary of my career at the bedside over eight years in three hospitals.</p><div class="label">Clinical skills: self-reported years, confirmed by references</div><div>Critical Care (ICU) 7 yrs</div>').map(([k]) => k)).toEqual(['header', 'skills']);
    // (Not languages listed after their label, nor contacts, nor links.)
    expect(kinds('<h1>Jane</h1><h2>Skills</h2><p>Idiomas: español (nativo), inglés (C1)</p><p>Contatti: jane@example.org · Bologna</p><p>Blog: jane.example.com/blog · talks at meetups</p>').map(([k]) => k)).toEqual(['header', 'skills']);
  });

  it('opens a section at a bold line whose title states a total, its words counted without it', () => {
    expect(kinds('<h1>Соколов Дмитрий</h1><div><b>Опыт работы 21 год 10 мес</b></div><p>Ведущий Java-разработчик</p>').map(([k]) => k)).toEqual(['header', 'experience']);
  });

  it('reads a table of contents’ links to places on the page as links, not titles', () => {
    expect(kinds('<h1>Jane</h1><ul><li><a href="#skills">Key skills</a></li><li><a href="#jobs">Employment</a><span>Add</span></li></ul><h2 id="skills">Skills</h2><p>Go</p>').map(([k]) => k)).toEqual(['header', 'skills']);
  });

  it('keeps entry headings in their section where every section title is styled text', () => {
    const page = '<h1>Jane</h1><div>Experiência profissional</div><div>mar/2021 – atual</div><h3>Desenvolvedora Sênior</h3><div>Banco Digital</div><div>jan/2018 – fev/2021</div><h3>Desenvolvedora Pleno</h3><div>Agência Colibri</div><div>Formação acadêmica</div><p>Bacharelado em Ciência da Computação</p>';
    expect(kinds(page).map(([k]) => k)).toEqual(['header', 'experience', 'education']);
    // A registry's type label repeated under each entry is no title either.
    expect(kinds('<h1>Jane</h1><h2>Employment (2)</h2><div>Sort</div><h4>Acme: Oslo, NO</h4><div>2020 to present | Engineer</div><div>Employment</div><h4>Initech: Bergen, NO</h4><div>2018 to 2020 | Intern</div><div>Employment</div><h2>Education</h2>').map(([k]) => k)).toEqual(['header', 'experience', 'education']);
  });

  it('reads a section of no known kind over a table of skills and their years as skills, not a table of people and theirs', () => {
    const table = (heads: string[], rows: string[][]) => `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    expect(kinds(`<h1>Олена Гнатюк</h1><h2>Про мене</h2><p>Перекладаю з англійської та німецької.</p><h2>Мовні пари, спеціалізації та інструменти</h2>${table(['Навичка', 'Досвід'], [['Юридичний переклад', '8 років'], ['Trados Studio', '11 років']])}`).map(([k]) => k)).toEqual(['header', 'summary', 'skills']);
    expect(kinds(`<h1>Lab</h1><h2>About</h2><p>We study kelp.</p><h2>Alumni</h2>${table(['Name', 'Role in lab', 'Years'], [['Jane Roe', 'Postdoc', '2019–2022'], ['John Poe', 'PhD student', '2016–2021']])}`).map(([k]) => k)).not.toContain('skills');
  });

  it('keeps a role part styled as the role’s other sub-headings, not as the history’s title, in the history', () => {
    const role = (title: string, dates: string, parts: string) => `<div class="work"><div class="head"><div class="job-title">${title}</div><div class="time">${dates}</div></div><p>Prowadzenie zespołu.</p>${parts}</div>`;
    const part = (title: string, item: string) => `<div class="sub-heading">${title}</div><ul><li>${item}</li></ul>`;
    const page = `<h1>Joanna Sadowska</h1><div class="heading">Doświadczenie zawodowe</div>${role('Kierowniczka magazynu', '3.2021 - obecnie', part('Zakres obowiązków', 'planowanie obsady zmian') + part('Osiągnięcia', 'skrócenie czasu kompletacji o 22%'))}${role('Kierowniczka zmiany', '9.2017 - 2.2021', part('Zakres obowiązków', 'kontrola jakości'))}<div class="heading">Wykształcenie</div><p>Uniwersytet Ekonomiczny w Poznaniu</p>`;
    expect(kinds(page).map(([k]) => k)).toEqual(['header', 'experience', 'education']);
    // (Drawn as the history's own title, it is a section of its own.)
    expect(kinds(page.replace('<div class="sub-heading">Osiągnięcia', '<div class="heading">Osiągnięcia')).map(([k]) => k)).toEqual(['header', 'experience', 'achievements', 'education']);
  });

  it('reads a grouped list’s group rows as titles, not a table’s column heads', () => {
    const row = (title: string) => `<tr><th colspan="2"><span>${title}</span></th><th></th></tr>`;
    const entry = (dates: string, role: string) => `<tr><td>${dates}</td><td><h4>${role}</h4></td><td></td></tr>`;
    const page = `<h1>佐藤 美咲</h1><table><tbody>${row('職歴')}${entry('2021/04/01 - 現在', '株式会社ミナトソフト')}${entry('2017/10/01 - 2021/03/31', 'さくらコマース')}${row('学歴')}${entry('2011/04/01 - 2015/03/31', '筑波大学')}</tbody></table>`;
    expect(kinds(page).map(([k]) => k)).toEqual(['header', 'experience', 'education']);
    // (Column heads stay heads: a row of several head cells.)
    expect(kinds('<h1>Jane</h1><h2>Skills</h2><table><tr><th>Skill</th><th>Experience</th></tr><tr><td>Go</td><td>6 years</td></tr></table>').map(([k]) => k)).toEqual(['header', 'skills']);
  });

  it('ends a title that labels one row of label-and-value rows with the rows: the lines after them are no skills', () => {
    const row = (label: string, value: string) => `<div class="field"><div class="label">${label}</div><span>|</span><div class="value">${value}</div></div>`;
    const page = (rows: string) => readPage(parseHtmlDocument(`<html><body><h1>Jane Doe</h1><p>Nurse.</p>${rows}<p>1,482 posts</p><p>Pinned</p><p>Posts and replies</p></body></html>`), 'https://example.com/');
    const skills = (rows: string) => {
      const p = page(rows);
      const s = p.sections.find((x) => x.kind === 'skills')!;
      return p.model.blocks.slice(s.from, s.to).map((b) => b.text);
    };
    expect(skills(row('Skills', 'BLS, ACLS, Triage') + row('Likes', 'Soup curry'))).toEqual(['|', 'BLS, ACLS, Triage', 'Likes', '|', 'Soup curry']);
    // (A row whose next holds one line, a layout's empty label cell, is no list of fields: the list goes on.)
    expect(skills(row('Skills', 'BLS, ACLS') + row('', 'Triage'))).toContain('Triage');
  });
});

