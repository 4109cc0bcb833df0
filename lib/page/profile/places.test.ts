import { describe, expect, it } from 'vitest';
import { closingPlace, isPlace, placeAlone, placeInProse } from './places';

describe('places', () => {
  it.each(['Berlin, Germany', 'Austin, TX', 'Porto (Portugal)', 'München, Deutschland', 'Toronto', 'Seattle, WA, USA', 'Guadalajara, Jalisco, Mexico', 'Ho Chi Minh City', 'Gdańsk, Pomorskie, Poland', 'Cluj-Napoca, Cluj, RO', 'Lisbon (remote)', 'Remote (Madrid)', 'Madrid, Comunidad de Madrid, España', 'Köln, Nordrhein-Westfalen, Deutschland', 'İstanbul', 'İzmir (hibrit)', 'Brno (na dálku)', 'Brno, Česká republika', 'دبي، الإمارات العربية المتحدة', 'الجبيل', 'Leeds, West Yorkshire', 'Guildford, Surrey', 'الخرج', 'الظهران', 'عمّان، الأردن', 'Hà Nội, Việt Nam', 'Bilbao, Bizkaia', 'Borgo San Lorenzo (FI)', 'Brest (29)', 'Laval (53)', 'Remote (US)', 'Remote (EU)', 'Remote (EMEA)', 'Lyon (hybride)', 'Leipzig', 'Athen, Griechenland', 'Frankfurt am Main', 'Wrocław, Polska', 'Lyon, Italie', 'Київ, Україна', '東京都', 'Kraków, Polonia', 'remote (Amsterdam HQ)', 'Hybrid (Berlin office)', 'Αθήνα', 'תל אביב', 'تهران', 'TP. Hồ Chí Minh', 'กรุงเทพมหานคร', '東京都目黒区', '宮城県仙台市', '서울특별시 성동구', '경기도 성남시 분당구', '서울 강남구', '경기 성남시 분당구', 'Нови Сад', 'Пловдив', 'சென்னை', 'Québec', 'Winterthur', '臺北市, 臺灣', 'تهران، ایران', 'Jakarta Selatan, DKI Jakarta', 'சென்னை, தமிழ்நாடு', 'Τρίπολη', 'Beograd, Srbija', 'Sarajevo', 'Tehran, Iran', 'Kingston, Jamaica', 'Córdoba, Argentina', 'Phnom Penh', 'Vientiane, Laos', 'Cebu City', 'Quezon City', 'ঢাকা', 'لاہور', 'హైదరాబాద్', 'አዲስ አበባ', 'Chattogram', '東京（リモート併用）', '東京・二子玉川', 'Москва (удалённо из Санкт-Петербурга)', 'Lisbon (remote from Porto)', 'London UK', 'Paris France', 'New York USA', 'Stuttgart / München', 'Wrocław / zdalnie', 'Helsinki (etätyö)', 'Lyon (à distance)', 'Sevilla (teletrabajo)', 'Lyon 2e', 'Paris 11ème', 'Kyiv, remote', 'Київ, віддалено', 'Київ (дистанційно)', 'Porto (regime híbrido)'])('%s is a place', (text) => {
    expect(isPlace(text)).toBe(true);
  });

  it.each(['Acme Corp San Francisco, CA', 'Remote / Hybrid', 'Berlin / Design', 'Projects (12)', 'Nationwide Insurance, Columbus, OH', 'CPA (Kenya)', 'Senior Engineer', 'Kubernetes', 'Remote', 'Software Engineer, Google, Ireland', 'Remote (contract)', 'Full-Stack Engineer Austin, TX', 'Berlin, Engineering', '서울, 대한민국 Seoul, South Korea', '속도', 'プロダクトデザイナー', '市場調査', '設計・開発', '瀬戸内臨海研究所 日本学術振興会特別研究員（PD）', '東京（PD）', 'Jane Doe', 'London Calling', 'Ho Chi Minh City, Singapore, Remote', 'Design, remote'])('%s is no place', (text) => {
    expect(isPlace(text)).toBe(false);
  });

  it('knows every country by the names the locale data gives it, in any language', () => {
    for (const place of ['Алматы, Қазақстан', 'Žilina, Slovensko', 'Porto, Portugalsko', 'Tartu, Eesti', 'Lahore, پاکستان', 'Kigali, Rwanda']) expect(isPlace(place)).toBe(true);
    // (Not the regions no one lives in: the European Union, the United Nations.)
    expect(isPlace('Brussels, European Union')).toBe(false);
  });

  it('knows the towns people work in beyond the capitals, in their own scripts too', () => {
    for (const town of ['Dundee', 'Newcastle upon Tyne', 'Girona', 'Vila Nova de Gaia', 'Rimini', 'Besançon', 'Göteborg', 'Antwerpen', 'Amersfoort', 'Ribeirão Preto', 'Cần Thơ', 'Luleå', 'Вінниця', 'Mysore', 'Banja Luka', 'मुंबई', 'नई दिल्ली', 'רמת גן', 'Βόλος', 'الشارقة', 'Иннополис', '판교']) expect(isPlace(town)).toBe(true);
    expect(isPlace('Reading')).toBe(false);
  });

  it('knows a town with its region in small letters, as Polish writes its voivodeship ("Stryków, woj. łódzkie", "Gdańsk, pomorskie")', () => {
    for (const place of ['Stryków, woj. łódzkie', 'Gdańsk, pomorskie', 'Kraków, małopolskie']) expect(isPlace(place)).toBe(true);
    expect(isPlace('Stryków, magazyn wysokiego składowania')).toBe(false);
  });

  it('knows Europe’s large cities as other European languages write them, and not a crate or a common word so named', () => {
    for (const town of ['Londra', 'Londyn', 'Parigi', 'Monachium', 'Wiedeń', 'Kopenhaga', 'Ginevra', 'Лондон', 'Lizbona']) expect(isPlace(town)).toBe(true);
    for (const word of ['Tokio', 'Mosca', 'Colonia']) expect(isPlace(word)).toBe(false);
  });

  it('knows the first-level divisions of the countries CVs come from most, after a town it need not know', () => {
    for (const place of ['Ulm, Baden-Württemberg', 'Valencia, Comunitat Valenciana, ES', 'Hilo, Hawaiʻi', 'इंदौर, मध्य प्रदेश', 'Valenzuela City, Metro Manila', 'Gouda, Zuid-Holland', 'Rzeszów, Podkarpackie'])
      expect(isPlace(place), place).toBe(true);
  });

  it('knows a town before an Argentine province or a Colombian department ("Chacras de Coria, Mendoza", "Retiro, Buenos Aires")', () => {
    for (const place of ['Chacras de Coria, Mendoza', 'San Carlos de Bariloche, Río Negro', 'Retiro, Buenos Aires', 'Funes, Santa Fe', 'Medellín, Antioquia']) expect(isPlace(place)).toBe(true);
  });

  it('knows an Irish county with its word before it ("Co. Cork"), and a town before it, not a house nor a department before its word', () => {
    for (const place of ['Naas, Co. Kildare', 'Co. Cork', 'County Cork', 'Gödöllő, Pest megye']) expect(isPlace(place)).toBe(true);
    for (const line of ['Ballymaloe House, Co. Cork', 'Becaria, Departamento de Tesorería', 'Senior Engineer, Co. Cork']) expect(isPlace(line)).toBe(false);
  });

  it('knows a town before a county its English word follows ("Nakuru, Nakuru County"), not a team before it', () => {
    for (const place of ['Nakuru, Nakuru County', 'Irvine, Orange County']) expect(isPlace(place)).toBe(true);
    for (const line of ['Senior Engineer, Orange County', 'Marketing, Sales County']) expect(isPlace(line)).toBe(false);
  });

  it('knows a Mexican town with its state shortened, the full stop kept ("Zapopan, Jal."), and not a neighbourhood before the town', () => {
    for (const place of ['Zapopan, Jal.', 'Monterrey, N.L.', 'Puebla, Pue., México', 'Querétaro, Qro.', 'Salamanca, Gto.']) expect(isPlace(place), place).toBe(true);
    expect(isPlace('Col. Huexotitla, Puebla, Pue., México')).toBe(false);
    expect(placeAlone('Zapopan, Jal.')).toBe('Zapopan, Jal.');
    expect(placeAlone('Av. 2 Sur 4118, Col. Huexotitla, 72534 Puebla, Pue., México')).toBe('Puebla, Pue., México');
  });

  it('knows a Brazilian town with its state’s code after a spaced dash, a town it does not know by its particles', () => {
    for (const place of ['Curitiba – PR', 'Recife – PE', 'Jaraguá do Sul – SC', 'Paço do Lumiar – MA']) expect(isPlace(place), place).toBe(true);
    for (const other of ['Engineer – PR', 'Marketing – SP', 'Acme Tecnologia – SA']) expect(isPlace(other), other).toBe(false);
  });

  it('knows a well-known city with its quarter after a hyphen or the land it is on, and a Taiwanese city with its district', () => {
    for (const place of ['Hamburg-Eimsbüttel', 'Brno-Žabovřesky', 'Lyon, Croix-Rousse', 'Freiburg im Breisgau', 'Frankfurt am Main', '台北市大安區', '新竹市東區']) expect(isPlace(place), place).toBe(true);
    expect(isPlace('Ulmer-Kaufhaus')).toBe(false);
  });

  it('knows a well-known city with what pages write around it, a city alone in Chinese, Japanese and Korean, and capitals in their own scripts', () => {
    for (const place of ['г. Москва', 'м. Київ', 'Greater London', 'San Francisco Bay Area', 'Jakarta Selatan', 'Sydney NSW', '福岡市', '成都市', '성남시 분당구', 'बेंगलुरु, कर्नाटक', 'København', 'София', 'Bogotá D.C.', 'TP. HCM']) expect(isPlace(place)).toBe(true);
    for (const text of ['Berlin Engineering', 'London Team', 'Sales Region', 'Java 17', 'Acme Area', 'Praha 6']) expect(isPlace(text)).toBe(false);
    // (A suburb before such a city with its state's code; not a team.)
    expect(isPlace('Toowong, Brisbane QLD')).toBe(true);
    expect(isPlace('Engineering, Sydney NSW')).toBe(false);
    // (A trail of a site's pages names no place, though one of them reads like a French town and its département.)
    expect(placeAlone('REQ-4471 Nurse Unit Manager, Sunshine Coast › Applications (23) › Jane Doe')).toBeNull();
    // (A job and its field's letters in brackets is no Italian town and its province's code.)
    for (const text of ['Senior Product Designer (UX)', 'Lead Data Engineer (ML)']) expect(isPlace(text)).toBe(false);
    // (A county between the town and the country, named with its word for county.)
    for (const text of ['Brașov, județul Brașov, România', 'Brno, Jihomoravský kraj', 'Lviv, Lvivska oblast', 'Cuneo, provincia di Cuneo, Italia', 'Mladá Boleslav, Středočeský kraj, Česko', 'Kościerzyna, województwo pomorskie, Polska']) expect(isPlace(text)).toBe(true);
  });

  it('finds the place in a line of contacts and at the end of an address', () => {
    expect(placeAlone('Kyoto, Japan ∙ +81 555 75 753 4410 ∙ kenji@example.org')).toBe('Kyoto, Japan');
    // (A CJK page's full-width bar is the bar: "台北市 ｜ 0912-345-678".)
    expect(placeAlone('台北市 ｜ yijun@example.com ｜ 0912-345-678')).toBe('台北市');
    expect(placeAlone('Rua de Santa Catarina 310, 4000-443 Porto (Portugal)')).toBe('Porto (Portugal)');
    // (A Brazilian city's state after a hyphen, among other parts; a Dutch postcode's letters; a nurse's letters after a name.)
    expect(placeAlone('São Paulo - SP · 24 anos · Disponível para trabalho híbrido')).toBe('São Paulo - SP');
    expect(placeAlone('Oudegracht 211-bis, 3511 NH Utrecht')).toBe('Utrecht');
    // (A Polish postcode, a British outward code closing its part, a city's district number.)
    expect(placeAlone('ul. Kasztanowa 7/3, 53-125 Wrocław, Poland')).toBe('Wrocław, Poland');
    expect(placeAlone('Dublin 7, Ireland')).toBe('Dublin, Ireland');
    expect(placeAlone('Leeds LS6, United Kingdom')).toBe('Leeds, United Kingdom');
    expect(placeAlone('Marcus Greene, RN')).toBeNull();
    // (A note in words after the place is no part of it; a country in brackets is.)
    expect(placeAlone('Amsterdam, Netherlands (EU citizen, no sponsorship needed) · nikos@example.com')).toBe('Amsterdam, Netherlands');
    expect(placeAlone('Lisbon (open to relocation)')).toBe('Lisbon');
    expect(placeAlone('Campinas, SP – Brasil')).toBe('Campinas, SP – Brasil');
    expect(placeAlone('Storgatan 48 B, 903 26 Umeå')).toBe('Umeå');
    expect(placeAlone('Pliensaustraße 12, 73728 Esslingen am Neckar')).toBe('Esslingen am Neckar');
    // (A Canadian postcode after the province; a time zone after the place, in brackets or after a dash; a province's code stays.)
    expect(placeAlone('Toronto, ON M5V 2T6')).toBe('Toronto, ON');
    expect(placeAlone('Thessaloniki, Greece (UTC+2) · open to remote work')).toBe('Thessaloniki, Greece');
    expect(placeAlone('Recife, PE, Brasil — BRT')).toBe('Recife, PE, Brasil');
    expect(placeAlone('Borgo San Lorenzo (FI)')).toBe('Borgo San Lorenzo (FI)');
    expect(placeAlone('Brno, Česko')).toBe('Brno, Česko');
    // The town after a postcode, known to the gazetteer or not; not a street's name and number.
    expect(placeAlone('Lindenhofstraße 12, 68163 Mannheim · Tel. +49 555 621 4471190')).toBe('Mannheim');
    expect(placeAlone('Lindenhofstraße 12')).toBeNull();
    // (A dash between spaces before the postcode parts the address as a comma does; not a date's dash.)
    expect(placeAlone('12, rue Duguesclin - 69006 Lyon')).toBe('Lyon');
    expect(placeAlone('Ansari Nagar, New Delhi - 110029')).toBe('New Delhi');
    expect(placeAlone('jun. 2020 - Actualidad, Medellín, Colombia')).toBe('Medellín, Colombia');
    // (A district before a known city beside the person's address or number; alone, not: it may be an employer and its town.)
    expect(placeAlone('Karşıyaka, İzmir | ayse@example.com | +90 232 555 01 86')).toBe('Karşıyaka, İzmir');
    expect(placeAlone('Karşıyaka, İzmir')).toBeNull();
    // (Nor the name an icon font's pin is drawn by, read as the line's first word.)
    expect(placeAlone('place Galway, Ireland | NMBI PIN 155-0274 (active)')).toBe('Galway, Ireland');
    expect(placeAlone('location_on Lisboa, Portugal')).toBe('Lisboa, Portugal');
    expect(placeAlone('CH-1015 Lausanne, Switzerland')).toBe('Lausanne, Switzerland');
    expect(placeAlone('D-80331 München')).toBe('München');
    expect(placeAlone('I write firmware. I live in Zürich, Switzerland.')).toBeNull();
    // A label without its colon; a French town with its département; not "Ciudad de México" without its first word.
    expect(placeAlone('Location Austin, TX')).toBe('Austin, TX');
    expect(placeAlone('Nantes (44)')).toBe('Nantes (44)');
    expect(placeAlone('Ciudad de México, México')).toBe('Ciudad de México, México');
    // An address without a number, its building named as such: the city onwards.
    expect(placeAlone('Ashworth Building, Kings Buildings Campus, Edinburgh, United Kingdom')).toBe('Edinburgh, United Kingdom');
    expect(placeAlone('Senior Lecturer, Kings College, Edinburgh, United Kingdom')).toBeNull();
  });

  it('finds a place in the person’s words, after a bare "in" only with its country or a well-known city', () => {
    expect(placeInProse('مطوّرة واجهات أمامية من عمّان، الأردن، ولديّ أكثر من 6 سنوات')).toBe('عمّان، الأردن');
    expect(placeInProse('Mobile developer based in Casablanca, Morocco, with 6 years of experience')).toBe('Casablanca, Morocco');
    // (Where the person comes from is no place they are: the next place the text names, or none.)
    expect(placeInProse('Hallo! Ich bin Magdalena, ursprünglich aus Poznań, seit 2011 in Berlin.')).toBe('Berlin');
    expect(placeInProse('Originally from Lagos, now based in London.')).toBe('London');
    expect(placeInProse('Data scientist from Amman, Jordan.')).toBe('Amman, Jordan');
    // (Italian "Lavoro da", I work from.)
    expect(placeInProse('Disegno identità visive per aziende del cibo. Lavoro da Bologna, con clienti in tutta Italia.')).toBe('Bologna');
    // (Persian "در", Greek "στη", Nordic "i"; Chinese "现居" and Japanese "在住" without spaces, a province before the city dropped.)
    expect(placeInProse('سلام! من مهسا هستم، مهندس بک‌اند در تهران. کار اصلی‌ام')).toBe('تهران');
    expect(placeInProse('Μηχανικός υποδομών (SRE) στη Θεσσαλονίκη. Κρατάω όρθια συστήματα.')).toBe('Θεσσαλονίκη');
    // (Swahili's "I live in", one word before the town.)
    expect(placeInProse('Ninaishi Nairobi, Kenya. Kwa sasa ninaunda programu za malipo.')).toBe('Nairobi, Kenya');
    expect(placeInProse('林思远，前端架构师，现居 浙江杭州。十年前端老兵。')).toBe('杭州');
    expect(placeInProse('東京在住のエンジニアです。')).toBe('東京');
    // (Where the person lives, said so in Vietnamese and Persian; in Turkish and Hindi, the place before the verb.)
    expect(placeInProse('lập trình viên iOS đang sống và làm việc tại Đà Nẵng. Mình viết ứng dụng')).toBe('Đà Nẵng');
    expect(placeInProse('مهندس داده ساکن تهران با بیش از ۱۱ سال سابقه')).toBe('تهران');
    expect(placeInProse('Merhaba, ben Elif. İzmir’de yaşıyorum ve backend geliştiriciyim.')).toBe('İzmir');
    expect(placeInProse('पुणे में रहने वाली फ़्रंट-एंड डेवलपर')).toBe('पुणे');
    // (The verb may open its sentence, in capitals.)
    expect(placeInProse('Ich bin Physiotherapeutin. Wohne in Hamburg-Eimsbüttel und arbeite in einer Praxis.')).toBe('Hamburg-Eimsbüttel');
    // (Polish "i" is "and" too: what follows must be a known place.)
    expect(placeInProse('Automatyka i Robotyka')).toBeNull();
    // (Dutch and the Nordic languages' "from" and "lives in".)
    expect(placeInProse('Ik ben data scientist uit Utrecht met ruim 9 jaar ervaring')).toBe('Utrecht');
    expect(placeInProse('Utvecklare från Göteborg som bygger betaltjänster')).toBe('Göteborg');
    expect(placeInProse('Cloud architect in Toronto helping banks move to AWS')).toBe('Toronto');
    // An "in" inside a longer match ("a Robotics Engineer in …"), and "<place> based".
    expect(placeInProse('I’m Leah, a Robotics Software Engineer in Pittsburgh, PA. I build planners.')).toBe('Pittsburgh, PA');
    expect(placeInProse('Richmond, VA based web developer with a soft spot for type')).toBe('Richmond, VA');
    expect(placeInProse('Data Scientist aus Hamburg mit Fokus auf Prognosemodelle')).toBe('Hamburg');
    expect(placeInProse('I worked in Marketing for two years')).toBeNull();
  });
});

describe('closingPlace', () => {
  it('finds the longest run of parts closing the text that is a place, of as many parts as asked at least', () => {
    expect(closingPlace('IIT Bombay, Mumbai')).toEqual({ head: 'IIT Bombay', place: 'Mumbai' });
    expect(closingPlace('PSG College of Technology, Coimbatore, Tamil Nadu, India', 3)).toEqual({ head: 'PSG College of Technology', place: 'Coimbatore, Tamil Nadu, India' });
    expect(closingPlace('IIT Bombay, Mumbai', 3)).toBeNull();
    expect(closingPlace('Backend Engineer, Acme')).toBeNull();
  });
});
