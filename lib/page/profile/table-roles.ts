/**
 * Jobs a page lays out by label rather than by line: a job history table's columns (an HR system, a
 * Notion database, a faculty page) and records of labelled fields (a job board's CV).
 */
import type { Experience } from '../../shared/profile';
import { UNIT, dateLineRanges, loneDate, parseRoleHeader, spanOf, townOfWorkLine } from './entries';
import { isPlace, placeAlone } from './places';
import { monthFirstColumn } from './dates';
import type { Block } from './text-model';
import { ROLE_WORDS } from './role-words';
import { PERIOD_HEAD, headText, readTable, recordsOf, rowTexts, tablesOf } from './tables';

// Column heads of a job history table, in the languages CVs are read in (and the Europass CV's field labels).
const TITLE = /^(?:o quê|o que|qué|quoi|what|was|cosa|պաշտոն|የሥራ መደብ|የሥራ ድርሻ|categoría profesional|enquadramento funcional|cheo|nafasi|posisyon|পদ|பதவி|عہدہ|(?:job )?title|occupation or position held|lavoro o posizione ricoperti|tipo di impiego|profession ou poste occupé|beruf oder funktion|empleo o cargo desempeñado|profesión o cargo desempeñado|fonction ou poste occupé|empleo o cargo ocupado|função ou cargo ocupado|role|position|post|appointment|job|rank|designation|poste|fonction|intitulé(?: du poste)?|puesto|cargo|función|ruolo|posizione|mansione|funktion|stelle|tätigkeit|berufsbezeichnung|stanowisko|functie|pozisyon|unvan|görev|jabatan|chức vụ|chức danh|vị trí|vị trí công việc|posisi|pozice|funkce|befattning|roll|titel|stilling|tehtävä|tehtävänimike|nimike|ammattinimike|beosztás|funcție|직위|직책|직급|부서 ?\/ ?직급|부서 및 직급|직급 ?\/ ?직책|직무|담당업무|役職|職種|職位|должность|职位|职务|職稱|职称|職務|المسمى الوظيفي|الوظيفة|المنصب|ametikoht|amet|amats|pareigos|pozíció|munkakör|θέση|радно место|radno mjesto|длъжност|посада)$/;
// (A filmography's production company is the crew member's employer on that production.)
const COMPANY = /^(?:հաստատություն|կազմակերպություն|ادارہ|مُلازمت کی جگہ|መሥሪያ ቤት|መስሪያ ቤት|ድርጅት|አሰሪ|entidad empleadora|φορέας|εργοδότης|kampuni|mwajiri|kumpanya|কোম্পানি|নিয়োগকর্তা|நிறுவனம்|کمپنی|(?:company|employer|organi[sz]ation)(?: name)?|name and address of (?:the )?employer|nome e indirizzo del datore di lavoro|nom et adresse de l['’]employeur|name und adresse des arbeitgebers|nombre y dirección (?:de la empresa o )?(?:del )?empleador|nome e morada do empregador|nome e endereço do empregador|institution|institución|instituição|istituzione|établissement|einrichtung|entidad|entidade|organismo|centro de trabajo|centro|struttura|struttura sanitaria|ente|facility|workplace|place of work|arbeitsstelle|dienststelle|hospital|ospedale|hôpital|krankenhaus|klinik|clinic|firm|entreprise|agence|cabinet|agency|firm|practice|büro|agentur|agencia|agência|studio|production|production company|produktion|produktionsfirma|producción|productora|produção|produtora|produzione|casa di produzione|employeur|société|empresa|empleador|azienda|datore di lavoro|arbeitgeber|unternehmen|firma|pracodawca|instytucja|werkgever|şirket|kurum|işyeri|firma adı|şirket adı|kurum adı|zaměstnavatel|společnost|pracoviště|zamestnávateľ|pracovisko|arbetsgivare|företag|arbejdsgiver|arbeidsgiver|työnantaja|munkáltató|angajator|회사|회사명|기관|기관명|직장|근무처|会社|会社名|勤務先|компания|организация|работодатель|компанія|організація|підприємство|фірма|предприятие|місце роботи|место работы|підрозділ|подразделение|tööandja|ettevõte|darba devējs|darbdavys|munkahely|munkáltató cég|εργοδότης|εταιρεία|poslodavac|работодател|роботодавець|公司|单位|公司名称|服務單位|任職公司|الشركة|جهة العمل|صاحب العمل|شرکت|کارفرما|חברה|מעסיק|công ty|perusahaan|tempat kerja|บริษัท)$/;
const START = /^(?:alkoi|alkupäivä|kuanzia|tangu|mula|mulai|tanggal mulai|শুরু|தொடக்கம்|آغاز|από|algus|sākums|pradžia|kezdés|kezdete|έναρξη|početak|начало работы|початок|start|start date|from|from date|since|begin|signed on|sign on|sign-on|joined|date joined|début|date de début|desde|inicio|fecha de inicio|início|data de início|dal|inizio|data inizio|von|beginn|seit|od|van|fra|başlangıç|från|alkaen|입사|입사일|시작|начало|开始|开始时间|開始|開始年月|開始日|入社|入社年月|入社日|من)$/;
const END = /^(?:päättyi|päättyen|loppupäivä|hadi|mpaka|hanggang|selesai|sampai|hingga|tanggal selesai|tamat|শেষ|முடிவு|اختتام|έως|μέχρι|lõpp|beigas|pabaiga|befejezés|vége|λήξη|kraj|край|кінець|end|end date|to|to date|until|signed off|sign off|sign-off|left|date left|fin|date de fin|hasta|fecha de fin|fim|até|data de fim|al|fine|data fine|bis|ende|do|tot|til|bitiş|till|asti|퇴사|퇴사일|종료|окончание|结束|结束时间|終了|終了年月|終了日|退社|退社年月|退社日|إلى)$/;
// "Arbeitgeber, Ort", "Company / City", "Empresa y ciudad": the employer's head, then where.
// A company column that names the unit within the employer: the department, the chair.
const UNIT_HEAD = /^(?:department|unit|division|abteilung|bereich|lehrstuhl|service|dipartimento|departamento|département|подразделение|підрозділ|отдел|відділ|кафедра|dział|katedra|jednostka|oddělení)$/;
// The unit a soldier served in, which stands for the employer where no column names one (a department does not: the
// employer is the page's).
const SERVED_IN = /^(?:unit|einheit|unité|unidad|unidade|unità|jednostka)$/;
// A grade held, which a column of the post held beside it leaves out of the title.
const GRADE = /^(?:rank|grade|dienstgrad|grado|звание|階級|직급)$/;
const EMPLOYER_AND_PLACE = /^(.+?)(?:\s*[,/&+]\s*|\s+(?:and|und|et|y|e|i)\s+)(.+)$/;
const employerAndPlace = (h: string) => {
  const m = EMPLOYER_AND_PLACE.exec(h);
  return m !== null && COMPANY.test(m[1]!) && PLACE.test(m[2]!);
};
// ("Where" names the employer, and often its town, or the town alone.)
const WHERE = /^(?:where|wo|où|dónde|onde|dove)$/;
// The part of a town or a province a head may name beside the place: "İl / İlçe", "City / District".
const DISTRICT = /^(?:ilçe|district|county|province|region|state|bezirk|kreis|bundesland|département|región|provincia|distrito|estado|regione|województwo|powiat|kraj|okres|megye|județ|quận|huyện|tỉnh|地区|区|県|도|시|구)$/;
// (A province's column too, "Provincia", as Spanish and Italian job boards head where.)
const PLACE = /^(?:provincia|província|province|ቦታ|ciudad entidad empleadora|standplaats|locatie|werklocatie|einsatzort|dienstort|localisation|τόπος|mahali|mji|lokasyon|lungsod|অবস্থান|শহর|இடம்|நகரம்|مقام|شہر|πόλη|asukoht|atrašanās vieta|vieta|helység|helyszín|hely|munkavégzés helye|τοποθεσία|location|city|place|office|lieu|ville|ubicación|ciudad|lugar|localidad|municipio|município|comune|commune|gemeinde|gemeente|localização|cidade|local|localidade|luogo|località|sede|città|ort|standort|miejsce|miejscowo[śs][ćc]|plaats|şehir|yer|konum|il|město|místo|mesto|sted|paikka|stad|ort|paikkakunta|város|oraș|지역|근무지|勤務地|工作地点|arbeitsort|work location|lugar de trabajo|lieu de travail|sede di lavoro|город|місто|地点|城市|الموقع|المدينة|المكان|شهر|מיקום|עיר|địa điểm|thành phố|lokasi|kota|locație|locatie|localitate|lokalizacja|lokalita|sijainti|plats|lokasjon|местоположение|місцезнаходження|所在地|위치|สถานที่|จังหวัด)$/;
// ("Municipio, estado", "City, state": or the place's head and the part of the country it lies in, the column the place whole.)
const PLACE_HEAD = new RegExp(`${PLACE.source.slice(0, -1)}(?:,\\s*${DISTRICT.source.slice(1, -1)})?$`);

// A street and its number, then the postcode and the town, perhaps its country or province in brackets after it.
const ADDRESS_TOWN = /^[^,\d]*\p{L}[^,\d]*\s\d{1,4}\p{L}?,\s*\d{4,5}\s+(\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,3}?)(?:\s*\([^()]+\))*$/u;

/**
 * Jobs written as records of labelled fields, as job boards and HR forms show a CV ("Empresa |
 * Naranjo Digital S.L. | Puesto | Desarrolladora | Fechas | 03/2022 - Actualidad"): the labels are a
 * job history table's column heads.
 */
export function rolesOfRecords(blocks: Block[]): { roles: Experience[]; used: Set<Block> } {
  const roles: Experience[] = [];
  const used = new Set<Block>();
  for (const r of recordsOf(blocks, fieldOf)) {
    const role = rolesOfColumns(r.fields.map(([k]) => k), [r.fields.map(([, v]) => v)], [r.fields.map((_, k) => r.more?.get(k) ?? [])])[0];
    if (!role) continue;
    // ("<h3>Marzo 2019 – oggi</h3>" over "Ruolo" / "Datore di lavoro" / "Sede": a record with no dates of its own, under a heading
    // that is only its dates.)
    const above = blocks[blocks.indexOf(r.blocks[0]!) - 1];
    const headed = role.start === null && role.end === null && above?.heading && above.text.length <= 40 ? dateLineRanges(above.text) : [];
    if (headed.length === 1 && headed[0]!.index <= 1 && headed[0]!.end_ >= above!.text.length - 1) {
      Object.assign(role, spanOf(headed));
      used.add(above!);
    }
    roles.push(role);
    for (const b of r.blocks) used.add(b);
  }
  return { roles, used };
}

const DAY_ALONE = /^\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d$/;

// "Должность и обязанности", "Position and duties": a field's head, then what more its column says.
const JOINED = /^(.+?)\s+(?:and|und|et|y|e|i|и|і|та|ve|og|och|en|a|oraz|és|și|ja|&)\s+.+$/u;
// ("Current job: Yes": a field saying the role is held now, its record's period perhaps only its start.)
const CURRENT = /^(?:current(?:ly)?(?: job| position| role| employer)?|currently (?:working|employed) here|የአሁኑ ሥራ|aktuelle stelle|emploi actuel|empleo actual|trabajo actual|emprego atual)$/;
const YES = /^(?:yes|y|true|✓|✔|ja|oui|sí|si|sim|tak|да|так|evet|ya|ndiyo|oo|opo|はい|예|是|አዎ)$/iu;
const FIELDS: [string, RegExp][] = [['title', TITLE], ['company', COMPANY], ['start', START], ['end', END], ['period', PERIOD_HEAD], ['place', PLACE_HEAD], ['where', WHERE], ['current', CURRENT]];
/** Whether a label names a field of a job's record ("Cargo", "Empresa", "Fecha"). */
export const isRoleField = (label: string): boolean => fieldOf(label) !== null;

/** The field of a job's record a label names ('title', 'company', 'start', 'end', 'period', 'place', 'where'), or null. */
export function fieldOf(label: string): string | null {
  const h = headText(label);
  // ("Sektör / Şehir": or a label of two names, one of them a field's.)
  // ("Должность и обязанности", "Position and duties": or a field's head and what more its column says, the field's name first.)
  const joined = JOINED.exec(h);
  for (const part of / \/ /.test(h) ? [h, ...h.split(/\s+\/\s+/)] : joined ? [h, joined[1]!] : [h]) for (const [name, re] of FIELDS) if (re.test(part)) return name;
  return null;
}

/** Jobs from the blocks' job history tables: a title column beside an employer or a dates column. */
export function rolesOfTables(blocks: Block[]): Experience[] {
  const out: Experience[] = [];
  let heads: string[] | null = null;
  for (const el of tablesOf(blocks)) {
    // (Its heads perhaps only in bold, as a table pasted into a blog post or written in a document editor heads it.)
    const table = readTable(el, { boldHeads: true });
    const roles = table ? rolesOfColumns(table.heads, table.rows, table.more) : [];
    if (table) heads = roles.length ? table.heads : null;
    // ("Voir les 10 postes précédents" over a table with no heads, as wide as the one above: the earlier roles, under its heads.)
    const rows = !table && heads ? rowTexts(el).filter((r) => r.some((c) => c.trim())) : [];
    out.push(...(table ? roles : rows.length && rows.every((r) => r.length === heads!.length) ? rolesOfColumns(heads!, rows) : []));
  }
  return out;
}

/** Jobs from rows of cells under their labels: a title column beside an employer or a dates column. */
function rolesOfColumns(labels: string[], rows: string[][], more: string[][][] = []): Experience[] {
  const heads = labels.map(headText);
  // ("職種・役職", "Role / Title": a head of two names for the column, either one.)
  const col = (re: RegExp | ((h: string) => boolean)) => {
    const test = (h: string) => (typeof re === 'function' ? re(h) : re.test(h));
    return heads.findIndex((h) => test(h) || (/[・/]/.test(h) && h.split(/\s*[・/]\s*/).some(test)) || test(JOINED.exec(h)?.[1] ?? ''));
  };
  // ("Rank | Appointment", "Grade | Position": of a grade's column and the post's, the post is the job.)
  const title = [(h: string) => TITLE.test(h) && !GRADE.test(h), TITLE].map(col).find((k) => k >= 0) ?? -1;
  const [start, end, period, current] = [col(START), col(END), col(PERIOD_HEAD), col(CURRENT)];
  // ("Where" beside an "Organization" column says where the role was; alone, it names the employer, below.)
  const titleSaysMore = title >= 0 && !TITLE.test(heads[title]!) && JOINED.test(heads[title]!);
  const placeCol = col(PLACE_HEAD);
  const place = placeCol >= 0 ? placeCol : col(COMPANY) >= 0 ? col(WHERE) : -1;
  // ("Arbeitgeber, Ort", "Company / City": the employer's column says where too.)
  // ("Position / Arbeitgeber": one column for both, the employer on the line under the title, as without an employer's column.)
  // ("Подразделение | Организация": of a unit's column and the organisation's, the organisation's.)
  const organisationCol = col((h) => COMPANY.test(h) && !UNIT_HEAD.test(h));
  // ("Rank | Appointment | Unit": with no employer's column, the unit served in.)
  const employerCol = (heads.filter((h) => COMPANY.test(h)).length > 1 && organisationCol >= 0 ? organisationCol : [COMPANY, WHERE, employerAndPlace, SERVED_IN].map(col).find((k) => k >= 0)) ?? -1;
  const company = employerCol === title ? -1 : employerCol;
  // ("会社・役職", "Company / Position": one column for both, the employer named first, so on the cell's first line, the title under it.)
  const [firstName, secondName] = title >= 0 ? heads[title]!.split(/\s*[・/]\s*/) : [];
  const employerFirst = company < 0 && secondName !== undefined && COMPANY.test(firstName!) && TITLE.test(secondName);
  const placeAfter = company >= 0 && employerAndPlace(heads[company]!);
  if (title < 0 || (company < 0 && start < 0 && period < 0)) return [];
  const out: Experience[] = [];
  // (Day or month first, as the dates columns' unambiguous ones say: "5/24/2024" in one row, "9/2/2013" in the next.)
  const dateCells = rows.flatMap((row) => [period, start, end].filter((k) => k >= 0).map((k) => (row[k] ?? '').replace(/^[^\p{L}\p{N}]+/u, '').trim() || null));
  const read = monthFirstColumn(dateCells);
  const firstMonths = new Map(dateCells.map((c, i) => [c, read[i]!] as const));
  for (const [r, row] of rows.entries()) {
    // (A row of one cell across the table, under a role's row, describes that role: "Leading a squad of 5 …".)
    if (row.length === 1 && heads.length > 2 && r > 0) {
      const last = out[out.length - 1];
      if (last) last.description = [last.description, row[0]].filter(Boolean).join('\n') || null;
      continue;
    }
    const whole = (k: number) => (k >= 0 ? (row[k] ?? '').replace(/^[^\p{L}\p{N}]+/u, '').trim() || null : null);
    // ("Sektör / Şehir" over "Perakende / İstanbul(Asya)": a head of two names over a value of two parts, each its own;
    // "İl / İlçe" over "Dilovası / Kocaeli", both parts of the place, is the place whole.)
    const cell = (k: number) => {
      const value = whole(k);
      if (k !== place || !value || !/ \/ /.test(heads[k]!)) return value;
      const [names, parts] = [heads[k]!.split(/\s+\/\s+/), value.split(/\s+\/\s+/)];
      if (names.every((n) => PLACE.test(n) || DISTRICT.test(n))) return value;
      return parts.length === names.length ? (parts[names.findIndex((n) => PLACE.test(n))] ?? value) : value;
    };
    // ("Senior Android Engineer · rider app, Compose migration" beside an employer's column: what follows the title's dot describes the work.)
    // (Under a head that says the column holds more than the title, "Pozice a náplň": what follows its dash too, "Statik – návrh …".)
    const name = (company >= 0 ? cell(title)?.replace(titleSaysMore ? /\s+(?:·|[–—-])\s+.*$/u : /\s+·\s+.*$/u, '') : cell(title)) || null;
    if (!name) continue;
    // A record with a start and no end is the role held now.
    const dates = period >= 0 ? (firstMonths.get(cell(period)) ?? '') : cell(start) ? `${firstMonths.get(cell(start))} – ${firstMonths.get(cell(end)) ?? 'present'}` : '';
    // ("Summer 2020", "2018": a year or a season alone dates a role begun and ended then.)
    const held = current >= 0 && YES.test(cell(current) ?? '');
    const lone = held ? null : loneDate(dates);
    // ("01/08/2021" alone in a period column whose other rows run "01/03/2018 → 31/07/2021": the day a role held now began.)
    const began = !lone && period >= 0 && (DAY_ALONE.test(dates) || (held && dateLineRanges(dates).length === 0)) ? dateLineRanges(`${dates} – present`) : [];
    const ranges = lone ? [lone] : began.length ? began : dateLineRanges(dates);
    const { start: from, end: to } = ranges.length ? spanOf(ranges) : { start: null, end: null };
    // Without an employer's column, the line under the title in its cell names the employer (and where):
    // "Leiterin Hardwareentwicklung" over "Vollmer Antriebstechnik GmbH, Nürnberg" in a Zeitraum | Tätigkeit table.
    // ("…, Fakultät Elektrotechnik": a unit after the employer is no part of it, nor where.)
    // (Under a head that names the employer first: "株式会社テラスカイ" over "シニアコンサルタント（東京）", the town in brackets.)
    const jobLine = employerFirst ? more[r]?.[title]?.[0] : undefined;
    if (jobLine && jobLine.length <= 100 && !/[.!?。]$/.test(jobLine)) {
      const town = /^(.+?)\s*[（(]([^（）()]+)[）)]$/u.exec(jobLine);
      const placed = town && isPlace(town[2]!) ? town : null;
      out.push({ title: placed ? placed[1]! : jobLine, company: name, start: from, end: to, location: cell(place) ?? (placed ? placed[2]! : null), description: null });
      continue;
    }
    const under = company < 0 ? more[r]?.[title]?.[0]?.replace(/,\s*([^,]+)$/, (all, after: string) => (UNIT.test(after) ? '' : all)) : undefined;
    const below = under && under.length <= 100 && !/[.!?]$/.test(under) && !ROLE_WORDS.test(under) ? parseRoleHeader([name, under]) : null;
    if (below?.company) {
      out.push({ title: below.title ?? name, company: below.company, start: from, end: to, location: cell(place) ?? below.location, description: null });
      continue;
    }
    // ("Formand, MT Højgaard, Søborg" alone in the title's cell, no employer's column: title, employer and town, as a role's line is read.)
    const oneLine = company < 0 ? parseRoleHeader([name]) : null;
    if (oneLine?.company && oneLine.title) {
      out.push({ title: oneLine.title, company: oneLine.company, start: from, end: to, location: cell(place) ?? oneLine.location, description: null });
      continue;
    }
    // "Norwegian Computing Center, Oslo": the employer's cell may say where, after a comma.
    // ("University of Lothian, School of Biological Sciences": a unit after the employer is no part of it.)
    // (Under "Arbeitgeber, Ort" the place is the cell's last part: "Hochschule Bonn-Rhein-Sieg, Rechenzentrum, Sankt Augustin".)
    const last = placeAfter && cell(company) ? /^(.+),\s*([^,]+)$/.exec(cell(company)!) : null;
    const owned = last ? last[1]! : cell(company);
    const unit = owned ? /^(.+?),\s*(.+)$/.exec(owned) : null;
    const employer = unit && UNIT.test(unit[2]!) ? unit[1]! : owned;
    const read = employer ? parseRoleHeader([name, employer]) : null;
    // (The title's cell as a role header reads it: "Postdoc (mentor: Prof. Okafor)", "Professor (Personal Chair in
    // Machine Learning for Health)" lose a note in brackets; a short qualifier, "(FCT)", stays the title's.)
    const same = read !== null && read.title !== null && read.company !== null && name.startsWith(read.title);
    const note = same ? name.slice(read.title!.length).trim() : '';
    // (So does one in full-width brackets the reading leaves out, a list of what the job was: "翻訳・LQAリード（…の監修、…の確認）".)
    // (Beside a place column, an employer's cell parted by a dash or a comma is the employer's name whole, where its
    // second part is no place: "Tofaş Yetkili Servisi – Özkoç Otomotiv" under "İşyeri", "Bursa" under "Şehir".)
    const keptWhole = same && place >= 0 && cell(place) !== null && read.location !== null && !isPlace(read.location) && employer!.startsWith(read.company!);
    const [job, firm, town] = same ? [note.includes(':') || note.split(' ').length >= 4 || note.startsWith('（') ? read.title! : name, keptWhole ? employer! : read.company!, keptWhole ? null : read.location] : [name, employer, null];
    // ("Bank Wiślany S.A." over "Warszawa / zdalnie · B2B": the employer's cell says where, and how, on its next line.)
    const workLine = company >= 0 ? more[r]?.[company]?.[0] : undefined;
    // ("<strong>ホテルオークラ福岡</strong><br>福岡市博多区": or a line that is a place, whole.)
    // ("Emilia Digital Solutions S.r.l." over "Via Stalingrado 45, 40128 Bologna (Italia)": or its address, the town after the postcode.)
    const where = workLine ? (townOfWorkLine(workLine) ?? (placeAlone(workLine) === workLine ? workLine : (ADDRESS_TOWN.exec(workLine)?.[1] ?? null))) : null;
    out.push({ title: job, company: firm, start: from, end: to, location: cell(place) ?? (last ? last[2]! : (town ?? where)), description: null });
  }
  return out;
}
