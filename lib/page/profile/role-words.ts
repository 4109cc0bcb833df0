import { TITLE_WORDS } from './sections';

/**
 * Job-title nouns: detection's English vocabulary (TITLE_WORDS, which the bootstrap carries) and,
 * for extraction only, the same nouns in German, French, Spanish, Portuguese and Italian, as CVs in
 * those languages write their titles ("Entwicklerin", "Ingénieur", "Desarrolladora").
 */
const FOREIGN =
  // English nouns detection does without.
  // (And trades beyond offices: kitchens, wards, flight decks, archives.)
  // (And the nouns of a science by their ending: "Meteorologist", "Hydrologist".)
  '\\p{L}+ologists?|' +
  // (And the kitchen, shop, site, ward and office trades: "Line Cook", "Cashier", "Welder", "Dental Hygienist", "Bookkeeper",
  // "Solicitor"; a driver or an interpreter only with what they drive or where they interpret, as both name software too.)
  'cook|cashier|(?:financial|credit|project|air traffic|cost|plant|group|finance|inventory|stock|quality|document|production) controller|welder|plumber|reporter|correspondent|columnist|presenter|actuary|electrician|(?:warehouse|production|machine|site) operative|hygienist|bookkeeper|solicitor|barrister|paralegal|videographer|social worker|buyer|merchandiser|dispatcher|flight attendant|cabin crew|concierge|' +
  '(?:truck|lorry|delivery|bus|taxi|van|hgv) driver|(?:sign language|court|conference|medical) interpreter|' +
  // (Portuguese and Spanish drivers, helpers, carers, cleaners and owners of their own business: "Motorista de caminhão", "Ajudante
  // de mudanças", "Cuidadora de idosos", "Motorista e proprietário".)
  // (And the law's: "Rechtsanwältin", "Partnerin" of a firm, "Of Counsel", "Advocaat", "Radca prawny", "Notarin", "Juristin".)
  '(?:syndikus)?rechtsanw[äa]lt(?:in)?|partnerin|(?:of|general|legal|senior|associate) counsel|counsel|advocaat|adwokat|radca prawny|notar(?:in)?|richter(?:in)?|jurist(?:in)?|' +
  'motorista|caminhoneir[oa]|camioner[oa]|chofer|chófer|ajudante|ayudante|cuidador(?:a)?|faxineir[oa]|diarista|montador(?:a)?|propriet[áa]ri[oa]|propietari[oa]|' +
  'pflegefach(?:frau|mann|kraft)|fachkraft|fachangestellte[rn]?|mechatroniker(?:in)?|elektroniker(?:in)?|mechaniker(?:in)?|monteur(?:in)?|lagerist(?:in)?|buchhalter(?:in)?|elektriker(?:in)?|verk[äa]ufer(?:in)?|kauffrau|kaufmann|cuisini(?:er|[èe]re)|avocat(?:e)?|vendeu(?:r|se)|contable|enfermeir[oa]|commercialista|' +
  'chef|sommelier|barista|all-rounder|bartender|waiter|waitress|midwife|caregiver|paramedic|firefighter|machinist|foreman|housekeeper|librarian|curator|archivist|psychologist|surveyor|inspector|commis|dietitian|nutritionist|optometrist|veterinarian|radiographer|physiotherapist|pilot|' +
  // (And the crafts and the stage, in the languages CVs in the corpus are written in; not the trades that are also
  // surnames, Baker, Potter, Carpenter, Painter, Singer.)
  'ceramicist|ceramist|photojournalist|fotoperiodista|fotojornalista|fotoreporter|documentalista|sculptor|musician|actor|actress|voice-over artist|florist|jeweller|jeweler|hairdresser|upholsterer|' +
  'keramiker(?:in)?|fotograf(?:in)?|illustrator(?:in)?|tischler(?:in)?|schreiner(?:in)?|goldschmied(?:in)?|musiker(?:in)?|schauspieler(?:in)?|sprecher(?:in)?|friseur(?:in)?|floristin|' +
  'c[ée]ramiste|photographe|illustrat(?:eur|rice)|[ée]b[ée]niste|menuisi(?:er|ère)|musicien(?:ne)?|com[ée]dien(?:ne)?|fleuriste|bijouti(?:er|ère)|' +
  'ceramista|fot[óo]graf[oa]|ilustrador(?:a)?|illustrat(?:ore|rice)|carpinter[oa]|marceneir[oa]|falegname|soldador(?:a)?|saldat(?:ore|rice)|schwei(?:ß|ss)er(?:in)?|m[úu]sico|musicista|actriz|atriz|attore|attrice|locutor(?:a)?|' +
  // (Greek newsroom, kitchen and shop-floor trades: "Φωτορεπόρτερ", "Μάγειρας", "Ηλεκτρολόγος".)
  'φωτορεπόρτερ|δημοσιογράφος|συντάκτ(?:ης|ρια)|μάγειρας|μαγείρισσα|σεφ|σερβιτόρος|σερβιτόρα|πωλητ(?:ής|ήτρια)|λογιστής|λογίστρια|ηλεκτρολόγος|υδραυλικός|οδηγός|φαρμακοποιός|' +
  'κεραμίστ(?:ας|ρια)|ηθοποιός|φωτογράφος|εικονογράφος|δικηγόρος|γιατρός|εκπαιδευτικός|γραφίστ(?:ας|ρια)|εκφωνήτρια|εκφωνητής|μεταφράστ(?:ης|ρια)|νοσηλεύτ(?:ης|ρια)|' +
  'scholar|runner|crew|stagehand|scrum master|harbou?r ?master|headmaster|headmistress|quartermaster|postmaster|station ?master|programmeur|programmeuse|tester|auditor|coordinator|advocate|evangelist|instructor|trainer|coach|mentor|translator|illustrator|animator|artist|photographer|producer|journalist|planner|lawyer|attorney|paralegal|pharmacist|therapist|surgeon|dentist|operator|mechanic|electrician|supervisor|clerk|receptionist|secretary|agent|broker|advisor|adviser|representative|executive|president|dean|maintainer|tutor|demonstrator|pentester|copywriter|economist|statistician|biostatistician|epidemiologist|mathematician|physicist|chemist|biologist|lead|sysadmin|webmaster|dba|' +
  'hilfskraft|aushilfe|zivildienstleistender|zivildienst|lehrbeauftragte[r]?|auszubildende[r]?|volontär(?:in)?|referendar(?:in)?|doktorand(?:in)?|minijobber(?:in)?|entwickler(?:in)?|[üu]bersetzer(?:in)?|ingenieur(?:in)?|informatiker(?:in)?|berater(?:in)?|leiter(?:in)?|projektleiter(?:in)?|projektmanager(?:in)?|architekt(?:in)?|programmierer(?:in)?|gesch[äa]ftsf[üu]hrer(?:in)?|werkstudent(?:in)?|praktikant(?:in)?|wissenschaftliche[rn]? mitarbeiter(?:in)?|mitarbeiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|teamleiter(?:in)?|lehrer(?:in)?|arzt|[äa]rztin|krankenschwester|pflegefachkraft|erzieher(?:in)?|' +
  'd[ée]veloppeu(?:r|se)|architecte|compagnon|compagne|menuisi(?:er|ère)|ébéniste|assistante|cheffe|p[âa]tissi(?:er|[èe]re)|sommeli[èe]re|serveu(?:r|se)|interne (?:en|des)|praticien(?:ne)?|stage (?:de fin d[\'’][ée]tudes|d[\'’]ing[ée]nieur|de recherche|ouvrier)|ma[îi]tre(?:sse)? de conf[ée]rences|(?:post-?)?doctorant(?:e)?|ing[ée]nieur(?:e)?|technicien(?:ne)?|[ée]lectricien(?:ne)?|[ée]lectrotechnicien(?:ne)?|[ée]lectrom[ée]canicien(?:ne)?|m[ée]canicien(?:ne)?|apprentie?|op[ée]rat(?:eur|rice)|ouvri(?:er|ère)|comptable|infirmi(?:er|ère)|enseignant(?:e)?|chercheu(?:r|se)|format(?:eur|rice)|contr[ôo]leu(?:r|se)|gestionnaire|secr[ée]taire|graphiste|r[ée]gisseu(?:r|se)|[ée]clairagiste|machiniste|accessoiriste|costumi(?:er|ère)|habilleu(?:r|se)|r[ée]dact(?:eur|rice)|magasini(?:er|ère)|soudeu(?:r|se)|techniker(?:in)?|chef de projet|cheffe de projet|responsable|directeur|directrice|consultante?|concepteur|conceptrice|stagiaire|alternante?|charg[ée]e? de|charg[ée]e? d[\'’]\\p{L}+|conseill(?:er|[èe]re)|administrat(?:eur|rice)|analyste|' +
  'dissenyador(?:a)?|desenvolupador(?:a)?|enginyer(?:a)?|becari(?:a)?|bec[àa]ria|bolseir[oa]|bolsista|t[èe]cnic(?:a)?|investigador(?:a)?|desarrollador(?:a)?|ingenier[oa]|programador(?:a)?|dise[ñn]ador(?:a)?|arquitect[oa]|jef[ea] de|gerente|gerenta|subgerente|subdirector(?:a)?|subjef[ea]|vicedirector(?:a)?|vicepresident[ea]|subdiretor(?:a)?|vicedirettore|vicedirettrice|despachante|l[íi]der de|director(?:a)?|consultor(?:a)?|analista|especialista|spécialiste|becari[oa]|t[ée]cnic[oa]|' +
  // (The feminine and the Spanish, Portuguese and Italian forms of the English nouns above.)
  'auditora|contador(?:a)?|ayudante|sumiller(?:a)?|bibliotec(?:[àa]ri[ao]?|[áa]ri[oa])|biblioth[ée]caire|bibliothekar(?:in)?|repartidor(?:a)?|jardiner[oa]|panader[oa]|limpiador(?:a)?|socorrista|gu[íi]a (?:tur[íi]stic[oa]|de (?:enoturismo|museo|montaña|turismo))|contabilista|asistente|auxiliar|ejecutiv[oa]|supervisora|coordinador(?:a)?|administrador(?:a)?|asesor(?:a)?|enfermer[oa]|profesor(?:a)?|investigador(?:a)?|tesorer[oa]|encargad[oa]|docente|pesquisador(?:a)?|professora|assistente|ricercat(?:ore|rice)|insegnante|impiegat[oa]|' +
  'desenvolvedor(?:a)?|engenheir[oa]|estagi[áa]ri[oa]|coordenador(?:a)?|diretor(?:a)?|programador(?:a)?|praticante|residente|m[ée]dic[oa] residente|' +
  'sviluppat(?:ore|rice)|ingegner[ea]|architett[oa]|geometra|progettista|responsabile|direttore|direttrice|dirigente|funzionari[oa]|impiegat[oa]|istrut(?:tore|trice)|coordinat(?:ore|rice)|consulente|tecnic[oa]|stagista|sistemista|tirocinante|apprendista|collaborat(?:ore|rice)|programmat(?:ore|rice)|' +
  'programista|programistka|pomoc kuchenna|pomocnik kucharza|pomoc (?:biurowa|domowa|magazynowa|sprzedawcy)|kontroler(?:ka)?|elektryk|elektryka|elektromonter|praktykant(?:ka)?|instalator(?:ka)?|brygadzista|spawacz|murarz|stolarz|hydraulik|kierowca|magazynier(?:ka)?|[śs]lusarz|tokarz|monter|kucharz|kucharka|szef(?:owa)? (?:kuchni|zmiany|sali|działu|zespołu|projektu)|zastępca szefa kuchni|šéfkuchař(?:ka)?|šéfkuchár(?:ka)?|sprzedawca|sprzedawczyni|kasjer(?:ka)?|opiekun(?:ka)?|ratownik|ratowniczka|fizjoterapeut(?:a|ka)|farmaceut(?:a|ka)|po[łl]o[żz]na|t[łl]umacz(?:ka)?|in[żz]ynier(?:ka)?|kierownik|kierowniczka|analityk|analityczka|projektant(?:ka)?|sta[żz]ysta|sta[żz]ystka|specjalista|specjalistka|ksi[ęe]gow(?:[ya]|ej|ego)|zast[ęe]pc(?:a|zyni)|piel[ęe]gniar(?:z|ka)|lekarz|lekarka|nauczyciel(?:ka)?|grafik|konsultantka|mened[żz]er(?:ka)?|' +
  'ontwikkelaar|medewerker|caissière|caissi[eè]re|vakkenvuller|adviseur|beheerder|stagiair|projectleider|teamleider|verpleegkundige|docent|leraar|lerares|' +
  'разработчик|разработчица|лаборант(?:ка)?|оператор|сборщи(?:к|ца)|программист(?:ка)?|инженер|аналитик|руководитель|директор|менеджер|архитектор|тестировщи(?:к|ца)|стаж[её]р(?:ка)?|специалист|тимлид|техлид|дизайнер|администратор|консультант|пентестер|бухгалтер|врач|преподаватель|учитель|юрист|исследователь|ассистент|координатор|заместитель|начальни(?:к|ца)|мастер|прораб|сметчи(?:к|ца)|техник|конструктор|производитель работ|переводчи(?:к|ца)|редактор|корректор|логист|диспетчер|экспедитор|брокер|фотограф|журналист|художни(?:к|ца)|иллюстратор|илюстратор(?:ка)?|преводач(?:ка)?|учител(?:ка)?|' +
  // (Pharmacists, drivers, cooks, electricians and welders, in Ukrainian and Russian.)
  'провізор(?:ка)?|провизор|фармацевт(?:ка)?|водій|водитель|кухар|повар|електрик|электрик|зварник|сварщик|' +
  // (Ukrainian, masculine and feminine: "Frontend-розробниця", "Стажерка з веброзробки".)
  'розробни(?:к|ця)|програміст(?:ка)?|інженер(?:ка)?|аналітик(?:иня)?|керівни(?:к|ця)|директор(?:ка)?|менеджер(?:ка)?|архітектор(?:ка)?|тестувальни(?:к|ця)|стажер(?:ка)?|фахів(?:ець|чиня)|дизайнер(?:ка)?|адміністратор(?:ка)?|консультант(?:ка)?|викладач(?:ка)?|перекладач(?:ка)?|начальни(?:к|ця)|логіст(?:ка)?|диспетчер(?:ка)?|експедитор(?:ка)?|брокер(?:ка)?|оператор(?:ка)?|асистент(?:ка)?|координатор(?:ка)?|спеціаліст(?:ка)?|бухгалтер(?:ка)?|лікар(?:ка)?|вчитель(?:ка)?|юрист(?:ка)?|медсестра|' +
  // (And a research institute's posts: "Провідна наукова співробітниця", "Заступниця директора", "Доцентка кафедри".)
  'сотрудни(?:к|ца)|заместитель|заведующ(?:ий|ая)|исследовател(?:ь|ьница)|эксперт|стипендиат(?:ка)?|техник|' +
  'заступни(?:к|ця)|професор(?:ка)?|доцент(?:ка)?|експерт(?:ка)?|завідувач(?:ка)?|співробітни(?:к|ця)|дослідни(?:к|ця)|стипендіат(?:ка)?|техні(?:к|киня)|редактор(?:ка)?|' +
  // (Arabic, masculine and feminine, the shadda written or not: "مهندسة بيانات", "مطوّرة رئيسية".)
  '(?:مهندس|مطو\u0651?ر|مدير|محلل|مصمم|مستشار|متدرب|مرشد|رئيس|أخصائي|مبرمج|باحث|معلم|محاسب|مساعد|منسق|مشرف|ممرض|طبيب|أستاذ|موظف|صيدلاني|مدرس|طاه|فني|مترجم|محام|سائق|كهربائي)ة?|صيدلي|' +
  // (Persian: "سرپرست حسابداری", "کارآموز", "برنامه‌نویس", the zero-width non-joiner written or not.)
  'حسابدار|حسابرس|سرپرست|کارآموز|کارشناس|برنامه\u200c?نویس|توسعه\u200c?دهنده|تحلیلگر|طراح|مشاور|مدیر|مهندس|' +
  // (And Persian's lawyers, nurses, physicians, translators, instructors, cooks, technicians and drivers.)
  'وکیل|پرستار|پزشک|مترجم|مدرس|آشپز|تکنسین|راننده|' +
  // (Hindi: "सॉफ्टवेयर इंजीनियर", "डेटा विश्लेषक".)
  'इंजीनियर|अभियंता|डेवलपर|विश्लेषक|प्रबंधक|सलाहकार|प्रोग्रामर|डिज़ाइनर|डिजाइनर|शोधकर्ता|प्रशिक्षु|अधिकारी|संस्थापक|साझेदार|संकाय|नियंत्रक|उपाध्यक्ष|अध्यक्ष|निदेशक|मैनेजर|सहायक|असिस्टेंट|लेखाकार|अकाउंटेंट|शिक्षक|शिक्षिका|अध्यापक|अध्यापिका|प्राध्यापक|नर्स|परिचारिका|रसोइया|शेफ़?|' +
  // (Hebrew, masculine and feminine: "מנהלת מוצר", "מפתח תוכנה", "רוקחת קלינית"; an internship, "סטאז׳ ברוקחות"; the trades, "שף פרטי",
  // "סו-שף", "טבח", "חשמלאי"; the newsroom's, "עורכת דסק הצפון", "כתבת כלכלה", "דוברת", "תחקירנית".)
  'עורך|עורכת|כתב|כתבת|עיתונאי|עיתונאית|דובר|דוברת|מפיק|מפיקת|תחקירן|תחקירנית|צלם|צלמת|מגיש|מגישה|שף|טבח|טבחית|קונדיטור|קונדיטורית|אופה|נהג|נהגת|חשמלאי|חשמלאית|רתך|מזכיר|מזכירה|פיזיותרפיסט|פיזיותרפיסטית|גננת|מדריך|מדריכה|מלצר|מלצרית|קופאי|קופאית|מחסנאי|מחסנאית|נציג|נציגת|מנהל|מנהלת|מבקר|מבקרת|שותף|שותפה|מרצה|מנכ"ל|מנכ״ל|סמנכ"ל|סמנכ״ל|רוקח|רוקחת|סטאז[׳\']|עורך דין|עורכת דין|רואה חשבון|רואת חשבון|טכנאי|טכנאית|מתאם|מתאמת|אדריכל|אדריכלית|מתרגם|מתרגמת|מפתח|מפתחת|מהנדס|מהנדסת|אנליסט|אנליסטית|מעצב|מעצבת|יועץ|יועצת|מתכנת|מתכנתת|חוקר|חוקרת|קצין|קצינת|ראש צוות|מורה|רופא|רופאה|אחות|מתמחה';
// And in Turkish, Vietnamese, Indonesian, Greek, Romanian, Czech and Slovak, Swedish, Danish and Norwegian, Finnish and Hungarian.
const MORE =
  // (And the Turkish trades and professions: "Kurucu Fizyoterapist", "Aşçı", "Muhasebeci", "Satış Temsilcisi".)
  'fizyoterapist(?:i)?|diyetisyen(?:i)?|psikolog(?:u)?|eczacı(?:sı)?|aşçı(?:sı)?|garson(?:u)?|şoför(?:ü)?|muhasebeci(?:si)?|avukat(?:ı)?|temsilci(?:si)?|elektrikçi(?:si)?|kurucu(?: ortak)?|sekreter(?:i)?|çevirmen(?:i)?|tercüman(?:ı)?|hekim(?:i)?|veteriner|operatör(?:ü)?|kaynakçı(?:sı)?|tesisatçı(?:sı)?|marangoz(?:u)?|kasiyer(?:i)?|sorumlu(?:su)?|şef(?:i)?|asistan(?:ı)?|koordinatör(?:ü)?|denetçi(?:si)?|editör(?:ü)?|' +
  'mühendis(?:i)?|geliştirici(?:si)?|uzman(?:ı)?|yönetici(?:si)?|müdür(?:ü)?|analist(?:i)?|danışman(?:ı)?|mimar(?:ı)?|tasarımcı(?:sı)?|stajyer(?:i)?|lider(?:i)?|' +
  // (Vietnamese, Indonesian, Greek and Romanian.)
  'kỹ sư|lập trình viên|kế toán(?: trưởng| tổng hợp| viên)?|kiểm toán viên|trưởng nhóm|trưởng phòng|chuyên viên|chuyên gia|nhân viên|giám đốc|thực tập sinh|quản lý|nhà phát triển|kiểm thử viên|nhà thiết kế|' +
  'pengembang|insinyur|ahli (?:muda|madya|utama)|manajer|analis|konsultan|magang|perancang|desainer|pemrogram|kepala (?:bagian|divisi|tim|proyek)|' +
  // (Malay, and the Indonesian words the list lacked: "Penganalisis Data Kanan", "Jururawat Terlatih", "Akuntan Senior".)
  'penganalisis|jurutera|pengurus|pembangun perisian|pereka|juruteknik|jururawat|pensyarah|akauntan|akuntan|eksekutif|pegawai|pelatih(?: siswazah| industri)?|penolong|pengarah|perunding|direktur|teknisi|koki|juru masak|tukang masak|' +
  // (And Greek accountants, heads of a department and trainees: "Λογίστρια", "Προϊσταμένη Λογιστηρίου", "Πρακτική Άσκηση".)
  'λογιστής|λογίστρια|προϊστάμενος|προϊσταμένη|πρακτική άσκηση|οικονομολόγος|νοσηλευτής|νοσηλεύτρια|' +
  'προγραμματιστής|προγραμματίστρια|μηχανικός|αναλυτής|αναλύτρια|διευθυντής|διευθύντρια|σύμβουλος|υπεύθυνος|υπεύθυνη|καθηγητής|καθηγήτρια|ερευνητής|ερευνήτρια|επικεφαλής|ασκούμενος|ασκούμενη|σχεδιαστής|σχεδιάστρια|τεχνικός|υπάλληλος|βοηθός|επόπτης|επόπτρια|μπάρμαν|σερβιτόρος|σερβιτόρα|ρεσεψιονίστ|οδηγός|πωλητής|πωλήτρια|γραμματέας|' +
  'dezvoltator|inginer|programator|analist|stagiar|proiectant|tehnician|' +
  // (Romanian's logistics and trades: "Coordonator logistică", "Șef depozit", "Dispecer transport", "Gestionar depozit".)
  'coordonator|coordonatoare|șef|şef|șefă|supervizor|supervizoare|dispecer|planificator|planificatoare|gestionar|gestionară|stivuitorist|curier|lucrător|lucrătoare|responsabil|responsabilă|asistent|asistentă|contabil|contabilă|vânzător|vânzătoare|' +
  // (Serbian and Bulgarian Cyrillic, Norwegian and Danish, Indonesian and Tamil ones the lists lacked.)
  'програмер|програмерка|инжењер|инжењерка|програмист|програмистка|инженер|асистент|асистентка|развојни инжењер|софтуерен инженер|' +
  'rådgiver|rådgjevar|lærer|lærerinne|adjunkt|utvikler|arkitekt|dosen|arsitek|பொறியாளர்|மேம்பாட்டாளர்|ஆசிரியர்|' +
  // (And the teaching, nursing and caring trades, assistants and heads, in more of those languages.)
  'ארכיטקט(?:ית)?|סטודנט(?:ית)?|אחות|מורה|רופא(?:ה)?|वैज्ञानिक|नर्स|शिक्षक|शिक्षिका|डॉक्टर|phó phòng|y tá|giáo viên|trợ giảng|trợ lý|bác sĩ|staf|asisten|ketua tim|pemimpin|perawat|guru|dokter|teknisyen|öğretim görevlisi|araştırma görevlisi|araştırmacı|öğretim üyesi|hemşire(?:si)?|öğretmen(?:i)?|asistent(?:ka)?|lektor(?:ka)?|koordynator(?:ka)?|apotheker(?:in)?|pharmazeut(?:in)?|koch|köchin|professoressa|infermier[ea]|professeure|pharmacien(?:ne)?|apotekare|zdravotní sestra|učitel(?:ka)?|медсестра|лікар|викладач(?:ка)?|' +
  // (The building trades and the flight deck in French, Spanish, Portuguese, Italian, German, Dutch and Russian: "Maître plombier",
  // "Contremaître", "Fontanero", "Pedreiro", "Klempnerin", "Loodgieter", "Сантехник", "Pilote de ligne"; not those that are
  // surnames too, Charpentier, Couvreur, Carpintero, Maurer, Klempner, Zimmermann, Timmerman, Muratore.)
  'plombi(?:er|ère)|charpentière|carreleu(?:r|se)|contrema[îi]tre(?:sse)?|chef de chantier|conducteu(?:r|rice) de travaux|pilote|copilote|' +
  'fontaner[oa]|alba[ñn]il|carpintera|pedreir[oa]|encanador(?:a)?|carpinteir[oa]|eletricista|electricista|idraulic[oa]|elettricista|pilot[oa]|' +
  'klempnerin|installateur(?:in)?|dachdecker(?:in)?|maurerin|loodgieter|elektricien|' +
  'сантехник|плотник|каменщик|электромонтажник|пилот|' +
  // (And the Nordic dining room and flight deck: "Hovmester", "Kelner", "Lentäjä".)
  'hovmester|kelner|lentäjä|' +
  // (More trades, and the feminine forms, in Spanish, Portuguese and Italian.)
  'cociner[oa]|abogad[oa]|redactor(?:a)?|traductor(?:a)?|periodista|farmac[ée]utic[oa]|maestr[oa]|fisioterapeuta|presidenta|fundador(?:a)?|pasante|practicante|dependient[ea]|camarer[oa]|azafata|vendedor(?:a)?|cajer[oa]|recepcionista|m[ée]dic[oa]|psic[oó]log[oa]|' +
  'advogad[oa]|jornalista|tradutor(?:a)?|cozinheir[oa]|farmac[êe]utic[oa]|atendente|' +
  'capo (?:progetto|reparto|team|squadra)|avvocat[oa]|giornalista|supplente|tirocinio|tradutt(?:ore|rice)|cuoc[oa]|farmacista|fondat(?:ore|rice)|tirocinante|commess[oa]|camerier[ea]|' +
  'vývojář(?:ka)?|programátor(?:ka)?|inženýr(?:ka)?|analytik|analytička|architektka|testerka|správce|správkyně|konzultant(?:ka)?|vedoucí|manažer(?:ka)?|specialista|technik|vývojár|inžinier|zámečník|zámečnice|zámočník|soustružník|soustružnice|sústružník|frézař(?:ka)?|údržbář(?:ka)?|operátor(?:ka)?|svářeč(?:ka)?|zvárač(?:ka)?|elektrikář|skladník|skladnice|řidič(?:ka)?|manipulant(?:ka)?|' +
  // (Czech and Slovak offices, kitchens, wards and sites: "Hlavní účetní", "Kuchařka", "Lékařka", "Stavbyvedoucí".)
  'účetní|účtovník|účtovníčka|ekonom(?:ka)?|ekonóm(?:ka)?|kuchař(?:ka)?|kuchár(?:ka)?|lékař(?:ka)?|lekár(?:ka)?|ředitel(?:ka)?|riaditeľ(?:ka)?|prodavač(?:ka)?|predavač(?:ka)?|číšník|číšnice|čašník|servírka|recepční|recepčná|sekretářka|sekretárka|překladatel(?:ka)?|prekladateľ(?:ka)?|tlumočník|tlumočnice|právník|právnička|advokát(?:ka)?|lékárník|lékárnice|ošetřovatel(?:ka)?|pečovatel(?:ka)?|vychovatel(?:ka)?|projektant(?:ka)?|stavbyvedoucí|stavbyvedúci|montér(?:ka)?|instalatér|zedník|tesař|murár|tesár|' +
  'utvecklare|ingenjör|konsult|forskare|forsker|postdoktor|utredare|handläggare|läkare|lärare|utvikler|udvikler|ingeniør|konsulent|sykepleier|sygeplejerske|leder|sjef|vikar|' +
  // (The Nordic trades: sites, kitchens, shops, wards, schools and lorries: "Snickare", "Tømrer", "Kock", "Barnmorska", "Rektor".)
  'snickare|snekker|snedker|tømrer|automatiker|\\p{L}*installatør|\\p{L}*installatör|\\p{L}*lærling|\\p{L}*lärling|\\p{L}*lærlinge|målare|svetsare|sveiser|svejser|rörmokare|rørlegger|vvs-montör|montör|säljare|selger|sælger|kock|kokk|servitör|servitris|servitør|tjener|bagare|frisör|frisør|barnmorska|jordemor|jordmor|rektor|kurator|tolk|översättare|oversetter|oversætter|receptarie|veterinär|veterinær|fysioterapeut|arbetsterapeut|ergoterapeut|barnskötare|vårdbiträde|chaufför|sjåfør|chauffør|pædagog|pedagog|koordinator|testare|' +
  // (Kazakh, Kyrgyz, Uzbek, Azerbaijani, Georgian, Armenian and Mongolian.)
  // (And Kazakh kitchens, halls and offices: "Бас аспаз", "Ет цехының аспазы", "Аспаздың көмекшісі", "Даяшы", "Өндірістік практикадан өтуші".)
  'аспаз|аспазы|аспаздың көмекшісі|даяшы|кондитер|су-шеф|шеф-аспаз|бухгалтер|мұғалім|дәрігер|медбике|жүргізуші|сатушы|хатшы|аудармашы|кеңесші|меңгеруші|практикадан өтуші|әзірлеуші|бағдарламашы|талдаушы|тағылымдамашы|басшы|маман|иштеп чыгуучу|dasturchi(?:si)?|muhandis(?:i)?|tahlilchi|menejer|rahbar|mutaxassis|stajyor|proqramçı(?:sı)?|mühəndis(?:i)?|tərtibatçı(?:sı)?|menecer|rəhbər|mütəxəssis|დეველოპერი|პროგრამისტი|ინჟინერი|ანალიტიკოსი|მენეჯერი|ծրագրավորող|ինժեներ|մշակող|վերլուծաբան|хөгжүүлэгч|програмист|менежер|' +
  // (Swahili, Filipino, Bengali, Urdu, Telugu, Marathi and Amharic; Vietnamese and Indonesian scientists.)
  'mhandisi|msanidi|meneja|mchambuzi|mhasibu|mwalimu|muuguzi|mkurugenzi|mtaalamu|msimamizi|mshauri|mwanasayansi|mbunifu|mkufunzi|afisa|mtafiti|' +
  'inhinyero|tagapamahala|tagapayo|tagapangasiwa|tagapag-ugnay|tagasuri|guro|nars|' +
  'প্রকৌশলী|ইঞ্জিনিয়ার|বিশ্লেষক|ব্যবস্থাপক|ডেভেলপার|পরামর্শক|শিক্ষক|গবেষক|প্রোগ্রামার|ডিজাইনার|ম্যানেজার|বিজ্ঞানী|পরিচালক|ইন্টার্ন|প্ল্যানার|অ্যানালিস্ট|নার্স|চিকিৎসক|হিসাবরক্ষক|মার্চেন্ডাইজার|অফিসার|এক্সিকিউটিভ|সুপারভাইজার|' +
  'انجینئر|ڈویلپر|مینیجر|تجزیہ کار|ڈیزائنر|پروگرامر|مشیر|استاد|محقق|انٹرن|سربراہ|' +
  'ఇంజనీర్|డెవలపర్|మేనేజర్|విశ్లేషకుడు|డిజైనర్|ప్రోగ్రామర్|विकसक|व्यवस्थापक|መሐንዲስ|ገንቢ|ሥራ አስኪያጅ|ተንታኝ|አማካሪ|መምህር|' +
  'nhà khoa học|ilmuwan|' +
  // (Czech writers in the feminine, as a copywriter's CV writes them.)
  'copywriterka|copywriterin|textař|textařka|koncepterka|konceptérka|konceptér|' +
  // (Sinhala, and Albanian doctors and nurses.)
  'ඉංජිනේරු|සංවර්ධක|කළමනාකරු|විශ්ලේෂක|නිර්මාණකරු|ගුරු|ගුරුවරිය|හෙදිය|ගණකාධිකාරී|උපදේශක|පර්යේෂක|අභ්\u200dයාසලාභී|mjek|mjeke|infermier|infermiere|' +
  // (Lithuanian, Latvian and Estonian jobs and trades; Slavic surveyors, paramedics, speech therapists and curators; drafters.)
  'elektrikas|montuotojas|montuotoja|remontininkas|suvirintojas|vairuotojas|vairuotoja|slaugytojas|slaugytoja|mokytojas|mokytoja|buhalteris|buhalterė|inžinierius|inžinierė|programuotojas|programuotoja|vadovas|vadovė|technikas|virėjas|virėja|kepėjas|kepėja|meistras|operatorius|praktikantas|praktikantė|konsultantas|konsultantė|direktorius|direktorė|analitikas|analitikė|' +
  'elektriķis|inženieris|inženiere|programmētājs|programmētāja|vadītājs|vadītāja|skolotājs|skolotāja|grāmatvedis|grāmatvede|medmāsa|šoferis|pavārs|pavāre|' +
  'elektrik|insener|arendaja|õde|õpetaja|raamatupidaja|pagar|autojuht|müüja|keevitaja|projektijuht|' +
  'geodet|geodetka|zeměměřič(?:ka)?|záchranár(?:ka)?|záchranář(?:ka)?|logoped(?:ka)?|kurátor(?:ka)?|kuratorka|kurator|фельдшер|фельдшерка|парамедик|логопед|куратор|геодезист|ч[её]ртёжни(?:к|ца)|чертежни(?:к|ца)|кресляр(?:ка)?|draftsman|draftswoman|draughtsman|draughtswoman|drafter|dessinat(?:eur|rice)|delineante|disegnat(?:ore|rice)|projetista|desenhista|' +
  'jurista|' +
  'kehittäjä|insinööri|asiantuntija|konsultti|harjoittelija|myyjä|päällikkö|johtaja|suunnittelija|analyytikko|opettaja|sairaanhoitaja|kirjanpitäjä|tutkija|assistentti|koordinaattori|fejlesztő|mérnök|tanácsadó|elemző|igazgató|vezető|menedzser|asszisztens|ügyintéző|gyakornok|szakértő|specialista|toborzó|könyvelő|ápoló|helyettes|tervező|ellenőr|könyvelő|ápoló|ápolónő|tanár|tanárnő|szakács|sofőr|szerelő|villanyszerelő|hegesztő|technikus|eladó|munkatárs|referens|titkár|titkárnő|pincér|orvos|gyógyszerész|óvónő|pedagógus|kutató';
// A German, Dutch, Nordic, Finnish or Hungarian compound ends on its job noun ("Hitsauskoordinaattori", "Laivanrakennushitsaaja") ("Softwareentwickler", "Lösningsarkitekt", "Systemförvaltare";
// the trades' "Steuerfachangestellte", "Kfz-Mechatroniker"; a science's, "Hydrologin", "Hydroloog", and Dutch research's,
// "Gastonderzoeker"; not "-meister", which ends surnames too).
const COMPOUND_END = '(?:(?<=\\p{L}{3})|(?<![\\p{L}]))(?:bibliotekar(?:ie)?|fotograf(?:in)?|journalist(?:in)?|onderzoeker|ontwerper|assistente?|ologe|ologin|oloog|[oó]log[oa]|ologue|sommelier|kelner|hovmester|lentäjä|angestellte[rn]?|buchhalter(?:in)?|verk[äa]ufer(?:in)?|fahrer(?:in)?|arbeiter(?:in)?|sekret[äa]r(?:in)?|pr[üu]fer(?:in)?|redakteur(?:in)?|designer(?:in)?|zeichner(?:in)?|p[äa]dagog(?:e|in)|köchin|mechaniker(?:in)?|mechatroniker(?:in)?|elektroniker(?:in)?|monteur(?:in)?|fachkraft|pfleger(?:in)?|helfer(?:in)?|sanit[äa]ter(?:in)?|feuerwehr(?:mann|frau)|sygeplejerske|sykepleier|hebamme|(?<!\\p{L}\\s)(?:veterinari[ao]|veterinári[ao]|vétérinaire)|médic[ao] veterinári[ao]|médecin vétérinaire|tømrer|murer|snedker|mester|svend|konstruktør|formand|medhjælper|medhjelper|[äa]rzt(?:in)?|praktikant(?:in)?|apotheker(?:in)?|pharmazeut(?:in)?|kauffrau|kaufmann|assistent(?:in)?|erzieher(?:in)?|lehrer(?:in)?|therapeut(?:in)?|entwickler(?:in)?|ingenieur(?:in)?|professor(?:in)?|postdoktorand(?:in)?|dozent(?:in)?|wissenschaftler(?:in)?|assegnista|berater(?:in)?|leiter(?:in)?|planer(?:in)?|bearbeiter(?:in)?|architekt(?:in)?|manager(?:in)?|administrator(?:in)?|techniker(?:in)?|informatiker(?:in)?|programmierer(?:in)?|spezialist(?:in)?|ontwikkelaar|beheerder|adviseur|utvecklare|leder|arkitekt|ingenjör|konsult|förvaltare|ledare|tekniker|analytiker|samordnare|handläggare|programmerare|sköterska|skötare|arbetare|arbeider|arbejder|medarbetare|medarbeider|medarbejder|säljare|förare|fører|chaufför|sjåfør|chauffør|montör|operatör|pedagog|pædagog|terapeut|läkare|læge|sekreterare|vårdare|biträde|snickare|chef|sjef|lärare|lærer|utvikler|udvikler|rådgiver|kehittäjä|harjoittelija|suunnittelija|päällikkö|asiantuntija|koordinaattori|hitsaaja|asentaja|kuljettaja|hoitaja|opettaja|insinööri|johtaja|myyjä|sihteeri|teknikko|mekaanikko|avustaja|neuvoja|tutkija|analyytikko|työntekijä|fejlesztő|mérnök|igazgató|vezető|menedzser|asszisztens|gyakornok)(?![\\p{L}]|-\\p{Lu})';
// Titles in Chinese and Japanese, written without spaces: the noun closes the title ("高级后端开发工程师").
// (Traditional Chinese writes its own characters for them: "資深財務分析師", "審計員", "會計實習生".)
// (And Thai, written without spaces too: "วิศวกรซอฟต์แวร์", "นักพัฒนา…"; Chinese names a developer by what they build: "前端开发".)
const CJK = '助教|助手|技術員|技术员|主厨|厨师|西点师|面包师|甜点师|主廚|廚師|護理師|老师|老師|教授|料理長|調理師|スタッフ|コーディネーター|アシスタント|オペレーター|ドライバー|ガイド|職員|코디네이터|어시스턴트|フォトグラファー|カメラマン|ジャーナリスト|ライター|エディター|プロデューサー|アーティスト|ミュージシャン|シェフ|パティシエ|セラピスト|トレーナー|コーチ|ナース|陶芸家|写真家|イラストレーター|通訳|翻訳者|도예가|사진작가|일러스트레이터|통역사|번역가|インターン|ครู|แพทย์|教師|วิศวกร|นักพัฒนา|นักวิเคราะห์|นักออกแบบ|นักวิจัย|โปรแกรมเมอร์|ผู้จัดการ|ผู้อำนวยการ|หัวหน้า|ที่ปรึกษา|(?<!โรง)พยาบาล|นักศึกษาฝึกงาน|นักบัญชี|(?:前端|后端|後端|全栈|全端|移动端|客户端|服务端|Java|Go|Python|PHP|iOS|Android|C\\+\\+|大数据|数据)开发|工程师|架构师|设计师|分析师|开发者|程序员|经理|总监|主管|实习生|药师|护士|医生|医师|教师|讲师|会计|律师|研究员|顾问|专员|助理|薬剤師|看護師|係長|主査|室長|次長|店長|所長|設計担当|営業担当|開発担当|(?:アプリ|Web|ウェブ|バックエンド|フロントエンド|サーバーサイド|iOS|Android)開発|担当者|(?:建築|税理|弁護|会計|司法書|行政書|社会保険労務|保育|栄養|理学療法|作業療法|介護福祉|弁理)士|建築家|技師|技师|教諭|記者|編集者|翻訳者|通訳者|建筑师|建築師|會計師|记者|编辑|翻译|医師|講師|간호사|약사|의사|교사|변호사|회계사|エンジニア|デザイナー|マネージャー|プログラマー?|研究員|經理|工程師|設計師|獣医師|研修医|科長|レジデント|分析師|審計員|審計師|實習生|架構師|專員|總監|軟體|開発者|リード|リーダー|ディレクター|アーキテクト|コンサルタント|アナリスト|スペシャリスト|顧問|部長|課長|主任|技術者|責任者|엔지니어|개발자|연구원|조교|교수|강사|매니저|디자이너|팀장|인턴|기술자|분석가|기획자|컨설턴트|아키텍트|전문가|수석|선임|책임';

// Korean ranks and trades, not inside a longer word ("대리점" is a dealership, "그리드" a grid): "팀 리드 (과장)", "시니어 상담사", advisers, research students and conscripted staff ("기술 고문", "학부 연구생", "산업기능요원"); the arts' and games' trades ("컨셉 아티스트", "배경 원화가", "웹 퍼블리셔").
const KOREAN = '(?<![가-힣])리드(?![가-힣])|(?:파트장|실장|본부장|부장|차장|과장|대리|주임|사원|상담사|상담원|마케터|조리사|요리사|세무사|노무사|고문|연구생|요원|기자|편집자|프로그래머|치료사|영양사|셰프|파티시에|바리스타|건축가|아티스트|원화가|애니메이터|모델러|디렉터|프로듀서|에디터|퍼블리셔)(?![가-힣])';

// (TITLE_WORDS bounds its words by \b, which takes an accented letter for none: "Interní oddělení", a ward, names no intern.)
const ENGLISH = `(?<![\\p{L}\\d_])${TITLE_WORDS.source.replace(/^\\b|\\b$/g, '')}(?![\\p{L}\\d_])`;
// In two halves, not one alternation: V8 leaves a regular expression of more than 20 KB of source unoptimised ("too large to
// optimize"), which made a test of the whole vocabulary some fifty times slower, and extraction three times.
export const ROLE_WORD_PARTS = [`${ENGLISH}|(?<![\\p{L}])(?:${FOREIGN})(?![\\p{L}])`, `(?<![\\p{L}])(?:${MORE})(?![\\p{L}])|${COMPOUND_END}|${CJK}|${KOREAN}`].map((source) => new RegExp(source, 'iu'));
/** A job's word in any of the vocabulary's languages ("Software Engineer", "Entwicklerin", "看護師"). */
export const ROLE_WORDS = { test: (text: string): boolean => ROLE_WORD_PARTS.some((words) => words.test(text)) };
