import { CV_LOCALES } from './locales';
import { TITLE_WORDS } from './sections';
import { lowerCase } from './text-model';

/**
 * Where a person is: "Berlin, Germany", "Austin, TX", "Porto (Portugal)", "München, Deutschland",
 * "Toronto". A place is one to four comma-separated parts of capitalised words whose last part is a
 * country, a state or province, or (alone) a well-known city. The names are general knowledge, in
 * English and in the countries' own languages, kept as data like the skill dictionary.
 */

/** Capitalised words, in comma-separated parts: "Dublin", "San Francisco, CA", "Berlin, Germany". */
export const PLACE = /^[A-Z][\w.'-]*(?:,?\s+[A-Z][\w.'-]*){0,4}$/;

/**
 * A town the gazetteer may not know, in any alphabet: one to three capitalised words, and perhaps its
 * region or country code after a comma ("Malmö", "Vitória", "Fontainebleau, FR"). Only where a line's
 * shape already says a place stands there (after an employer's name and its comma).
 */
export const TOWN = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}(?:,\s*\p{Lu}[\p{L}.'-]*)?$/u;

const COUNTRIES =
  'afghanistan,albania,algeria,andorra,angola,argentina,armenia,australia,austria,azerbaijan,bahrain,bangladesh,belarus,belgium,bolivia,bosnia and herzegovina,botswana,brazil,bulgaria,cambodia,cameroon,canada,chile,china,colombia,costa rica,croatia,cuba,cyprus,czechia,czech republic,denmark,dominican republic,ecuador,egypt,el salvador,estonia,ethiopia,finland,france,georgia,germany,ghana,greece,guatemala,honduras,hong kong,hungary,iceland,india,indonesia,iran,iraq,ireland,israel,italy,ivory coast,jamaica,japan,jordan,kazakhstan,kenya,kosovo,kuwait,kyrgyzstan,latvia,lebanon,libya,liechtenstein,lithuania,luxembourg,macau,madagascar,malaysia,malta,mauritius,mexico,moldova,monaco,mongolia,montenegro,morocco,mozambique,myanmar,namibia,nepal,netherlands,the netherlands,new zealand,nicaragua,nigeria,north macedonia,norway,oman,pakistan,palestine,panama,paraguay,peru,philippines,poland,portugal,puerto rico,qatar,romania,russia,rwanda,saudi arabia,senegal,serbia,singapore,slovakia,slovenia,south africa,south korea,korea,spain,sri lanka,sudan,sweden,switzerland,syria,taiwan,tajikistan,tanzania,thailand,tunisia,turkey,türkiye,uganda,ukraine,united arab emirates,uae,united kingdom,uk,england,scotland,wales,northern ireland,united states,united states of america,usa,us,uruguay,uzbekistan,venezuela,vietnam,viet nam,yemen,zambia,zimbabwe,' +
  // In their own languages, as CVs written in them say it.
  'việt nam,laos,българия,aotearoa,한국,대한민국,slovenija,الأردن,مصر,الإمارات,الإمارات العربية المتحدة,deutschland,österreich,schweiz,suisse,svizzera,españa,méxico,brasil,italia,francia,frankreich,espagne,espanha,alemanha,alemania,allemagne,germania,belgique,belgië,nederland,polska,česko,россия,україна,беларусь,中国,中華民國,日本,대한민국,भारत,ελλάδα,türkiye,sverige,norge,danmark,suomi,éire,perú,panamá,república dominicana,argélie,maroc,tunisie,sénégal,côte d\'ivoire,estados unidos,états-unis,stati uniti,reino unido,royaume-uni,regno unito,vereinigtes königreich,portugal,česká republika,slovensko,slovenská republika,magyarország,românia,hrvatska,srbija,lietuva,latvija,eesti,ísland,' +
  // The same countries as other languages name them ("Athen, Griechenland", "Lyon, Espagne").
  'griechenland,spanien,italien,niederlande,polen,schweden,norwegen,dänemark,finnland,tschechien,tschechische republik,ungarn,rumänien,bulgarien,kroatien,serbien,türkei,russland,vereinigte staaten,kanada,mexiko,brasilien,argentinien,indien,südkorea,ägypten,marokko,tunesien,irland,belgien,luxemburg,slowakei,slowenien,estland,lettland,litauen,australien,neuseeland,südafrika,vereinigte arabische emirate,großbritannien,england,grèce,italie,pays-bas,pologne,suède,norvège,finlande,tchéquie,république tchèque,hongrie,roumanie,bulgarie,croatie,serbie,turquie,russie,mexique,brésil,argentine,inde,japon,corée du sud,égypte,irlande,slovaquie,slovénie,liban,israël,australie,nouvelle-zélande,afrique du sud,chine,algérie,angleterre,émirats arabes unis,grecia,países bajos,polonia,suecia,noruega,dinamarca,finlandia,chequia,república checa,hungría,rumania,rumanía,turquía,rusia,canadá,japón,corea del sur,egipto,marruecos,irlanda,bélgica,suiza,inglaterra,spagna,paesi bassi,svezia,norvegia,danimarca,belgio,portogallo,inghilterra,giappone,cina,brasile,messico,turchia,egitto,grecia,grécia,itália,frança,holanda,países baixos,polónia,polônia,suécia,dinamarca,finlândia,suíça,áustria,japão,índia,moçambique,cabo verde,niemcy,francja,hiszpania,włochy,wielka brytania,stany zjednoczone,czechy,słowacja,ukraina,litwa,holandia,szwecja,norwegia,duitsland,frankrijk,spanje,italië,verenigd koninkrijk,verenigde staten,tyskland,frankrike,storbritannien,německo,rakousko,polsko,francie,itálie,španělsko,velká británie,spojené státy,almanya,fransa,ingiltere,hollanda,amerika birleşik devletleri,abd,italya,ispanya,yunanistan,германия,франция,сша,великобритания,польша,казахстан,грузия,армения,израиль,финляндия,сербия,кипр,турция,нидерланды,ישראל,السعودية,المملكة العربية السعودية,المغرب,تونس,الجزائر,لبنان,قطر,الكويت,عمان,البحرين,ประเทศไทย,ไทย,台灣,台湾,香港,新加坡,インド,ドイツ,アメリカ,' +
  // (And a few more in their own scripts.)
  'κύπρος,κυπρος,भारत,ישראל,россия,україна,србија,ایران,臺灣,台灣,台湾,中華民國,இந்தியா';

const REGIONS =
  'alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,hawaii,idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,new mexico,new york,north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,rhode island,south carolina,south dakota,tennessee,texas,utah,vermont,virginia,washington,west virginia,wisconsin,wyoming,district of columbia,' +
  // (England's metropolitan and home counties, as a town's address names them: "Leeds, West Yorkshire".)
  'west yorkshire,south yorkshire,north yorkshire,east yorkshire,greater manchester,greater london,merseyside,west midlands,tyne and wear,lancashire,cheshire,kent,essex,surrey,sussex,east sussex,west sussex,hampshire,berkshire,oxfordshire,cambridgeshire,hertfordshire,buckinghamshire,devon,cornwall,somerset,dorset,norfolk,suffolk,nottinghamshire,derbyshire,leicestershire,staffordshire,warwickshire,gloucestershire,wiltshire,county durham,northumberland,cumbria,lincolnshire,northamptonshire,' +
  'ontario,quebec,québec,british columbia,alberta,manitoba,saskatchewan,nova scotia,new brunswick,newfoundland,' +
  'bavaria,bayern,berlin,hesse,hessen,saxony,sachsen,catalonia,cataluña,catalunya,andalusia,lombardy,lombardia,lazio,piedmont,piemonte,île-de-france,ile-de-france,jalisco,nuevo león,são paulo,rio de janeiro,minas gerais,karnataka,maharashtra,tamil nadu,telangana,kerala,delhi,gujarat,west bengal,punjab,uttar pradesh,new south wales,victoria,queensland,western australia,western cape,gauteng,lagos state,' +
  // (Indonesia's capital region, India's states in Tamil.)
  // (Argentina's provinces, Colombia's larger departments.)
  'buenos aires,córdoba,santa fe,mendoza,tucumán,entre ríos,salta,misiones,chaco,corrientes,santiago del estero,san juan,jujuy,río negro,neuquén,chubut,san luis,catamarca,la pampa,tierra del fuego,antioquia,cundinamarca,valle del cauca,atlántico,santander,risaralda,caldas,' +
  'dki jakarta,jawa barat,jawa tengah,jawa timur,banten,daerah istimewa yogyakarta,தமிழ்நாடு,கர்நாடகா,கேரளா,' +
  // (India's states in Devanagari.)
  'कर्नाटक,महाराष्ट्र,तमिलनाडु,तेलंगाना,केरल,गुजरात,उत्तर प्रदेश,राजस्थान,पश्चिम बंगाल,हरियाणा,मध्य प्रदेश,बिहार,पंजाब,दिल्ली,' +
  // (The first-level divisions of the countries CVs come from most, as their own languages and English write them: Germany's
  // and Austria's states, Italy's and Spain's regions and communities, France's regions, Poland's voivodeships, the Dutch
  // provinces, Switzerland's larger cantons not named for their city, India's, Brazil's, Mexico's, Malaysia's and the Philippines' larger ones, China's
  // provinces, Thailand's and Australia's.)
  'baden-württemberg,brandenburg,mecklenburg-vorpommern,niedersachsen,lower saxony,nordrhein-westfalen,north rhine-westphalia,nrw,rheinland-pfalz,rhineland-palatinate,saarland,sachsen-anhalt,schleswig-holstein,thüringen,thuringia,' +
  'burgenland,kärnten,carinthia,niederösterreich,lower austria,oberösterreich,upper austria,steiermark,styria,tirol,tyrol,vorarlberg,' +
  'vaud,ticino,aargau,valais,wallis,basel-landschaft,' +
  'abruzzo,basilicata,calabria,campania,emilia-romagna,friuli-venezia giulia,liguria,marche,molise,puglia,apulia,sardegna,sardinia,sicilia,sicily,toscana,tuscany,trentino-alto adige,umbria,valle d\'aosta,veneto,' +
  'andalucía,aragón,asturias,islas baleares,illes balears,canarias,islas canarias,cantabria,castilla y león,castilla-la mancha,comunidad de madrid,comunitat valenciana,comunidad valenciana,extremadura,galicia,la rioja,región de murcia,navarra,país vasco,euskadi,' +
  'auvergne-rhône-alpes,bourgogne-franche-comté,bretagne,brittany,centre-val de loire,corse,grand est,hauts-de-france,normandie,normandy,nouvelle-aquitaine,occitanie,pays de la loire,provence-alpes-côte d\'azur,' +
  'dolnośląskie,kujawsko-pomorskie,lubelskie,lubuskie,łódzkie,małopolskie,mazowieckie,opolskie,podkarpackie,podlaskie,pomorskie,śląskie,świętokrzyskie,warmińsko-mazurskie,wielkopolskie,zachodniopomorskie,' +
  'drenthe,flevoland,friesland,fryslân,gelderland,limburg,noord-brabant,noord-holland,overijssel,zeeland,zuid-holland,' +
  'madhya pradesh,andhra pradesh,bihar,haryana,rajasthan,odisha,assam,goa,uttarakhand,himachal pradesh,jharkhand,chhattisgarh,' +
  'bahia,paraná,rio grande do sul,santa catarina,pernambuco,ceará,goiás,distrito federal,espírito santo,' +
  'ciudad de méxico,cdmx,estado de méxico,yucatán,puebla,querétaro,guanajuato,baja california,baja california sur,michoacán,veracruz,oaxaca,chihuahua,sonora,sinaloa,coahuila,tamaulipas,aguascalientes,hidalgo,morelos,quintana roo,san luis potosí,zacatecas,tabasco,colima,durango,guerrero,nayarit,tlaxcala,campeche,chiapas,' +
  'selangor,johor,penang,pulau pinang,sabah,sarawak,perak,kedah,melaka,wilayah persekutuan,metro manila,' +
  '浙江,江苏,广东,廣東,福建,山东,四川,湖北,湖南,河南,河北,陕西,辽宁,安徽,江西,云南,贵州,广西,黑龙江,吉林,山西,海南,' +
  'กรุงเทพมหานคร,เชียงใหม่,ภูเก็ต,ขอนแก่น,ชลบุรี,นนทบุรี,' +
  'tasmania,south australia,northern territory,australian capital territory,hawaiʻi,hawai\'i';

// Two-letter state and province codes, as addresses write them after a city (the US's, Canada's, Australia's, some Italian provinces', Brazil's but RN, a nurse's letters after a name).
const BRAZILIAN_STATE = new Set('AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO'.split(' '));
const CODES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON QC BC AB MB SK NS NB NL PE NSW VIC QLD WA SA TAS BO MI TO RM NA FI AC AP AM BA CE DF ES GO MA MT MS MG PB PR PE PI RJ RS RO RR SP SE'.split(' '));

const CITIES =
  // (Spain's, Portugal's, Italy's and France's mid-sized cities: provincial and district capitals, not those named as words or people are, León, Como, Pau, Tours.)
  'girona,tarragona,lleida,castellón,castelló,almería,jaén,huelva,cádiz,badajoz,cáceres,burgos,oviedo,logroño,vitoria-gasteiz,huesca,teruel,cuenca,toledo,ciudad real,albacete,las palmas de gran canaria,santa cruz de tenerife,lugo,ourense,pontevedra,santiago de compostela,vila nova de gaia,évora,matosinhos,amadora,sintra,vicenza,udine,trento,bolzano,reggio emilia,ferrara,ravenna,rimini,ancona,pescara,lecce,taranto,salerno,messina,cagliari,sassari,livorno,siena,lucca,monza,varese,novara,alessandria,cuneo,besançon,poitiers,perpignan,avignon,nîmes,annecy,chambéry,villeurbanne,saint-étienne,bayonne,la rochelle,' +
  'london,paris,berlin,munich,münchen,hamburg,frankfurt,cologne,köln,stuttgart,düsseldorf,vienna,wien,zurich,zürich,geneva,genève,basel,bern,amsterdam,rotterdam,the hague,utrecht,eindhoven,brussels,bruxelles,antwerp,luxembourg,copenhagen,stockholm,gothenburg,oslo,helsinki,reykjavik,dublin,cork,edinburgh,glasgow,manchester,birmingham,bristol,leeds,cambridge,oxford,madrid,barcelona,valencia,seville,sevilla,bilbao,lisbon,lisboa,porto,rome,roma,milan,milano,turin,torino,bologna,florence,firenze,naples,napoli,athens,warsaw,warszawa,kraków,krakow,wrocław,wroclaw,gdańsk,prague,praha,brno,budapest,bucharest,cluj-napoca,sofia,belgrade,zagreb,ljubljana,bratislava,vilnius,riga,tallinn,kyiv,kiev,lviv,moscow,москва,saint petersburg,istanbul,ankara,izmir,tel aviv,jerusalem,dubai,abu dhabi,doha,riyadh,cairo,casablanca,rabat,tunis,lagos,abuja,accra,nairobi,kigali,addis ababa,cape town,johannesburg,new york,new york city,nyc,san francisco,los angeles,seattle,portland,austin,boston,chicago,denver,atlanta,miami,washington,philadelphia,pittsburgh,detroit,minneapolis,dallas,houston,phoenix,san diego,san jose,toronto,montreal,montréal,vancouver,ottawa,calgary,waterloo,mexico city,ciudad de méxico,guadalajara,monterrey,bogotá,bogota,medellín,lima,santiago,buenos aires,montevideo,são paulo,sao paulo,rio de janeiro,belo horizonte,porto alegre,curitiba,recife,florianópolis,tokyo,osaka,kyoto,seoul,busan,beijing,shanghai,shenzhen,guangzhou,hangzhou,hong kong,taipei,singapore,kuala lumpur,jakarta,bangkok,manila,ho chi minh city,hanoi,bangalore,bengaluru,mumbai,new delhi,delhi,hyderabad,chennai,pune,kolkata,gurgaon,gurugram,noida,ahmedabad,karachi,lahore,dhaka,colombo,kathmandu,sydney,melbourne,brisbane,perth,adelaide,auckland,wellington,christchurch,tbilisi,yerevan,baku,almaty,tashkent,' +
  // More of Europe's and the Americas' large cities, in English and their own languages.
  'lyon,marseille,toulouse,nantes,strasbourg,montpellier,bordeaux,lille,rennes,grenoble,málaga,malaga,zaragoza,genoa,genova,venice,venezia,poznań,poznan,łódź,lodz,bucurești,thessaloniki,kharkiv,odesa,odessa,moskva,minsk,leipzig,dresden,hannover,nuremberg,nürnberg,bremen,dortmund,bonn,mannheim,karlsruhe,freiburg,münster,aachen,graz,linz,salzburg,innsbruck,lausanne,lucerne,luzern,gent,ghent,leuven,liège,malmö,uppsala,bergen,trondheim,aarhus,odense,tampere,espoo,turku,medellin,cali,quito,caracas,brasília,st. petersburg,' +
  // (Capitals and large cities the lists below lacked: the Balkans, the Caucasus and Central Asia, the Middle East, Africa,
  // Central America and the Caribbean, South-East Asia, and a few more in Spain, Argentina, Mexico, Australia and the US.)
  'beograd,sarajevo,skopje,podgorica,tirana,priština,pristina,novi sad,split,rijeka,maribor,iași,iasi,timișoara,timisoara,kaunas,tartu,reykjavík,chișinău,chisinau,astana,bishkek,dushanbe,ulaanbaatar,kabul,baghdad,damascus,erbil,dar es salaam,luanda,maputo,douala,yaoundé,kinshasa,lomé,cotonou,bamako,windhoek,gaborone,guatemala city,ciudad de guatemala,tegucigalpa,san salvador,managua,kingston,port of spain,mérida,merida,córdoba,cordoba,phnom penh,vientiane,yangon,davao,canberra,albuquerque,boise,tallahassee,tehran,isfahan,shiraz,mashhad,tabriz,' +
  // More of the world's large cities and tech hubs, in English and their own languages and scripts.
  'frankfurt am main,offenbach am main,athen,mailand,rom,neapel,venedig,florenz,lissabon,moskau,warschau,prag,krakau,brüssel,kopenhagen,genf,katowice,gdynia,szczecin,lublin,białystok,bydgoszcz,rzeszów,toruń,ostrava,plzeň,olomouc,bursa,antalya,adana,konya,gaziantep,kocaeli,eskişehir,київ,львів,харків,одеса,дніпро,санкт-петербург,новосибирск,екатеринбург,казань,минск,alicante,valladolid,vigo,gijón,a coruña,murcia,palma,las palmas,granada,pamplona,san sebastián,santander,salamanca,bari,palermo,catania,verona,padova,padua,trieste,brescia,parma,modena,pisa,bergamo,braga,coimbra,aveiro,faro,salvador,fortaleza,manaus,goiânia,campinas,belém,toulon,reims,dijon,angers,clermont-ferrand,le havre,brest,metz,nancy,rouen,orléans,caen,sophia antipolis,essen,duisburg,bochum,wuppertal,bielefeld,wiesbaden,mainz,kiel,lübeck,rostock,magdeburg,erfurt,potsdam,regensburg,augsburg,ulm,heidelberg,darmstadt,kassel,göttingen,jena,chemnitz,saarbrücken,koblenz,braunschweig,osnabrück,oldenburg,groningen,leiden,delft,haarlem,nijmegen,arnhem,maastricht,tilburg,breda,den haag,brugge,bruges,namur,mechelen,västerås,örebro,linköping,lund,stavanger,aalborg,oulu,jyväskylä,liverpool,sheffield,newcastle,nottingham,leicester,cardiff,belfast,southampton,brighton,aberdeen,las vegas,salt lake city,san antonio,sacramento,nashville,raleigh,columbus,indianapolis,kansas city,st. louis,baltimore,new orleans,tampa,cleveland,cincinnati,milwaukee,oakland,palo alto,mountain view,sunnyvale,redmond,cupertino,menlo park,ann arbor,boulder,chengdu,wuhan,nanjing,xi\'an,tianjin,chongqing,suzhou,xiamen,北京,上海,深圳,广州,杭州,成都,北京市,上海市,深圳市,广州市,杭州市,佛山,东莞,济南,大连,沈阳,无锡,foshan,東京,東京都,大阪,大阪府,京都,横浜,名古屋,福岡,札幌,yokohama,nagoya,fukuoka,sapporo,kobe,서울,부산,서울특별시,incheon,daegu,daejeon,seongnam,pangyo,台北,kaohsiung,taichung,hsinchu,hồ chí minh,tp. hồ chí minh,tp hồ chí minh,thành phố hồ chí minh,hà nội,tp. hà nội,đà nẵng,da nang,cebu,penang,surabaya,bandung,yogyakarta,chiang mai,กรุงเทพ,กรุงเทพฯ,islamabad,rawalpindi,chittagong,kochi,coimbatore,jaipur,indore,chandigarh,thiruvananthapuram,lucknow,mysuru,visakhapatnam,amman,عمّان,عمان,beirut,haifa,sharjah,muscat,manama,kuwait city,jeddah,dammam,alexandria,marrakech,tangier,algiers,dakar,abidjan,kampala,dar es salaam,lusaka,harare,durban,pretoria,kumasi,ibadan,port harcourt,puebla,tijuana,querétaro,barranquilla,cartagena,bucaramanga,guayaquil,la paz,asunción,rosario,mendoza,valparaíso,san josé,panama city,ciudad de panamá,san juan,santo domingo,havana,la habana,arequipa,cusco,quebec city,edmonton,winnipeg,halifax,kitchener,' +
  // (Europe's capitals and largest cities as the other languages of Europe write them: "Londra", "Londyn", "Parigi", "Monachium"; not those
  // that are words or names too, Mosca, Colonia, Tokio.)
  'londra,londres,londyn,londýn,lontoo,londen,лондон,parigi,paryż,paříž,pariisi,párizs,parijs,париж,monaco di baviera,monachium,mnichov,múnich,munique,viena,vienne,wiedeń,vídeň,bécs,відень,вена,rzym,řím,рим,mediolan,milán,milão,milaan,bruselas,bruxelas,bruksela,brusel,brussel,nowy jork,nueva york,nova iorque,moscou,moscú,moskwa,moscova,varsovia,varsóvia,varsavia,varşovia,varsovie,varšava,varsó,praga,prága,lisabona,lizbona,lisbonne,lizbon,copenaghen,copenhague,kopenhaga,kodaň,kopenhag,ginevra,ginebra,genebra,genewa,ženeva,cenevre,atene,atenas,ateny,atény,berlino,berlín,berlim,berlijn,ámsterdam,dublino,dublín,edimburgo,edynburg,francoforte,fráncfort,zurigo,zúrich,zurych,stoccolma,estocolmo,sztokholm,budapeszt,budapeste,pekin,pequim,pechino,pekín,tóquio,estambul,istambul,stambuł,kijów,kyjev,киев,lwów,lvov,' +
  // (And in their own scripts: Hebrew, Greek, Persian, Arabic, Thai, Korean, Japanese and Chinese.)
  'תל אביב,תל אביב-יפו,ירושלים,חיפה,באר שבע,αθήνα,θεσσαλονίκη,πάτρα,ηράκλειο,λάρισα,λευκωσία,تهران,اصفهان,شیراز,مشهد,تبریز,کرج,الرياض,جدة,دبي,أبوظبي,الدوحة,القاهرة,الإسكندرية,بيروت,الدار البيضاء,تونس,الكويت,مسقط,المنامة,กรุงเทพมหานคร,เชียงใหม่,ภูเก็ต,ขอนแก่น,인천,대구,대전,광주,울산,수원,성남,부산광역시,인천광역시,대구광역시,대전광역시,광주광역시,울산광역시,仙台,仙台市,神戸,神戸市,さいたま,千葉,広島,川崎,南京,武汉,西安,天津,重庆,苏州,厦门,青岛,长沙,郑州,宁波,合肥,新竹,台中,高雄,臺北,台北市,新北,екатеринбург,нижний новгород,самара,ростов-на-дону,краснодар,пермь,воронеж,томск,алматы,астана,ташкент,тбилиси,ереван,баку,одеса,дніпро,запоріжжя,' +
  // (More towns where people work: the UK's and Ireland's smaller cities, Brazil's, Latin America's, the Low Countries',
  // Central Europe's and the Balkans', Vietnam's, and in their own scripts India's, Israel's, Greece's, the Arab world's and Russia's.)
  'சென்னை,கோயம்புத்தூர்,மதுரை,பெங்களூரு,нови сад,ниш,крагујевац,суботица,пловдив,варна,бургас,русе,стара загора,الدمام,الخبر,مكة المكرمة,المدينة المنورة,الظهران,الجبيل,الخرج,ينبع,الطائف,تبوك,أبها,حائل,بريدة,نجران,جازان,القطيف,الأحساء,الشارقة,العين,مسقط,المنامة,الكويت,عمّان,québec,quebec city,sherbrooke,gatineau,laval,trois-rivières,longueuil,lévis,saguenay,τρίπολη,καλαμάτα,winterthur,heraklion,iraklio,chania,ra’anana,raanana,ra\'anana,kanpur,agra,varanasi,nashik,rajkot,madurai,vijayawada,mangaluru,mangalore,mysuru,mysore,tiruchirappalli,dehradun,patras,volos,ioannina,lugano,st. gallen,sankt gallen,fribourg,neuchâtel,zug,herzliya,ramat gan,petah tikva,rehovot,nagpur,bhubaneswar,limerick,swansea,exeter,newcastle upon tyne,inverness,york,bath,coventry,portsmouth,plymouth,norwich,dundee,stirling,galway,waterford,derry,lancaster,natal,joinville,londrina,uberlândia,ribeirão preto,niterói,são josé dos campos,sorocaba,maringá,concepción,la plata,mar del plata,cochabamba,göteborg,antwerpen,bucureşti,charleroi,enschede,zwolle,amersfoort,veldhoven,vantaa,tromsø,debrecen,szeged,pécs,győr,košice,žilina,osijek,plovdiv,varna,hải phòng,cần thơ,huế,nha trang,biên hòa,मुंबई,बेंगलुरु,बेंगलूरु,दिल्ली,नई दिल्ली,पुणे,हैदराबाद,चेन्नई,कोलकाता,अहमदाबाद,जयपुर,नोएडा,गुरुग्राम,लखनऊ,इंदौर,भोपाल,पटना,רמת גן,הרצליה,פתח תקווה,רעננה,נתניה,ראשון לציון,רחובות,חולון,βόλος,ιωάννινα,χανιά,κέρκυρα,ρόδος,الشارقة,مراكش,الرباط,الخرطوم,طنجة,فاس,иннополис,калининград,краснодар,уфа,челябинск,омск,красноярск,владивосток,ижевск,ярославль,тюмень,판교,성남,분당,香港,นนทบุรี,' +
  // (Capitals as their own languages and scripts write them, the abbreviations pages use, and more of the towns people work in.)
  'københavn,kobenhavn,вінниця,івано-франківськ,тернопіль,чернівці,ужгород,житомир,полтава,черкаси,суми,миколаїв,херсон,ชลบุรี,พัทยา,หาดใหญ่,semarang,medan,makassar,denpasar,malang,bekasi,tangerang,depok,bogor,opole,kielce,olsztyn,zielona góra,gliwice,liberec,hradec králové,pardubice,zlín,jihlava,ústí nad labem,české budějovice,brașov,brasov,constanța,constanta,craiova,sibiu,oradea,galați,ploiești,kayseri,samsun,trabzon,mersin,denizli,sakarya,erlangen,würzburg,paderborn,wolfsburg,ingolstadt,umeå,luleå,jönköping,helsingborg,norrköping,perugia,donostia,le mans,limoges,amiens,aix-en-provence,setúbal,funchal,guimarães,viseu,leiria,manizales,cúcuta,viña del mar,antofagasta,vadodara,surat,mangaluru,mangalore,mysore,thane,navi mumbai,ghaziabad,faridabad,dehradun,ranchi,raipur,guwahati,madurai,vijayawada,faisalabad,peshawar,mombasa,giza,sfax,miskolc,nyíregyháza,kecskemét,niš,banja luka,mostar,bitola,durrës,klaipėda,daugavpils,pärnu,kuopio,lahti,esbjerg,drammen,kristiansand,софия,београд,singapura,cdmx,bogotá d.c,bogota d.c,tp. hcm,tp.hcm,tphcm,hcmc' +
  // (East Africa's, the Philippines', Bangladesh's, Pakistan's, Ethiopia's and South India's cities, in their own scripts too.)
  'dar es salaam,arusha,dodoma,zanzibar,kisumu,nakuru,eldoret,entebbe,cebu,cebu city,quezon city,makati,makati city,taguig,pasig,davao,davao city,iloilo,iloilo city,baguio,mandaue,mandaue city,chattogram,chittagong,khulna,rajshahi,sylhet,ঢাকা,চট্টগ্রাম,খুলনা,রাজশাহী,সিলেট,কলকাতা,لاہور,کراچی,اسلام آباد,راولپنڈی,فیصل آباد,ملتان,پشاور,islamabad,rawalpindi,faisalabad,multan,peshawar,አዲስ አበባ,ባህር ዳር,హైదరాబాద్,విజయవాడ,విశాఖపట్నం,बंगळूरु,मुंबई,नागपूर,ಬೆಂಗಳೂರು,കൊച്ചി,തിരുവനന്തപുരം';

const set = (csv: string) => new Set(csv.split(','));
// (And every country's name in every language the browser's locale data writes: "Česko", "Қазақстан", "Marrocos".)
const NAMED_COUNTRY = set(COUNTRIES);
const COUNTRY = { has: (name: string) => NAMED_COUNTRY.has(name) || localeCountries().has(name) };

// Codes of the locale data's regions that are no country a person lives in (the EU, the UN, the eurozone, pseudo-regions).
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
let countries: Set<string> | null = null;

/** Built on first use from Intl.DisplayNames (tens of milliseconds, once): no list of them is shipped. */
function localeCountries(): Set<string> {
  if (countries) return countries;
  countries = new Set();
  if (typeof Intl.DisplayNames !== 'function') return countries;
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRIES.has(code) && english.of(code)) codes.push(code);
    }
  }
  for (const locale of CV_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code);
      if (name) countries.add(lowerPart(name));
    }
  }
  return countries;
}
const REGION = set(REGIONS);
const CITY = set(CITIES);

// One part: capitalised words (any script's capitals, or a script without case), with the
// lower-case particles place names have ("Rio de Janeiro", "Ciudad de México").
// (A script without case may carry marks: "عمّان".)
const WORD = "(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|\\p{Lo}[\\p{Lo}\\p{M}]*)";
const PART = new RegExp(`^${WORD}(?:[ -](?:${WORD}|de|do|da|del|la|le|am|an|im|sur|upon|on))*$`, 'u');

/** How the work is done where a place would stand, or as a badge beside a title or an employer. */
// ("regime híbrido", "modalidad remota", "en remoto": or after the word for the arrangement.)
export const WORK_MODE = /^(?:(?:em|en|in|im|regime|régime|modalidade|modalidad|modalità|modo|trabajo|trabalho|lavoro)\s+){0,2}(remote|remote[- ]first|remote[- ]friendly|fully remote|mostly remote|remoto|remota|da remoto|hybrid|híbrido|hybride|ibrido|in sede|hybrydowo|télétravail|zdalnie|praca zdalna|praca hybrydowa|stacjonarnie|on-?site|vor ort|hibrit|uzaktan|distans|på distans|na dálku|hybridně|etänä|etätyö|etätyönä|fjernarbejde|fjernarbeid|távmunka|à distance|a distancia|a distância|op afstand|homeoffice|home office|telelavoro|teletrabajo|teletrabalho|удалённо|удаленно|гибрид|віддалено|дистанційно|дистанционно|гібридно|гібрид|원격|재택|リモート|リモート併用|フルリモート|在宅|在宅勤務|ハイブリッド|远程|遠端|混合办公|ہائبرڈ|ریموٹ|دفتر سے|हाइब्रिड|रिमोट|ऑफ़िस से|هجين|عن بعد|عن بُعد|دورکاری|ترکیبی|היברידי|מרחוק|ไฮบริด|ทำงานทางไกล|từ xa|kết hợp|jarak jauh|hibrida|mseto|kwa mbali)$/i;

// "Moskva (remote from St Petersburg)", "Москва (удалённо из Санкт-Петербурга)": a work mode and where it is done from.
const MODE_FROM = new RegExp(`^${WORK_MODE.source.slice(0, -1)}\\s+(?:from|aus|von|de|desde|da|dal|z|ze|från|fra|van|из|с|з|із)\\s+\\p{Lu}`, 'iu');

// "Remote (EU)", "Remote (EMEA)", "Remote (worldwide)": the region a remote role is open to, or its time zone.
const REMOTE_REGION = /^(?:eu|europe|emea|apac|latam|americas|worldwide|global|anywhere|cet|cest|utc|gmt)(?:\s*[+±-]\s*\d{1,2})?$/i;

/** The place without how the work is done there, in brackets after it: "San Jose, CA (hybrid)". */
export const withoutWorkMode = (place: string) => place.replace(/\s*\(([^()]+)\)$/, (all, mode: string) => (WORK_MODE.test(mode.trim()) ? '' : all));

const lowerPart = (p: string) => lowerCase(p).replace(/\.$/, '');

/**
 * The longest run of comma-separated parts closing the text that is a place, of `fewest` parts at least, and what
 * stands before it ("IIT Bombay, Mumbai" → "IIT Bombay" and "Mumbai"); or null.
 */
export function closingPlace(text: string, fewest = 1): { head: string; place: string } | null {
  const parts = text.split(/\s*,\s*/);
  for (let i = 1; i <= parts.length - fewest; i++) {
    const tail = parts.slice(i).join(', ');
    if (isPlace(tail)) return { head: parts.slice(0, i).join(', '), place: tail };
  }
  return null;
}

/** A country's name or a region's, in any of the gazetteer's languages ("Italia", "Bayern"). */
export function isCountryOrRegion(text: string): boolean {
  const t = lowerPart(text.trim());
  return COUNTRY.has(t) || REGION.has(t);
}

/**
 * An address as Japan and Korea write it, the larger area first: a prefecture and its city or ward
 * ("東京都目黒区", "宮城県仙台市"), a special city or a province and its districts ("서울특별시 성동구",
 * "경기도 성남시 분당구").
 */
const ADMINISTRATIVE = new RegExp(
  '^(?:\\p{sc=Han}{1,3}[都道府県](?:[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}]{1,6}[市区町村])*' +
    // (A city alone, with its ward or not: "福岡市", "成都市", "横浜市中区"; "성남시 분당구".)
    '|\\p{sc=Han}{1,3}市(?:\\p{sc=Han}{1,4}[区區町])?|[가-힣]{1,4}시(?:\\s+[가-힣]{1,6}(?:구|군|동|읍|면))*' +
    '|(?:[가-힣]{1,3}(?:특별시|광역시|특별자치시)|경기도|강원도|강원특별자치도|충청북도|충청남도|전라북도|전북특별자치도|전라남도|경상북도|경상남도|제주도|제주특별자치도)(?:\\s+[가-힣]{1,6}(?:시|구|군|동|읍|면))*' +
    // (Their short forms before a district: "서울 강남구", "경기 성남시 분당구".)
    '|(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)(?:\\s+[가-힣]{1,6}(?:시|구|군|동|읍|면))+)$',
  'u',
);

const AROUND_CITY = /^(?:г\.|гор\.|город|м\.|місто)\s*(.+)$|^(?:greater|grand|großraum|région de)\s+(.+)$|^(.+?)\s+(?:bay area|metropolitan area|metro area|metropolitan region|area|region|selatan|utara|barat|timur|pusat|([A-Z]{2,3}))$/iu;

// The words for county that name nothing else: not "Departamento de Tesorería", a bank's department.
// ("Nakuru, Nakuru County": and the English word after the county's name, as Kenya and the United States write it.)
const COUNTY_NAMED = /,\s*(?:co\.|county|județul|judetul|powiat|okres)\s+\p{Lu}|\s(?:kraj|megye|vármegye|County)$/iu;
const COUNTY_AFTER = /(?<=^\p{Lu}[\p{L}-]+)\s+(?:kraj|megye|vármegye|oblast|област|область|voivodeship|County)$/iu;
// (Poland's voivodeship is written in small letters after its word: "Stryków, woj. łódzkie".)
const COUNTY = /^(?:(?:județul|judetul|provincia(?: d[ie])?|province of|comté de|county|co\.|okres|powiat|kraj|estado de|departamento de|región de|regione)\s+(?=\p{Lu})|(?:woj\.|województwo)\s*(?=\p{Ll}))/iu;

/** Whether the text, whole, names a place. */
// A team after a town ("Berlin, Engineering") is no province.
const DEPARTMENT = /^(?:engineering|marketing|sales|finance|operations|research|design|product|legal|support|data|security|management|consulting|technology|infrastructure|platform|analytics)$/i;

// "Hamburg-Eimsbüttel", "Freiburg im Breisgau": a well-known city and its quarter after a hyphen, or the river or land it is on.
const CITY_AND_MORE = /^(\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*)?)(?:-\p{Lu}\p{Ll}+| (?:im|am|an der|upon|sur|on) \p{Lu}\p{Ll}+)$/u;
const quarterOfCity = (text: string) => {
  const m = CITY_AND_MORE.exec(text);
  return m !== null && CITY.has(lowerPart(m[1]!));
};

// Mexico's states as addresses shorten them, with their full stops ("Guadalajara, Jal.", "Monterrey, N.L.", "Puebla, Pue., México").
const MEXICAN_STATE: Record<string, string> = {
  'Ags.': 'Aguascalientes', 'B.C.': 'Baja California', 'B.C.S.': 'Baja California Sur', 'Camp.': 'Campeche', 'Chis.': 'Chiapas', 'Chih.': 'Chihuahua',
  'Coah.': 'Coahuila', 'Dgo.': 'Durango', 'Edo. Méx.': 'Estado de México', 'Edo. de Méx.': 'Estado de México', 'Gto.': 'Guanajuato', 'Gro.': 'Guerrero',
  'Hgo.': 'Hidalgo', 'Jal.': 'Jalisco', 'Méx.': 'Estado de México', 'Mich.': 'Michoacán', 'Mor.': 'Morelos', 'N.L.': 'Nuevo León', 'Nay.': 'Nayarit',
  'Oax.': 'Oaxaca', 'Pue.': 'Puebla', 'Q. Roo.': 'Quintana Roo', 'Q.Roo.': 'Quintana Roo', 'Qro.': 'Querétaro', 'S.L.P.': 'San Luis Potosí', 'Sin.': 'Sinaloa',
  'Son.': 'Sonora', 'Tab.': 'Tabasco', 'Tamps.': 'Tamaulipas', 'Tlax.': 'Tlaxcala', 'Ver.': 'Veracruz', 'Yuc.': 'Yucatán', 'Zac.': 'Zacatecas',
};
const MEXICAN_STATE_PART = new RegExp(`,\\s*(${Object.keys(MEXICAN_STATE).map((k) => k.replace(/\./g, '\\.')).join('|')})(?=\\s*,|$)`);

export function isPlace(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 60) return false;
  const mexican = t.includes('.') ? MEXICAN_STATE_PART.exec(t) : null;
  // (The town alone before it: "Col. Huexotitla, Puebla, Pue." is a neighbourhood, then the place.)
  if (mexican) return !t.slice(0, mexican.index).includes(',') && isPlace(t.replace(mexican[0], `, ${MEXICAN_STATE[mexican[1]!]!}`));
  // A well-known city with what pages write around it: the word for a city before it ("г. Москва", "м. Київ"), its
  // metropolitan area ("Greater London", "San Francisco Bay Area"), a quarter ("Jakarta Selatan"), a state's code
  // without the comma ("Sydney NSW"). (Not a district's number: "Gymnázium Jana Keplera, Praha 6" names a school.)
  const around = AROUND_CITY.exec(t);
  const core = around ? (around[1] ?? around[2] ?? around[3])! : null;
  if (core && CITY.has(lowerPart(core)) && (!around![4] || CODES.has(around![4]))) return true;
  // ("London UK", "Paris France": a known city and its country, without the comma.)
  const spaced = /^(\S+(?: \S+)?) (\S+)$/u.exec(t);
  if (spaced && CITY.has(lowerPart(spaced[1]!)) && COUNTRY.has(lowerPart(spaced[2]!))) return true;
  // ("São Luís – MA", "Jaraguá do Sul – SC": a Brazilian town, a spaced dash, then its state's code; a town the list
  // does not know must be a name with its particles.)
  const state = /^(\p{Lu}[\p{L}'’-]*(?: (?:de|do|da|dos|das) \p{Lu}[\p{L}'’-]*| \p{Lu}[\p{L}'’-]*){0,3}) [–—-] ([A-Z]{2})$/u.exec(t);
  if (state && BRAZILIAN_STATE.has(state[2]!) && (CITY.has(lowerPart(state[1]!)) || / (?:de|do|da|dos|das) /.test(state[1]!))) return true;
  // ("Lyon 2e", "Paris 11ème": a known French city and its arrondissement.)
  const arrondissement = /^(.+?) \d{1,2}(?:e|er|ème|eme)$/u.exec(t);
  if (arrondissement && CITY.has(lowerPart(arrondissement[1]!))) return true;
  // "Porto (Portugal)": a city with its country in brackets.
  const bracket = t.endsWith(')') ? /^(.+?)\s*\(([^()]+)\)$/.exec(t) : null;
  // "Bogotá (remote)", "Remote (Berlin)": a place with how the work is done there. (Or in full-width brackets: "東京（リモート併用）".)
  const wide = t.endsWith('）') ? /^(.+?)（([^（）]+)）$/u.exec(t) : null;
  if (wide) return WORK_MODE.test(wide[2]!) && isPlace(wide[1]!);
  if (bracket && (WORK_MODE.test(bracket[2]!) || MODE_FROM.test(bracket[2]!))) return isPlace(bracket[1]!);
  // ("Remote (US)": a country's code is enough there; "remote (Amsterdam HQ)": so is the town of the office.)
  if (bracket && WORK_MODE.test(bracket[1]!)) {
    const where = bracket[2]!.replace(/\s+(?:hq|headquarters|office|offices|hub)$/i, '');
    return isPlace(where) || COUNTRY.has(lowerPart(where)) || CODES.has(where) || REMOTE_REGION.test(where);
  }
  // ("Borgo San Lorenzo (FI)": an Italian town with its province's code; a town of one word the list must know.
  // Not a job and its field's letters: "Senior Product Designer (UX)".)
  if (bracket && /^[A-Z]{2}$/.test(bracket[2]!) && PART.test(bracket[1]!) && !TITLE_WORDS.test(bracket[1]!) && (bracket[1]!.includes(' ') || CITY.has(lowerPart(bracket[1]!)))) return true;
  // ("Brest (29)": a French town with its département's number; a known town, as a counter reads alike, "Projects (12)".)
  if (bracket && /^(?:\d{2}|2[AB]|97\d)$/.test(bracket[2]!) && CITY.has(lowerPart(bracket[1]!))) return true;
  if (bracket) return PART.test(bracket[1]!) && (/\p{Ll}/u.test(bracket[1]!) || CITY.has(lowerPart(bracket[1]!))) && COUNTRY.has(lowerPart(bracket[2]!));
  // ("東京・二子玉川": a city, a middle dot, and its quarter in the same script.)
  const dotted = /^([^・]{1,8})・[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,8}$/u.exec(t);
  if (dotted && /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]+$/u.test(dotted[1]!)) return isPlace(dotted[1]!);
  // ("Stuttgart / München", "Berlin / Remote": two offices, or one and how the work was done, a spaced slash between.)
  const pair = t.includes(' / ') ? t.split(' / ') : null;
  if (pair?.length === 2) return pair.every((p) => isPlace(p) || WORK_MODE.test(p)) && !pair.every((p) => WORK_MODE.test(p));
  // ("Kyiv, remote", "Київ, віддалено": or after a comma; not a list of places a candidate would move to, "Ho Chi Minh City, Singapore, Remote".)
  const modeAfter = /^([^,،]+?)\s*[,،]\s*([^,،]+)$/u.exec(t);
  if (modeAfter && WORK_MODE.test(modeAfter[2]!)) return isPlace(modeAfter[1]!);
  // (Arabic writes its comma "،": "دبي، الإمارات".)
  // ("Brașov, județul Brașov, România", "Cuneo, provincia di Cuneo, Italia": a county after the town, named with its word for county.)
  // ("Brno, Jihomoravský kraj", "Gödöllő, Pest megye": or its word for region after the region's own.)
  const parts = t.split(/\s*[,،]\s*/).map((p, k) => (k > 0 ? p.replace(COUNTY, '').replace(COUNTY_AFTER, '') : p));
  // (A country's name may have words in lower case: "Brno, Česká republika".)
  if (parts.length > 4 || !parts.every((p) => PART.test(p) || CODES.has(p) || (p !== parts[0] && (COUNTRY.has(lowerPart(p)) || REGION.has(lowerPart(p)))))) return false;
  // ("서울, 대한민국 Seoul, South Korea": a part in two scripts is where two renderings meet, no one place.)
  if (parts.some((p) => /\p{Lo}/u.test(p) && /[A-Za-z]/.test(p))) return false;
  // ("Full-Stack Engineer Austin, TX": a job title before the town makes the line no place.)
  if (TITLE_WORDS.test(parts[0]!) && !CITY.has(lowerPart(parts[0]!))) return false;
  // ("Toowong, Brisbane QLD": a suburb, then a well-known city with its state's code.)
  const coded = parts.length === 2 ? AROUND_CITY.exec(parts[1]!) : null;
  if (coded?.[4] && CODES.has(coded[4]) && CITY.has(lowerPart(coded[3]!)) && /^\p{Lu}[\p{Ll}-]+$/u.test(parts[0]!) && !DEPARTMENT.test(parts[0]!)) return true;
  const last = parts[parts.length - 1]!;
  // A city is a few words ("San Francisco", "Rio de Janeiro"), unless it is a well-known longer one.
  if (parts[0]!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length > 3 && !CITY.has(lowerPart(parts[0]!))) return false;
  // ("Co. Cork": an Irish county, its word before it.)
  if (parts.length === 1) return CITY.has(lowerPart(last)) || /^(?:Co\.|County) \p{Lu}\p{Ll}+$/u.test(last) || (COUNTRY.has(lowerPart(last)) && last.length > 3) || ADMINISTRATIVE.test(last) || quarterOfCity(last);
  // "Seattle, WA, USA", "Guadalajara, Jalisco, Mexico": after the city, only regions and countries.
  const regional = (p: string) => COUNTRY.has(lowerPart(p)) || REGION.has(lowerPart(p)) || CODES.has(p);
  // ("Kraków, Małopolskie, Poland": between a well-known city and its country, a region the list does not know.)
  // ("Madrid, Comunidad de Madrid, España": a region of a few words, the city's own name among them or not.)
  // ("Katowice, Śląskie, Poland": a town of one word the gazetteer does not know, its region, its country.)
  // ("Cluj-Napoca, Cluj, RO", "Lyon, Rhône, FR": or a well-known city, its region, and its country's code.)
  const countryAfter = COUNTRY.has(lowerPart(last)) || (/^[A-Z]{2}$/.test(last) && CITY.has(lowerPart(parts[0]!)));
  // ("Mladá Boleslav, Středočeský kraj, Česko": or a town of a few words before a region its word for region names as one.)
  const namedRegion = parts[1] !== t.split(/\s*[,،]\s*/)[1] && /^\p{Lu}[\p{Ll}-]+(?: (?:nad |pod )?\p{Lu}[\p{Ll}-]+){0,2}$/u.test(parts[0]!);
  const cityRegionCountry = parts.length === 3 && (CITY.has(lowerPart(parts[0]!)) || /^\p{Lu}[\p{Ll}-]+$/u.test(parts[0]!) || namedRegion) && (countryAfter || (namedRegion && REGION.has(lowerPart(last)))) && parts[1]!.split(' ').length <= 4;
  if (parts.length >= 3 && !cityRegionCountry && !parts.slice(1).every(regional)) return false;
  // ("Naas, Co. Kildare", "Gödöllő, Pest megye": a town of one word, then a region its word for region names as one.)
  if (parts.length === 2 && namedRegion && !parts[0]!.includes(' ') && COUNTY_NAMED.test(t)) return true;
  // ("Bilbao, Bizkaia": a well-known city, then its province in one word the list does not know.)
  return COUNTRY.has(lowerPart(last)) || REGION.has(lowerPart(last)) || CODES.has(last) || (parts.length === 2 && CITY.has(lowerPart(parts[0]!)) && (/^[A-Z]{2,3}$/.test(last) || (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(last) && !TITLE_WORDS.test(last) && !DEPARTMENT.test(last))));
}

// A place in a sentence: "based in Lisbon, Portugal", "I live in Zürich, Switzerland", "engineer in Seattle, WA, USA".
const PLACE_IN_PROSE =
  /(?<![\p{L}])(based in|based out of|located in|living in|live in|lives in|residing in|wohnhaft in|[Ww]ohne in|[Ll]ebe in|basée? à|j'habite à|habite à|[Jj]e vis à|[Vv]isc a|[Vv]iu a|basad[oa] en|[Vv]ivo en|[Vv]ivo a|[Ll]avoro da|[Ll]avoro a|[Vv]ivo em|[Mm]oro em|a viver n[oa]|residente a|woonachtig in|[Ww]oon in|gevestigd in|bor i|[Mm]ieszkam w|[Bb]ydlím v|[Жж]иву в|[Tt]inggal di|berdomisili di|[Nn]inaishi|[Nn]aishi|[Nn]akatira sa|sống và làm việc tại|sống tại|sống ở|ساکن|from|uit|från|fra|in|aus|en|à|em|no|na|a|من|في|در|στη|στην|στο|i|v|w)\s+((?:\p{Lu}|\p{Lo})[^.;:!?()|·•∙\n]{1,58})/gu;
/** The names an icon font's pin is drawn by, as its text: "<i class="material-icons">place</i>". */
export const PIN_LIGATURES = 'place|location_on|location_city|pin_drop';
const PIN_LIGATURE = new RegExp(`^(?:${PIN_LIGATURES})\\s+(?=\\p{Lu})`, 'u');
// (Not "Ciudad de México": the label's next word is a name, in capitals.)
const LABEL_BEFORE = /^(?:[Ll]ocation|LOCATION|[Aa]ddress|[Rr]esidence|[Ww]ohnort|[Ss]tandort|[Ll]ieu|[Uu]bicación|[Ll]ocalização|[Ll]ocalità)\s+(?=\p{Lu})/u;
const ADDRESS_WORD = /\b(?:building|campus|street|road|avenue|lane|floor|room|suite|house|hall|tower|straße|strasse|weg|platz|rue|calle|avenida|rua|via|piazza)\b/i;
// The word before a bare "from" that makes it where the person comes from: "originally from", "ursprünglich aus".
const ORIGIN_BEFORE = /(?:originally|ursprünglich|gebürtig|originaire|originari[oa]|oriund[oa]|pochodzę|oorspronkelijk)\s*$/iu;
// (Arabic's "from" and "in" too: "من عمّان، الأردن".)
const BARE = new Set(['from', 'in', 'aus', 'en', 'à', 'em', 'no', 'na', 'a', 'من', 'في', 'در', 'στη', 'στην', 'στο', 'i', 'v', 'w']);
// (Swedish, Czech and Slovak codes write a space inside: "903 26 Umeå", "602 00 Brno".)
// (A Dutch postcode's two letters are part of it: "3511 NH Utrecht".)
// (A Canadian one is letters and digits by turns: "Toronto, ON M5V 2T6".)
// (And Poland's "53-125", a British district's outward code closing its part, "Leeds LS6", a city's district, "Dublin 7".)
const POSTCODE = /\b(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2}(?=\s\p{Lu})|(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{3,4})?|\d{3} \d{2}|\d{2}-\d{3}|[A-Z]{1,2}\d[\dA-Z]?\s\d[A-Z]{2}|(?<=\p{L} )(?:[A-Z]{1,2}\d{1,2}[A-Z]?|\d{1,2})(?=\s*$))\b/gu;

// (Its offset from UTC or its usual abbreviation, in brackets or after a dash.)
const ZONE = '(?:(?:UTC|GMT)(?:\\s*[+−-]\\s*\\d{1,2}(?::?\\d\\d)?)?|CET|CEST|EET|EEST|WET|WEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST|AEST|AEDT|BRT|ART|MSK|SGT|HKT|NZST|NZDT|ICT|WIB|PKT|GST)';
const TIME_ZONE = new RegExp(`\\s*(?:\\(${ZONE}\\)|\\s[—–-]\\s${ZONE})$`, 'u');

/** The place a short line states: the line, or one of its " · ", " | " separated parts, or the end of an address. */
/** "Requisitions › Applications (23) › Jane Doe": a trail of the site's pages, which names no place. */
export function isTrail(text: string): boolean {
  return /›.+›/.test(text);
}

/** An address or a number among a line's parts. */
export const CONTACT_PART = /\S+@\S+\.\w+|\+?\(?\d[\d\s().-]{7,}\d/;
const CONTACT_SEGMENT = new RegExp(`^(?:${CONTACT_PART.source})$`);

export function placeAlone(text: string): string | null {
  // "Campinas, SP – Brasil", "São Paulo - SP": a dash before the country or the state is the comma an address would write.
  const dashed = (t: string) => (/ [-–—] /.test(t) && t.length <= 60 && isPlace(t.replace(/ [-–—] /g, ', ')) ? t : null);
  if (dashed(text)) return text;
  if (isTrail(text)) return null;
  const segs = text.split(/\s+[·|｜•∙⋅‧◦▪–—›]\s+|\s*[|｜•·∙⋅‧◦▪›]\s*|\s{2,}/);
  // (Beside the person's address or number, "Karşıyaka, İzmir | ayse@… | +90 …": a district the gazetteer lacks before a
  // city it knows is where they are; alone, "Acme, Berlin" may be an employer and its town.)
  const besideContacts = segs.length >= 2 && segs.some((g) => CONTACT_SEGMENT.test(g.trim()));
  for (const seg of segs) {
    const district = besideContacts ? /^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?), ([^,]+)$/u.exec(seg.trim()) : null;
    if (district && isPlace(district[2]!) && !isPlace(district[1]!) && TOWN.test(district[1]!)) return seg.trim();
    if (seg !== text && dashed(seg.trim())) return seg.trim();
    // ("Location Austin, TX": a label without its colon; "Nantes (44)": a French town with its département.)
    // (Nor is the time zone after it part of the place: "Thessaloniki, Greece (UTC+2)", "Recife, PE — BRT".)
    // ("place Galway, Ireland": nor the name an icon font's pin is drawn by, read as its text.)
    // (Not a Mexican state's full stop: "Zapopan, Jal.".)
    const stateClosing = MEXICAN_STATE_PART.test(seg) ? seg.replace(/^[^\p{L}]+/u, '').trim() : null;
    if (stateClosing && isPlace(stateClosing)) return stateClosing;
    const s = seg.replace(/^[^\p{L}]+/u, '').replace(/\.$/, '').replace(LABEL_BEFORE, '').replace(PIN_LIGATURE, '').replace(TIME_ZONE, '').trim();
    if (s.length > 80) continue;
    if (isPlace(s)) return s;
    // ("Amsterdam, Netherlands (EU citizen, no sponsorship needed)", "Lisbon (open to relocation)": a note in words after the place.)
    const noted = s.endsWith(')') ? /^(.+?)\s*\(([^()]*\p{Ll}[^()]*)\)$/u.exec(s) : null;
    if (noted && isPlace(noted[1]!)) return noted[1]!;
    const departement = /^(.+?)\s*\((?:\d{2,3}|2[AB])\)$/.exec(s);
    if (departement && (isPlace(departement[1]!) || TOWN.test(departement[1]!))) return s;
    // "Ashworth Building, Kings Buildings Campus, Edinburgh, United Kingdom": an address without a number,
    // its building or street named as such, the city onwards.
    if (!/\d/.test(s)) {
      const parts = s.split(/\s*,\s*/);
      if (parts.length >= 3 && ADDRESS_WORD.test(parts[0]!)) {
        for (let i = 1; i < parts.length - 1; i++) if (isPlace(parts.slice(i).join(', '))) return parts.slice(i).join(', ');
      }
      continue;
    }
    // "Rua de Santa Catarina 310, 4000-443 Porto (Portugal)", "1070 Vienna, Austria": an address (it has
    // a number), the city onwards.
    // ("Via del Pratello 21, 40122 Bologna (BO), Italia": without the province's code in brackets.)
    // ("12, rue Duguesclin - 69006 Lyon", "New Delhi - 110029": a dash between spaces before a postcode parts it as a comma does.)
    const parts = s.split(/\s*,\s*|\s+[-–—]\s+(?=\d{3,6}\b)/);
    for (let i = 0; i < parts.length; i++) {
      const tail = parts.slice(i).map((p) => p.replace(POSTCODE, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
      if (!tail.length || tail.some((p) => /\d/.test(p))) continue;
      if (isPlace(tail.join(', ').replace(/\s*\(\p{Lu}{2}\)(?=,|$)/gu, ''))) return tail.join(', ');
      // "Lindenhofstraße 12, 68163 Mannheim": the town a postcode opens, known to the gazetteer or not.
      // ("73728 Esslingen am Neckar": a town whose name has small words in it.)
      if (i > 0 && tail.length === 1 && new RegExp(`^${POSTCODE.source}\\s`).test(parts[i]!) && (TOWN.test(tail[0]!) || /^\p{Lu}[\p{L}'-]*(?:\s+(?:am|an|im|ob|bei|upon|sur|de|del|la)\s+\p{Lu}[\p{L}'-]*)+$/u.test(tail[0]!))) return tail[0]!;
    }
  }
  return null;
}

/** A place a sentence names: "based in Lisbon, Portugal"; after a bare "in" or "from", only a place with its country or state. */
export function placeInProse(text: string): string | null {
  // "现居台北", "现居 浙江杭州", "東京在住": where the person lives, in Chinese and Japanese (no space to part the words); the
  // place is the longest known one the words make, its province before it dropped ("浙江杭州" → "杭州").
  const lives = /(?:现居|現居|居住在|现居住在)\s*(?:[:：]\s*)?(\p{Script=Han}{2,8})|(\p{Script=Han}{2,8})在住/u.exec(text);
  const where = lives ? (lives[1] ?? lives[2])! : null;
  if (where) for (let from = 0; from < where.length - 1; from++) for (let to = where.length; to - from >= 2; to--) if (isPlace(where.slice(from, to))) return where.slice(from, to);
  // "İzmir’de yaşıyorum", "पुणे में रहने वाली": where the person lives, the place before the verb (Turkish, Hindi).
  const before = /(?<![\p{L}])(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)['’](?:de|da|te|ta) yaşı|([\p{Script=Devanagari}]+(?:,? [\p{Script=Devanagari}]+)?) में (?:रहने|रहता|रहती)/u.exec(text);
  const lived = before ? (before[1] ?? before[2])! : null;
  if (lived && isPlace(lived)) return lived;
  // "Based <place>", "<place>-based": a place the text says the person is in.
  const basedAfter = /^(.{3,40}?)[ -]based\b/u.exec(text);
  if (basedAfter && isPlace(basedAfter[1]!.trim())) return basedAfter[1]!.trim();
  // Matches may overlap ("a Robotics Engineer in Pittsburgh, PA": the "in" inside the "a" match).
  const re = PLACE_IN_PROSE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; re.lastIndex = m.index + m[1]!.length + 1, m = re.exec(text)) {
    const stated = !BARE.has(m[1]!.toLowerCase());
    // (Where the person comes from is not where they are: "ursprünglich aus Poznań, seit 2011 in Berlin".)
    if (!stated && ORIGIN_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const words = m[2]!.split(/\s+/);
    // The longest run of words that is a place: "Seattle, WA, USA. I design…" → "Seattle, WA, USA".
    for (let n = Math.min(words.length, 8); n > 0; n--) {
      const candidate = words.slice(0, n).join(' ').replace(/[,،\s]+$/, '');
      // After a bare "in" or "from": a place with its region or country, or a well-known city.
      if ((stated || /[,،]/.test(candidate) || CITY.has(lowerPart(candidate))) && isPlace(candidate)) return candidate;
    }
  }
  return null;
}

/** "San Francisco, California US": a line that opens on a well-known city and a comma. */
export function startsWithCity(text: string): boolean {
  const comma = text.indexOf(',');
  return comma > 0 && CITY.has(lowerPart(text.slice(0, comma).trim()));
}
