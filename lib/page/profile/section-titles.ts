import { titleClassifier, type SectionKind, type TitleClassifier } from './sections';
import { SITE_VOCABULARY } from '../../shared/sites/registry';
import { YEAR_UNIT } from './dates';

/**
 * Every section title extraction knows, by kind (see titleClassifier for the form). Detection uses
 * a coarser vocabulary of its own (detect.ts), so the bootstrap does not carry this one.
 */
const VOCABULARY =
  'assessment:assessment,screening,ai assessment,ai screening,triagem,triagem por ia,nota da triagem,nota da triagem por ia,avaliação por ia,cribado,evaluación por ia,skill assessment,skills assessment,vetting,vetting results,test results,skill tests,skills tests,uji keterampilan,tes keterampilan,hasil tes,asesmen,hasil asesmen,penilaian,hasil penilaian,exámenes,pruebas verificadas,exames,testes verificados,esami,test verificati,tests vérifiés,examens,prüfungsergebnisse,testergebnisse;' +
  'tools:інструменти,eszközök,εργαλεία,tool,application,my tools,tools of the trade,tools of my trade,gear,my gear,equipment,ehr systems,emr systems,ehr,emr,charting systems;' +
  'skills:amihez értek,amiben jó vagyok,במה אני טובה,במה אני טוב,מה אני יודעת לעשות,מה אני יודע לעשות,co umím,co umím nabídnout,čo viem,čo ponúkam,co potrafię,co umiem,cosa so fare,lo que sé hacer,qué sé hacer,ce que je sais faire,o que sei fazer,was ich kann,wat ik kan,specialty experience,speciality experience,skill,ability,knowledge,know-how,technology stack,technical stack,what i know,things i know,skillset,skill set,methods,methodologies,skills matrix,skill matrix,capability,specialty,speciality,strength,area of expertise,areas of expertise,expertise,competence,competency,proficiency,technology,tech stack,stack,toolbox,toolkit,what i use,tools i use,what i\'m good at,what i am good at,what i work with,tech i use,technologies i use,technologies i work with,programming language,framework,keywords,research keywords,computing,scientific computing,environment,technical environment,tech environment;' +
  // (A film crew member's filmography: the posts they held, production by production.)
  'experience:filmography,filmographie,filmografie,filmografía,filmografia;' +
  "experience:experience,history,employment,employment record,freelance work,position,appointment,career,job,job history,sea service,sea time,service record,service history,seagoing service,sea-going service,work summary,employment details,employment summary,position history,professional background,work background,where i've worked,where i have worked,where i've been,where i have been,places i've worked,timeline,journey,career path,previously,before,earlier,past roles,earlier roles,previous roles,other roles,former roles,selected roles,recent roles,now,internships,praktika,prácticas,estágios,tirocini,praktyki,staże,ฝึกงาน;" +
  'education:education,academic,academic history,academic background,academic qualification,educational qualification,educational background,educational details,educational history,qualification,degree,studies,studied,where i studied,schooling,school;' +
  "projects:project,work,case study,things i've built,some things i've built,what i've built,things i've made,what i've made;" +
  'achievements:achievement,award,honour,honor,accomplishment,scholarship,recognition;' +
  'certifications:certification,certificate,course,coursework,specialization,licence,license,training;' +
  'interests:interest,hobby,looking for,i am looking for,i\'m looking for,what i\'m looking for,ich suche,je recherche,busco,procuro,cerco,szukam,zoek;' +
  'languages:language;' +
  'publications:publication,paper,talk,patent,published blog,blog,blog posts,recent posts,latest posts,writing,speaking,speaking engagement,presentation;' +
  'contact:contact,contact me,contact info,contact information,contact detail,get in touch,say hello,personal information,personal detail,personal data,links,link,on the web,around the web,elsewhere,find me,find me online,find me elsewhere,online,online presence,social,socials,social links,profiles,online profiles;' +
  'summary:summary,profile,objective,overview,about,about me,about myself,bio,who i am;' +
  // A CV's catch-all ("Additional information": licences, memberships, references): no list of skills.
  'additional:additional information,ďalšie informácie,další informace,other information,further information,additional details,miscellaneous;' +
  // A marketplace's record of client jobs and what clients said: no employment, and no list of skills.
  'additional:completed jobs,jobs completed,client work,client reviews,reviews,müşteri değerlendirmeleri,değerlendirmeler,ulasan klien,ulasan,recommendations,zrealizowane zlecenia,opinie,opinie klientów,recensioni,avaliações,valoraciones,bewertungen,avis clients,évaluations;' +
  // Unpaid or other work is no employment (the corpus's experience is jobs and internships).
  'additional:volunteer experience,volunteering,volunteer work,gönüllü çalışmalar,gönüllülük,ehrenamt,ehrenamtliches engagement,bénévolat,voluntariado,volontariato,wolontariat,vrijwilligerswerk,other experience,other experiences,professional memberships,memberships,professional affiliations,affiliations,professional bodies,mitgliedschaften,adhésions,afiliaciones,afiliações,associazioni professionali;' +
  "jobpost:requirement,responsibility,nice to have,benefit,perk,about the role,about the job,the role,who you are,hiring process,how to apply,job description,what you'll do,what you'll bring,minimum qualification,preferred qualification,basic qualification";

/** The same sections as CVs in German, French, Spanish, Portuguese and Italian title them. */
const FOREIGN =
  'skills:fagfelt,fagområder,fagområde,fagområden,fagområdet,technologieën,technológiák,τεχνολογίες,aftësi,aftësitë,aftësi teknike,atouts,mes atouts,points forts,kenntnisse,fähigkeiten,kompetenzen,fachkompetenzen,fachliche kompetenzen,fachwissen,vakkennis,deskundigheid,expertisegebieden,it-kenntnisse,edv-kenntnisse,fachkenntnisse,technische kenntnisse,technologien,compétences,compétences techniques,compétence,savoir-faire,habilidades,competencias,conocimientos,aptitudes,tecnologías,habilidades técnicas,competências,tecnologias,conhecimentos,competenze,competenze tecniche,conoscenze,tecnologie,abilità,métodos,metodologías,metodologias,méthodes,méthodologies,methoden,metodi,metodologie,lenguajes,lenguajes de programación,linguagens,linguagens de programação,langages,langages de programmation,linguaggi,linguaggi di programmazione,programmiersprachen,języki programowania;' +
  // The qualified forms CVs in these languages use (the qualifier follows the head), Europass's among them.
  "skills:capacità nell'uso delle tecnologie,capacità e competenze tecniche,capacità e competenze informatiche,capacità tecniche,capacità informatiche;" +
  'skills:kompetenzmatrix,skill-matrix,skillmatrix,schwerpunkte,fachliche schwerpunkte,kompetenzschwerpunkte,persönliche fähigkeiten,digitale kompetenzen,it-kompetenzen,compétences informatiques,compétences numériques,compétences personnelles,competencias digitales,competencias técnicas,competencias personales,conocimientos informáticos,conocimientos técnicos,competências digitais,competências técnicas,competências pessoais,conhecimentos técnicos,conhecimentos de informática,competenze personali,competenze informatiche,competenze digitali,conoscenze informatiche;' +
  'tools:werkzeuge,tools,outils,herramientas,ferramentas,strumenti;' +
  // (A career as Nordic staff pages head it, "Bakgrunn", background, and in German and English with the word for career.)
  'experience:bakgrunn,bakgrund,baggrund,yrkesbakgrunn,yrkesbakgrund,faglig bakgrunn,profesjonell bakgrunn,professionel baggrund,career background,employment background,beruflicher hintergrund;' +
  // (A researcher's methods, as a staff page heads them: "Methodische Expertise".)
  'skills:methodische expertise,fachliche expertise,technische expertise,methodenkompetenz,methodenkompetenzen,methodische kompetenzen,methodische kenntnisse,methodological expertise,methods expertise,expertise méthodologique,compétences méthodologiques,competenze metodologiche,competencias metodológicas,competências metodológicas;' +
  // A role's "Environnement technique : Java, Spring" line, as French, Spanish, Portuguese, Italian and German CVs label it.
  'skills:environnement,environnement technique,entorno técnico,entorno tecnológico,ambiente técnico,ambiente tecnológico,ambiente tecnico,technische umgebung,systemumgebung;' +
  // What a member offers, as business networks head their skills ("Ich biete" beside "Ich suche").
  'skills:ich biete,what i offer,i offer,je propose,ofrezco,ofereço,offro;' +
  // A therapist's or a practitioner's methods and techniques of work: what they are trained in.
  'skills:metody pracy,metody terapii,treatment methods,working methods,techniques,behandlungsmethoden,therapiemethoden,methoden,técnicas,técnicas de tratamiento,métodos de trabajo,méthodes de travail,metodi,tecniche,methoden en technieken;' +
  // (A toolbox, as English's "Toolbox" heads skills, and "contact me", in the other languages.)
  "skills:boîte à outils,ma boîte à outils,caja de herramientas,mi caja de herramientas,caixa de ferramentas,cassetta degli attrezzi,werkzeugkasten,mein werkzeugkasten;" +
  "contact:me contacter,me contacter par e-mail,contáctame,contacta conmigo,fale comigo,contattami,kontaktiere mich,schreib mir;" +
  // (A cloud of skills, each drawn as large as it weighs.)
  'skills:skill cloud,skills cloud,tag cloud,nuvem de competências,nuvem de habilidades,nube de habilidades,nube de competencias,nuage de compétences,kompetenzwolke,nuvola di competenze;' +
  // (A network's skills with the endorsements counted beside them.)
  'skills:compétences et recommandations,kenntnisse und bestätigungen,aptitudes y validaciones,competenze e conferme,competências e recomendações,vaardigheden en onderschrijvingen,umiejętności i rekomendacje;' +
  // (A speciality, as English's "Specialties" heads skills, in the other languages; a technical evaluation as its screening.)
  'skills:especialidades,especialidad,especialidades técnicas,áreas de especialidad,spécialités,spécialité,domaines d\'expertise,specializzazioni,specialità,aree di competenza,spezialgebiete,fachgebiete,especializações,áreas de especialização;' +
  'assessment:screening score,ai screening score,ai score,ön eleme,ön eleme skoru,yz ön eleme,yz ön eleme skoru,yapay zeka ön eleme,teknik değerlendirme,değerlendirme,evaluación técnica,evaluación,évaluation technique,évaluation,valutazione tecnica,valutazione,technische bewertung,bewertung,avaliação técnica,avaliação;' +
  'experience:berufserfahrung,erfahrung,werdegang,beruflicher werdegang,berufliche stationen,berufliche erfahrung,praxiserfahrung,expérience,expériences,expérience professionnelle,expériences professionnelles,parcours,parcours professionnel,experiencia,experiencia laboral,experiencia profesional,trayectoria,trayectoria profesional,situación profesional actual,cargos y actividades desempeñados con anterioridad,percurso,percurso profissional,atuação,atuação profissional,experiência,experiência profissional,experiências,esperienza,esperienze,esperienza lavorativa,esperienza professionale,esperienze lavorative,esperienze professionali;' +
  // (The posts an academic CV lists, "Posizioni accademiche e professionali", "Cargos académicos": the heads, their qualifiers taken off.)
  'experience:posizioni,posizioni ricoperte,incarichi,incarichi ricoperti,cargos,cargos desempeñados,cargos ocupados,karanasan sa ibang bansa,experience abroad,overseas experience,posiciones,posições,akademische positionen,stanowiska akademickie,akademické pozice;' +
  'education:ausbildung,bildung,bildungsweg,studium,schulbildung,akademische ausbildung,formation,formations,études,diplômes,formation académique,formación,educación,estudios,formación académica,formação,educação,formação acadêmica,formação académica,istruzione,formazione,studi,istruzione e formazione;' +
  'projects:projekte,projets,proyectos,projetos,progetti;' +
  'summary:profil,über mich,zusammenfassung,kurzprofil,à propos,à propos de moi,sobre,sobre mí,perfil,perfil profesional,acerca de mí,acerca de,sobre mim,perfil profissional,chi sono,profilo,su di me,profilo professionale;' +
  // (The career objective, as "Objective" titles it in English: "Objetivo profissional", "Objectif professionnel", "Berufsziel".)
  'summary:objetivo,objetivo profesional,objetivo profissional,objetivo laboral,objetivos,objectif,objectif professionnel,obiettivo,obiettivo professionale,obiettivi professionali,berufsziel,karriereziel,cel zawodowy,doel,loopbaandoel,kariyer hedefi,profesní cíl,cieľ;' +
  'languages:capacità linguistiche,capacità e competenze linguistiche,sprachen,sprachkenntnisse,langues,idiomas,lingue,conoscenze linguistiche,competenze linguistiche,compétences linguistiques,competencias lingüísticas,competências linguísticas;' +
  'certifications:zertifikate,qualifikationen,zertifizierungen,weiterbildung,weiterbildungen,certificats,certificaciones,certificados,certificações,certificazioni,corsi;' +
  "interests:interessen,hobbys,freizeit,centres d'intérêt,loisirs,intereses,aficiones,interesses,interessi,hobby;" +
  'achievements:auszeichnungen,erfolge,prix,distinctions,premios,logros,prêmios,conquistas,premi,riconoscimenti;' +
  'contact:kontakt,contacto,contato,contatti,coordonnées,kontaktdaten,persönliche angaben,persönliche daten,informations personnelles,información personal,datos personales,informação pessoal,informações pessoais,dados pessoais,informazioni personali,dati personali,liens,enlaces,collegamenti,im netz,im web,sur le web,en la red,na web,ссылки,链接,連結,リンク,링크,روابط,ligações,tautan,odkazy,linki,länkar,linkit,bağlantılar,посилання,σύνδεσμοι;' +
  'additional:weitere angaben,sonstiges,sonstige angaben,zusätzliche informationen,informations complémentaires,autres informations,información adicional,otros datos,informações adicionais,informação adicional,outras informações,ulteriori informazioni,informazioni aggiuntive,altre informazioni,altro,altre capacità e competenze;' +
  'publications:publikationen,veröffentlichungen,publicaciones,publicações,pubblicazioni,vorträge,conférences,charlas,ponencias,palestras,interventi';

/** And in Polish and Dutch. */
const MORE_LATIN =
  "experience:doświadczenie,doświadczenie zawodowe,przebieg kariery,przebieg pracy,przebieg zatrudnienia,historia zatrudnienia,zatrudnienie,werkervaring,ervaring,loopbaan,werkgeschiedenis,functies,externe functies,external positions;" +
  "education:wykształcenie,edukacja,stopnie i tytuły naukowe,stopnie naukowe,opleiding,opleidingen,onderwijs,onderwijs en opleiding;" +
  "skills:umiejętności,metody,specjalizacje,specjalności,umiejętności techniczne,kompetencje,macierz kompetencji,kompetencje techniczne,technologie,vaardigheden,specialisaties,technische vaardigheden,competenties,kennis;" +
  "languages:języki,znajomość języków,talen,talenkennis;" +
  "projects:projekty,wybrane projekty,projecten,geselecteerde projecten;" +
  "summary:o mnie,podsumowanie,profiel,over mij,samenvatting;" +
  "certifications:certyfikaty,kursy,szkolenia,uprawnienia,certificaten,cursussen;" +
  "interests:zainteresowania,interesses,hobby's;" +
  "contact:dane kontaktowe,dane osobowe,contactgegevens,persoonlijke gegevens;" +
  "achievements:osiągnięcia,nagrody,prijzen";

/** And in Turkish, Czech and Slovak, Swedish, Danish and Norwegian, Finnish, Hungarian, Romanian and Greek. */
const MORE_LANGUAGES =
  'experience:wcześniej,früher,tidigare,iş deneyimi,iş deneyimleri,deneyim,deneyimler,iş tecrübesi,tecrübe,pracovní zkušenosti,profesní zkušenosti,praxe,prax,pracovná prax,odborná prax,pracovné skúsenosti,arbetslivserfarenhet,yrkeserfarenhet,erfarenhet,anställningar,erhvervserfaring,arbejdserfaring,arbeidserfaring,yrkeserfaring,työkokemus,szakmai tapasztalat,munkatapasztalat,experiență profesională,experiență,επαγγελματική εμπειρία,εμπειρία;' +
  'education:eğitim,eğitim bilgileri,öğrenim,vzdělání,vzdělání a odborná příprava,vzdelanie,vzdelanie a odborná príprava,vzdelávanie a príprava,vzdelávanie,utbildning,utbildningar,uddannelse,utdanning,koulutus,tutkinnot,tutkinto,koulutus ja tutkinnot,tanulmányok,végzettség,educație,studii,εκπαίδευση,σπουδές;' +
  'skills:matice dovedností,matice kompetencí,matice znalostí,digitaaliset taidot,ammatilliset taidot,tekniset taidot,atk-taidot,it-taidot,osaaminen ja taidot,számítógépes ismeretek,szakmai kompetenciák,kompetenciák,szakmai ismeretek,informatikai ismeretek,yetenekler,beceriler,yetkinlikler,teknik yetkinlikler,bilgisayar bilgileri,uzmanlık alanları,uzmanlıklar,uzmanlık,odbornost,odbornosť,dovednosti,znalosti,počítačové znalosti,odborné znalosti,technické znalosti,odborné dovednosti,technické dovednosti,počítačové dovednosti,odborné znalosti a dovednosti,odborné zručnosti,technické zručnosti,zručnosti,kompetenser,färdigheter,kunskaper,tekniska kunskaper,kompetencer,færdigheder,ferdigheter,kompetanse,taidot,osaaminen,készségek,kompetenciák,competențe,abilități,δεξιότητες;' +
  'languages:kielitaidot,nyelvismeret,yabancı diller,yabancı dil,dil bilgisi,diller,jazyky,jazykové znalosti,jazykové dovednosti,jazykové zručnosti,språk,språkkunskaper,sprog,kielitaito,nyelvtudás,limbi străine,γλώσσες,ξένες γλώσσες;' +
  'summary:minusta,tietoa minusta,bemutatkozás,magamról,szakmai összefoglaló,hakkımda,özet,ön yazı,o mně,shrnutí,profesní profil,om mig,sammanfattning,om meg,tietoja minusta,rólam,despre mine,σχετικά με εμένα,σχετικά με μένα,για μένα,λίγα λόγια,λίγα λόγια για μένα,προφίλ;' +
  // (Romanian licences a trade is authorised by, with the other languages' certificates; Romanian contact and personal
  // details, and Italian "write to me", with the other languages' contact titles.)
  'certifications:autorizări,autorizari,autorizații,autorizatii,sertifikalar,kurslar,certifikáty,certifikace,kurzy,kurzy a certifikace,kurzy a školení,školení,certifieringar,kurser,certifikater,kurssit,sertifikaatit,lupakirjat,kelpuutukset,pätevyydet,tanúsítványok,certificări,πιστοποιήσεις,επιμόρφωση,επιμορφώσεις,σεμινάρια;' +
  'contact:date de contact,informații personale,informatii personale,scrivimi,scrivetemi,iletişim,iletişim bilgileri,kişisel bilgiler,osobní údaje,kontaktuppgifter,personuppgifter,kontaktoplysninger,yhteystiedot,elérhetőség,date personale,στοιχεία επικοινωνίας;' +
  'interests:hobiler,ilgi alanları,zájmy,koníčky,intressen,fritidsintressen,interesser,harrastukset,hobbi,ενδιαφέροντα;' +
  'projects:projeler,projekty,projekt,projekter,projektit,projektek,proiecte,έργα;' +
  // (Romanian as the Europass CV titles its sections, the article on: "Experiența profesională", "Educație și formare"; a trailing
  // "profesională" is read as any qualifier after the head.)
  'experience:experiența,experienta,experiență de muncă,experiența de muncă;' +
  'education:educație și formare,educația și formarea,educatie si formare,studii și formare;' +
  'skills:competențe personale,competențe digitale,competențe informatice,competențe profesionale,competențe tehnice,competente personale,competente digitale;' +
  'languages:limba maternă,limba(i) maternă(e),alte limbi străine cunoscute,limbi străine cunoscute;' +
  'achievements:ödüller,ocenění,utmärkelser,priser;' +
  'additional:referanslar,reference,referenser,dobrovolnictví,övrigt,ideellt arbete,ideella uppdrag,frivilligt arbete,vapaaehtoistyö;' +
  'summary:kort om mig,kort om meg,kort om mig selv,lyhyesti,stručně o mně;' +
  'experience:önceki görevler,görevler,akademik görevler,akademik ve mesleki görevler,mesleki görevler,iş geçmişi,çalışma geçmişi,yrkesbana,karriär,karriere,arbetslivserfarenheter,anställning,työura,työhistoria,aiemmat tehtävät,aiempi työkokemus,työtehtävät,kariéra;' +
  'tools:verktyg,verktøy,værktøjer,työkalut,nástroje,narzędzia,araçlar,gereedschappen,softvér,prístroje,přístroje,oprogramowanie,programvare,programvara,ohjelmistot,szoftverek,λογισμικό,λογισμικά,logiciels,programas;' +
  'skills:tekniker,teknologier,teknologi,tekniikat,teknologiat,technologie,teknolojiler;' +
  // (And more of the same sections' titles: Danish and Norwegian experience, a French and a Turkish career, a Spanish
  // work history; Italian and Hungarian schooling; German, Italian, Hungarian, Japanese and Indonesian skills; Polish and
  // Chinese foreign languages.)
  'experience:erfaring,carrière,historial,kariyer;' +
  'education:titoli di studio,oktatás;' +
  'skills:fertigkeiten,capacità,ismeretek,技能特長,kemampuan;' +
  'languages:języki obce,外语能力'

/** And as CVs in Russian, Ukrainian, Chinese, Arabic, Korean and Japanese title them. */
const OTHER_SCRIPTS =
  'experience:опыт работы,опыт,трудовая деятельность,места работы,должности,занимаемые должности,工作经历,工作经验,实习经历,职业经历,الخبرة المهنية,المسيرة المهنية,الخبرات,الخبرة العملية,الخبرة,الخبرات العملية;' +
  'education:образование,высшее образование,教育背景,教育经历,学历,التعليم,المؤهلات العلمية,المؤهل العلمي,الدراسة,الدراسات,التعليم الجامعي;' +
  'skills:навыки,что умею,что я умею,что я могу,ключевые навыки,профессиональные навыки,технологии,стек технологий,компетенции,专业技能,技能,技能特长,个人技能,技术栈,المهارات,المهارات التقنية,الأدوات,الأدوات والمهارات,المهارات والأدوات,الأدوات والتقنيات,التقنيات,المهارات الشخصية,المهارات والخبرات,مجالات الممارسة,مجالات التخصص;' +
  'languages:языки,знание языков,владение языками,语言能力,اللغات;' +
  'summary:о себе,обо мне,自我评价,个人简介,个人总结,关于我,نبذة عني,نبذة,الملخص;' +
  'contact:контакты,контактная информация,联系方式,基本信息,个人信息,基本情報,個人情報,기본정보,인적사항,بيانات الاتصال,معلومات الاتصال,معلومات شخصية,للتواصل,تواصل معي,تواصل;' +
  'projects:проекты,项目经历,项目经验,المشاريع;' +
  'certifications:сертификаты,курсы,дополнительное образование,证书,资格证书,الشهادات;' +
  'achievements:достижения,获奖经历,荣誉奖项;' +
  'additional:участие в профсообществах,общественная деятельность,волонтёрство,волонтерство;' +
  'experience:경력,경력사항,경력 사항,직무경험,職歴,職務経歴,経歴,略歴,職歴・経歴;' +
  // (Chinese writes a career as 經歷 / 经历 alone, and its gear and software as 器材與軟體.)
  'experience:經歷,经历;' +
  'tools:器材,器材與軟體,器材与软件,軟體,软件,設備,设备;' +
  // (And Korean its gear and software: 장비 & 소프트웨어.)
  'tools:장비,소프트웨어,장비 & 소프트웨어,장비 및 소프트웨어,장비와 소프트웨어,사용 장비,사용 프로그램,사용 툴;' +
  'education:학력,학력사항,학력 사항,学歴;' +
  'skills:스킬,기술,보유기술,보유 기술,기술스택,프레임워크,데이터베이스,인프라,도구,언어,테스트,スキル,技術,フレームワーク,データベース,インフラ,ツール,言語,プログラミング言語,経験技術,使用技術,得意技術,開発環境,技術スタック,活かせる経験,活かせる経験・知識・技術,知識・技術,テクニカルスキル,保有スキル,技術スキル,研究キーワード;' +
  // (Korean's "competencies", core or of the job, and Japanese "skills held"; Korean "summary".)
  'skills:得意なこと,できること,私にできること,역량,능력,핵심 역량,핵심역량,직무 역량,보유 역량,전문 역량,핵심 기술,전문 기술,保有技能;' +
  'summary:요약,경력 요약;' +
  // (Catalan's and Portuguese's "path" of a career, as Spanish "trayectoria".)
  'experience:trajectòria,trajectòria professional,trajetória,trajetória profissional;' +
  // (And Greek's, Polish's and Hungarian's: "Διαδρομή", "Droga zawodowa", "Pályafutás".)
  'experience:διαδρομή,επαγγελματική διαδρομή,droga zawodowa,pályafutás,szakmai pályafutás,pályám;' +
  // ("Kde jsem pracoval", "Où j'ai travaillé": where the person worked, in the first person.)
  "experience:where i worked,kde jsem pracoval,kde jsem pracovala,kde som pracoval,kde som pracovala,wo ich gearbeitet habe,gdzie pracowałem,gdzie pracowałam,dove ho lavorato,où j'ai travaillé,où j’ai travaillé,dónde he trabajado,onde trabalhei,waar ik heb gewerkt,var jag har jobbat,hol dolgoztam;" +
  'education:škola,školy,škola a praxe;' +
  'certifications:자격증,資格,免許・資格;' +
  // (Malay's certificates; Malay and Indonesian skill tests.)
  'certifications:sijil,sijil profesional;' +
  'assessment:ujian kemahiran,tes keahlian,uji keahlian,hasil tes;' +
  'achievements:受賞,受賞歴,獎項,奖项;' +
  'languages:어학,語学;' +
  'summary:자기소개,자기소개서,自己pr,自己紹介,職務要約,職務概要,概要,プロフィール,개요,프로필,职业概述,个人概述;' +
  'assessment:技術スコア,スキルスコア,スキル診断;' +
  // (Arabic, with its article: "نتيجة التقييم", the assessment's result; "المهارات وسنوات الخبرة", skills and years of experience.)
  'assessment:نتيجة التقييم,نتائج التقييم,التقييم الفني;' +
  'skills:المهارات وسنوات الخبرة,المهارات والخبرات;' +
  'projects:프로젝트,プロジェクト;' +
  'experience:досвід роботи,досвід,трудова діяльність,місця роботи,професійний досвід,посади,займані посади;' +
  'education:освіта,вища освіта;' +
  'skills:знання,знания,навички,що вмію,що я вмію,ключові навички,професійні навички,технічні навички,технические навыки,технології,стек технологій,компетенції;' +
  'languages:мови,знання мов,володіння мовами;' +
  'summary:про себе,про мене;' +
  'contact:контакти,контактна інформація;' +
  'projects:проєкти,проекти;' +
  'certifications:сертифікати,курси,тренінги,тренинги;' +
  'achievements:досягнення';

/** And in Vietnamese, Indonesian and Malay, Thai, Hebrew and Hindi; and Persian. */
const MORE_SCRIPTS =
  'experience:سوابق کاری,سوابق شغلی,تجربه کاری,تجربیات کاری,سابقه کار;' +
  'education:تحصیلات,سوابق تحصیلی;' +
  'skills:مهارت ها,مهارت‌ها,مهارتها,مهارت های فنی,تخصص‌ها,تخصص ها,حوزه‌های تخصصی,حوزه های تخصصی,زمینه‌های تخصصی,زمینه های تخصصی;' +
  'languages:زبان ها,زبان‌ها;' +
  'summary:درباره من,خلاصه;' +
  'contact:مشخصات فردی,اطلاعات تماس,تماس;' +
  'projects:پروژه ها,پروژه‌ها;' +
  'certifications:گواهینامه ها,گواهینامه‌ها,دوره ها;' +
  'experience:kinh nghiệm làm việc,kinh nghiệm,quá trình công tác,pengalaman kerja,pengalaman,kerjaya,karier,riwayat pekerjaan,riwayat kerja,ประสบการณ์ทำงาน,ประวัติการทำงาน,ประสบการณ์,ניסיון תעסוקתי,ניסיון מקצועי,ניסיון,תפקידים,תפקידים קודמים,अनुभव,कार्य अनुभव;' +
  'education:học vấn,trình độ học vấn,quá trình học tập,pendidikan,riwayat pendidikan,การศึกษา,ประวัติการศึกษา,השכלה,शिक्षा;' +
  'skills:kỹ năng,kĩ năng,kỹ năng chuyên môn,kỹ năng mềm,kỹ năng cứng,keahlian,keterampilan,kemahiran,ทักษะ,ความสามารถ,ความสามารถพิเศษ,כישורים,מיומנויות,कौशल;' +
  'languages:ngoại ngữ,bahasa,ภาษา,שפות,भाषाएँ;' +
  'summary:mục tiêu nghề nghiệp,giới thiệu bản thân,giới thiệu,tentang saya,ringkasan,profil,เกี่ยวกับฉัน,เกี่ยวกับผม,เกี่ยวกับดิฉัน,ข้อมูลส่วนตัว,אודות,עליי,תקציר,परिचय,सारांश;' +
  'contact:thông tin liên hệ,thông tin cá nhân,liên hệ,kontak,informasi kontak,ติดต่อ,צור קשר,צרו קשר,פרטי קשר,संपर्क;' +
  'projects:dự án,proyek,projek,โครงการ,פרויקטים,परियोजनाएँ;' +
  'certifications:chứng chỉ,sertifikat,sertifikasi,ใบรับรอง,תעודות,הסמכות,רישיונות,प्रमाणपत्र;' +
  // (Hindi's "other skills" and "key skills".)
  'skills:अन्य कौशल,मुख्य कौशल;' +
  // (Hebrew's "about myself", "certifications and skills" and "publications".)
  'summary:על עצמי,עליי,אודותיי;skills:הסמכות וכישורים,כישורים והסמכות;publications:פרסומים;' +
  'interests:sở thích,hobi,งานอดิเรก,תחביבים,रुचियाँ;' +
  'achievements:giải thưởng,thành tích,penghargaan,prestasi,รางวัล,הישגים,पुरस्कार;' +
  // (South Slavic, Baltic and Icelandic CVs, the Norwegian spelling, Greek, Thai with การ, traditional Chinese, and a few more heads.)
  'experience:послужной список,плавательный ценз,стаж работы,përvoja,përvoja e punës,përvoja profesionale,arbeidserfaring,εργασιακή εμπειρία,επαγγελματική εμπειρία,επαγγελματική πορεία,ประสบการณ์การทำงาน,工作經歷,工作經驗,професионален опит,трудов стаж,radno iskustvo,работно искуство,profesionalno iskustvo,delovne izkušnje,darbo patirtis,darba pieredze,töökogemus,starfsreynsla;' +
  'education:arsimi,edukimi,arsimimi,教育經歷,學歷,obrazovanje,образование и обучение,izobrazba,išsilavinimas,izglītība,haridus,menntun;' +
  'skills:вештине,умения,vještine,veštine,spretnosti,įgūdžiai,prasmes,oskused,færni;' +
  'languages:kielet,kielitaito,nyelvek,nyelvtudás,limbi,limbi străine,语言,語言,语言能力,外语,外語,jezici,kalbos,valodas,keeled;' +
  'projects:prosjekter,項目經驗,項目經歷,专案,專案;' +
  'summary:मेरे बारे में,自我介绍,自我介紹,个人简介,個人簡介,自我评价,自我評價;' +
  // (More of what the same sections are called in those languages: a career's history, a stack, an introduction.)
  'experience:zkušenosti,zaměstnání,pracovní historie,stationen,trajectoire,trajectoire professionnelle,percorso,kariera,карьера,кариера,работа,робота,מקומות עבודה,ניסיון,ניסיון מקצועי,ניסיון תעסוקתי,istoric profesional,実務経験,경험,실무 경험,अनुभव,पेशेवर अनुभव;' +
  'education:percorso formativo,percorso di studi,vzdělávání,शैक्षिक योग्यता,التعليم والمؤهلات,教育;' +
  'skills:стек,технологический стек,טכנולוגיות,כלים וטכנולוגיות,מיומנויות,तकनीकी कौशल,ทักษะทางเทคนิค,công nghệ,기술 스택,보유 스킬,teknik beceriler,technische fähigkeiten,dovednosti a nástroje;' +
  'languages:ngôn ngữ;' +
  // (Now, before and the toolbox, as a Vietnamese README heads them.)
  'experience:trước đây;' +
  'tools:công cụ,hộp công cụ;' +
  // (What a lawyer or a consultant practises, in the languages CVs are read in.)
  'skills:practice areas,areas of practice,áreas de prática,áreas de atuação,áreas de actuación,áreas de práctica,tätigkeitsschwerpunkte,domaines d\'intervention,domaines de pratique,aree di attività,aree di pratica;' +
  // (A history or an introduction in one word, in the South Slavic, Baltic, Estonian, Slovak and Bulgarian CVs.)
  'experience:iskustvo,искуство,izkušnje,pieredze,kogemus,опит,skúsenosti;' +
  'summary:o meni,о мени,o mne,apie mane,par mani,minust,за мене;' +
  'summary:resumen,קצת עליי,מי אני,về tôi,소개,關於我,за мене,за мен,tungkol sa akin,kuhusu mimi,আমার সম্পর্কে,என்னைப் பற்றி;' +
  // (Serbian and Bulgarian Cyrillic, Tamil, Bengali, Filipino, Swahili, Lithuanian, traditional Chinese and a few more heads.)
  'experience:কর্মঅভিজ্ঞতা,радно искуство,работно искуство,பணி அனுபவம்,அனுபவம்,অভিজ্ঞতা,কর্ম অভিজ্ঞতা,কর্মসংস্থানের ইতিহাস,চাকরির ইতিহাস,karanasan sa trabaho,karanasan,uzoefu wa kazi,uzoefu,patirtis,darbo patirtis;' +
  'education:образовање,கல்வி,கல்வித் தகுதி,শিক্ষা,শিক্ষাগত যোগ্যতা,edukasyon,elimu,kvalifikace;' +
  'skills:திறன்கள்,தொழில்நுட்ப திறன்கள்,দক্ষতা,mga kasanayan,kasanayan,ujuzi,專業技能,技術能力;' +
  'languages:језици,езици,kieli,línguas,dil,diller,மொழிகள்,ভাষা,mga wika,lugha;' +
  'certifications:證照,證書;' +
  // (A job bank's Taiwanese résumé: its skills as "specialities", its introduction as an "autobiography", its languages.)
  'skills:專長技能,专长技能,專長,专长,電腦技能,电脑技能,専門分野,专业领域,專業領域;' +
  'summary:自傳,自传;' +
  'languages:語文,语文,語文能力;' +
  'contact:kontaktai,επικοινωνία,στοιχεία επικοινωνίας,연락처,連絡先,聯絡方式,聯絡資訊,контакт,தொடர்பு,যোগাযোগ,makipag-ugnayan,mawasiliano;' +
  'projects:प्रोजेक्ट,โปรเจกต์,ผลงาน,seçilmiş projeler,öne çıkan projeler,ausgewählte projekte,vybrané projekty,utvalda projekt,избранные проекты,вибрані проєкти,ausgewählte arbeiten,seçilmiş işler;' +
  // (Catalan, Galician and Basque.)
  "experience:experiència,experiència professional,experiència laboral,trajectòria professional,experiencia profesional,esperientzia,lan esperientzia,esperientzia profesionala;" +
  "education:formació,formació acadèmica,estudis,educació,formación académica,prestakuntza,ikasketak,hezkuntza;" +
  "skills:competències,habilitats,coneixements,competències tècniques,eines,gaitasunak,trebetasunak;" +
  "languages:idiomes,llengües,hizkuntzak;" +
  "projects:projectes,proiektuak;" +
  "summary:sobre mi,qui soc,nire buruaz;" +
  "interests:interessos,aficions;" +
  "certifications:certificacions;" +
  // (Kazakh, Kyrgyz, Uzbek, Azerbaijani, Georgian, Armenian and Mongolian.)
  'experience:жұмыс тәжірибесі,тәжірибе,еңбек жолы,иш тажрыйбасы,тажрыйба,ish tajribasi,tajriba,mehnat faoliyati,iş təcrübəsi,təcrübə,სამუშაო გამოცდილება,გამოცდილება,աշխատանքային փորձ,փորձ,ажлын туршлага,туршлага;' +
  "education:білім,білімі,билим,ta'lim,ma'lumoti,təhsil,განათლება,կրթություն,боловсрол;" +
  "skills:дағдылар,кәсіби дағдылар,негізгі дағдылар,көндүмдөр,ko'nikmalar,malakalar,bacarıqlar,peşəkar bacarıqlar,უნარები,უნარ-ჩვევები,հմտություններ,ур чадвар;" +
  'languages:тілдер,тилдер,tillar,dillər,ენები,լեզուներ;' +
  'summary:өзім туралы,мен жөнүндө,men haqimda,haqqımda,ჩემს შესახებ,իմ մասին,миний тухай;' +
  // (Urdu, Telugu, Marathi, Amharic; Swahili, Filipino, Bengali and Tamil projects; Finnish and Hungarian experience alone.)
  'experience:تجربہ,کام کا تجربہ,پیشہ ورانہ تجربہ,ملازمت,అనుభవం,పని అనుభవం,వృత్తి అనుభవం,कामाचा अनुभव,ልምድ,የሥራ ልምድ,kokemus,tapasztalat,tapasztalatok,munkahelyek,korábbi munkahelyek,munkahelyeim,munkakörök,korábbi munkakörök,szakmai előélet;' +
  'education:تعلیم,تعلیمی قابلیت,విద్య,విద్యార్హతలు,शिक्षण,शैक्षणिक पात्रता,ትምህርት,የትምህርት ዝግጅት;' +
  'skills:مہارتیں,مہارت,నైపుణ్యాలు,कौशल्ये,कौशल्य,ችሎታዎች,ክህሎቶች;' +
  'languages:زبانیں,భాషలు,भाषा,ቋንቋዎች;' +
  // (Amharic software and Bengali skills, languages, training and personal details, as a staff page or a job portal heads them.)
  'tools:ሶፍትዌሮች,ሶፍትዌር,የሚጠቀሙባቸው ሶፍትዌሮች,ኮምፒውተር ችሎታ;' +
  'skills:বিশেষ দক্ষতা,দক্ষতাসমূহ,কারিগরি দক্ষতা;' +
  'languages:ভাষা দক্ষতা,ভাষাগত দক্ষতা;' +
  'certifications:প্রশিক্ষণ,প্রশিক্ষণসমূহ;' +
  'summary:ক্যারিয়ার উদ্দেশ্য,ক্যারিয়ারের উদ্দেশ্য,ক্যারিয়ার সারসংক্ষেপ;' +
  'contact:ব্যক্তিগত তথ্য,የግል መረጃ;' +
  'summary:சுருக்கம்,சுயவிவரம்,தொழில்முறை சுருக்கம்;' +
  'contact:taarifa binafsi,maelezo binafsi;' +
  'skills:ہنر,ہنر و مہارت;' +
  'skills:fushat e ekspertizës,ekspertiza,ekspertizë,kompetencat,kompetenca;' +
  'experience:тәжірибесі,жұмыс тәжірибесі;' +
  // (A German marketplace's result of its specialist test.)
  'assessment:prüfergebnis,prüfungsergebnis,testergebnis,fachprüfung;' +
  // (And a marketplace's test of the worker's knowledge in Russian and Ukrainian: "Проверка знаний".)
  'assessment:проверка знаний,проверка навыков,результаты тестирования,результат теста,перевірка знань,перевірка навичок,результати тестування;' +
  // (Mongolian contact and featured work.)
  'contact:холбоо барих,холбогдох;' +
  'projects:онцлох ажлууд,онцлох төслүүд;' +
  // (Armenian.)
  'experience:աշխատանքային գործունեություն,աշխատանքային փորձառություն;' +
  'skills:մասնագիտական հմտություններ;' +
  'certifications:վերապատրաստումներ,վերապատրաստում,հավաստագրեր;' +
  'publications:ընտրված հրապարակումներ,հրապարակումներ;' +
  // (Latvian.)
  'skills:datorprasmes,prasmes,profesionālās prasmes;' +
  'languages:valodu prasmes;' +
  // (Hausa.)
  'experience:aiki,ƙwarewar aiki,tarihin aiki;' +
  'education:ilimi,karatu,aiki da ilimi;' +
  'contact:bayanan tuntuɓa;' +
  'skills:ƙwarewa,basira;' +
  // (Icelandic.)
  'experience:starfsferill,starfsreynsla,reynsla;' +
  'tools:hugbúnaður,tölvukunnátta,forrit;' +
  'skills:færni,kunnátta,hæfni;' +
  'languages:tungumál,tungumálakunnátta;' +
  'summary:um mig;' +
  'education:menntun,nám;' +
  // (Sinhala.)
  'experience:රැකියා ඉතිහාසය,රැකියා පළපුරුද්ද,වෘත්තීය පළපුරුද්ද,පළපුරුද්ද,සේවා පළපුරුද්ද;' +
  'education:අධ්‍යාපනය,අධ්යාපනය,අධ්‍යාපන සුදුසුකම්,අධ්යාපන සුදුසුකම්;' +
  'skills:කුසලතා,කුසලතාවන්,නිපුණතා,හැකියාවන්;' +
  'summary:මා ගැන,මා පිළිබඳව,මගේ විස්තරය;' +
  'assessment:කුසලතා තක්සේරුව,තක්සේරුව;' +
  'languages:භාෂා,භාෂා හැකියාව;' +
  'contact:සම්බන්ධතා,සම්බන්ධ කර ගන්න;' +
  'skills:мамандануы,мамандану,мамандандырылуы;' +
  'skills:ujuzi wa kompyuta,ujuzi wa kitaaluma;' +
  'certifications:vyeti vya kitaaluma,vyeti;' +
  'certifications:சான்றிதழ்கள்,பயிற்சிகள்;' +
  'projects:miradi,mga proyekto,proyekto,প্রকল্প,প্রকল্পসমূহ,প্রজেক্ট,திட்டங்கள்,پروجیکٹس,منصوبے,ప్రాజెక్టులు,प्रकल्प,ፕሮጀክቶች;' +
  'summary:میرے بارے میں,నా గురించి,माझ्याविषयी,माझ्याबद्दल,ስለ እኔ;' +
  // ("Technologies I use", as profile READMEs title their badges, in the languages that say it without a comma.)
  "skills:প্রযুক্তি,প্রযুক্তিসমূহ,যে প্রযুক্তি ব্যবহার করি,ব্যবহৃত প্রযুক্তি,টেক স্ট্যাক,technologies que j'utilise,outils que j'utilise,tecnologias que uso,tecnologias que utilizo,tecnologie che uso,tecnologie che utilizzo,herramientas que uso,herramientas que utilizo,ferramentas que uso,ferramentas que utilizo,minhas ferramentas,mis herramientas,strumenti che uso,strumenti che utilizzo,i miei strumenti,mes outils,meine werkzeuge,meine tools,werkzeuge die ich nutze,よく使う技術,よく使うツール,主な使用技術,得意な技術,常用技术,常用工具,자주 쓰는 기술,technologieën die ik gebruik,tools die ik gebruik,kullandığım teknolojiler,kullandığım araçlar,software i use,software i work with,kullandığım yazılımlar,yazılımlar,logiciels utilisés,logiciels maîtrisés,programmkenntnisse,softwarekenntnisse,программное обеспечение,使用している技術,使っている技術,我使用的技术,我使用的技術,사용하는 기술,teknologi yang saya gunakan,công nghệ tôi sử dụng,प्रौद्योगिकियाँ,तकनीकें,टेक स्टैक,தொழில்நுட்பங்கள்,ٹیکنالوجیز,teknolojia,teknolohiya;" +
  'contact:رابطہ,సంప్రదించండి,संपर्क,ያግኙን,አድራሻ;' +
  // (Heads the vocabulary lacked in languages it already reads: specialties and competencies, Russian and Chinese
  // tools, awards, hobbies and publications in Cyrillic, Hebrew, Arabic and East Asian scripts, Korean "award career"
  // before its last word makes it a career.)
  'skills:areas of specialization,areas of specialisation,destrezas,znajomość programów,ключевые компетенции,знания и навыки,вміння,得意分野,専門スキル,技术能力,核心技能,技能专长,המיומנויות שלי,תחומי מומחיות,מומחיות,الكفاءات,ικανότητες,képességek,szakértelem,schopnosti,kunnskaper,вештини;' +
  'tools:инструменты,工具;' +
  // (Arabic's career ladder and path, as faculty pages title the posts held.)
  'experience:التدرج الوظيفي,المسار الوظيفي,المسار المهني,الوظائف السابقة;' +
  // (Methods, as researchers title what they work with, in Russian and Ukrainian.)
  'skills:методы,методики,методи,методики роботи;' +
  'experience:histórico profissional,трудова дейност,reynsla;' +
  // (Military service, a role of the history as CVs list it: "שירות צבאי" drawn as the history's own title.)
  'experience:military service,wehrdienst,service militaire,servicio militar,serviço militar,servizio militare,askerlik,שירות צבאי,военная служба;' +
  'education:escolaridade,izobraževanje,iskolai végzettség,शैक्षणिक योग्यता;' +
  'languages:wika;' +
  // (A manual page's closing cross-references, in English and Czech, German, French, Spanish and Italian; "about" and "about me" in
  // Japanese kana and in Chinese.)
  'additional:see also,viz také,siehe auch,voir aussi,véase también,vedi anche;' +
  'summary:わたしについて,私について,關於,关于,關於我,关于我,簡介,简介;' +
  // (Hindi's "professional journey" and "expertise"; Dutch equipment, what a nurse or a technician works with.)
  'experience:पेशेवर यात्रा,मेरी पेशेवर यात्रा,पेशेवर अनुभव,कार्य अनुभव;' +
  // (A trade's site tells its career as a background: "Min baggrund" over dated roles.)
  'experience:min baggrund,min faglige baggrund,faglig baggrund,min bakgrunn,faglig bakgrunn,min bakgrund,yrkesbakgrund,my background;' +
  'skills:विशेषज्ञता,विशेषज्ञता के क्षेत्र;' +
  'tools:apparatuur;' +
  'summary:nire buruz;' +
  'achievements:başarılar,награды,нагороди,수상,수상 경력,수상 내역,פרסים,الجوائز,الإنجازات;' +
  'interests:интересы,хобби,увлечения,захоплення,趣味,兴趣爱好,취미,الهوايات;' +
  'contact:kontakty,اتصل بي,التواصل;' +
  // (Fields of specialisation in French, Vietnamese's plural of skills, Thai skills one is good at, Japanese tools used.)
  "skills:persönliche stärken,stärken,meine stärken,points forts,mes points forts,fortalezas,punti di forza,pontos fortes,sterke punten,mocne strony,silné stránky,güçlü yönler,güçlü yönlerim,сильные стороны,сильні сторони,강점,強み,优势,個人優勢,domaines de spécialisation,domaines de compétence,domaines de compétences,các kỹ năng,ทักษะที่ถนัด;" +
  'tools:使用ツール,使用ソフト;' +
  // (What the person does, as a list of it: "Things I do", "¿Qué hago?", "Was ich mache".)
  "skills:things i do,qué hago,que hago,lo que hago,o que faço,o que eu faço,cosa faccio,ce que je fais,was ich mache,wat ik doe,co robię,čím se zabývám,co dělám,vad jag gör,hva jeg gjør,mitä teen,ne yapıyorum,neler yapıyorum,что я делаю,чем я занимаюсь,що я роблю,чим я займаюся;" +
  'publications:publicaties,publikacje,yayınlar,публикации,論文,论文,논문,công bố khoa học';

// Words for knowledge and skills that close a title in the languages whose qualifiers come first.
const KNOWLEDGE_HEAD = /^(?:ismeretek|ismeret|készségek|kompetenciák|znalosti|dovednosti|kompetence|znalostí|kenntnisse|kompetenzen|fähigkeiten|fertigkeiten|umiejętności|kompetencje|vaardigheden|kennis|färdigheter|kunskaper|ferdigheter|kompetanse|færdigheder|kompetencer|taidot|osaaminen|beceriler|yetkinlikler|znanja|vještine|veštine|знания|навыки|знання|навички)$/u;
const YEAR_WORD = new RegExp(`^(?:${YEAR_UNIT})$`, 'iu');
const YEARS_BESIDE = new RegExp(`^(.+?)\\s*(?:&|\\+|/|·|\\s(?:and|with|und|mit|et|avec|y|con|e|com|en|i|og|och|ve))\\s+(?:${YEAR_UNIT})(?:\\s+of\\s+experience)?$`, 'iu');
let englishHeads: Set<string> | null = null;
const englishHead = (word: string) => (englishHeads ??= new Set(VOCABULARY.split(';').flatMap((g) => g.slice(g.indexOf(':') + 1).split(',')).map((p) => p.slice(p.lastIndexOf(' ') + 1)))).has(word);
const ALL_VOCABULARY = `${VOCABULARY};${FOREIGN};${MORE_LATIN};${MORE_LANGUAGES};${OTHER_SCRIPTS};${MORE_SCRIPTS};${SITE_VOCABULARY}`;
const byVocabulary = titleClassifier(ALL_VOCABULARY);
// Greek in capitals drops its accents ("ΕΜΠΕΙΡΙΑ" is "Εμπειρία"): such a title is read against the Greek phrases without theirs.
const GREEK = /[\u0370-\u03FF\u1F00-\u1FFF]/;
const unaccented = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
let byGreekCapitals: TitleClassifier | null = null;
const greekCapitals = (text: string) =>
  (byGreekCapitals ??= titleClassifier(
    ALL_VOCABULARY.split(';')
      .map((group) => `${group.slice(0, group.indexOf(':'))}:${group.slice(group.indexOf(':') + 1).split(',').filter((p) => GREEK.test(p)).map(unaccented).join(',')}`)
      .filter((group) => !group.endsWith(':'))
      .join(';'),
  ))(unaccented(text.toLowerCase()));
const TWO_QUALIFIERS = /^(?:academic|professional|research|teaching|industry|work|clinical|technical|other)\s+(?:and|&)\s+((?:academic|professional|research|teaching|industry|work|clinical|technical)\s+\p{L}+)$/iu;
// "Industry, consulting and other employment", "Academic, clinical and research appointments": kinds of paid work listed before one head.
const WORK_KINDS = /^(?:(?:academic|professional|research|teaching|industry|industrial|clinical|technical|consulting|consultancy|corporate|commercial|freelance|government|non-academic),?\s+)+(?:and|&)\s+(?:other\s+)?(?:academic\s+|professional\s+|research\s+|teaching\s+|industry\s+|clinical\s+|consulting\s+)?(\p{L}+)$/iu;
// (Or after a space alone, the other script's letters telling the two apart: "Work history ملازمت کا تجربہ".)
const LATIN_FIRST = /^(\p{Script=Latin}[\p{Script=Latin} &'’-]*?)(?:\s*[/|]\s*|\s+(?=[\p{Script=Han}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Thai}]))([^\p{Script=Latin}]*[^\p{Script=Latin}\s][^\p{Script=Latin}]*)$/u;
const BILINGUAL = /^([\p{Script=Han}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Thai}][^\p{Script=Latin}]*?)\s+(\p{Script=Latin}[\p{Script=Latin} &/'’-]*)$/u;
// The total a title states after its head ("Опыт работы 8 лет и 7 месяцев", "Experience · 12 years", "경력 총 10년",
// "工作經歷 總年資 10年", "Опыт работы — общий стаж 12 лет 9 месяцев"): its years in group 1.
export const TOTAL_AFTER = new RegExp(`\\s*[(·•|—–-]?\\s*(?:(?:총|總年資|总年资|年資|年资|общий стаж|стаж|загальний стаж|total|insgesamt|gesamt|celkem|łącznie|toplam)\\s*[:：]?\\s*)?(\\d+)\\+?\\s*(?:${YEAR_UNIT})(?![\\p{L}]).*$`, 'iu');
// "Дипломна робота", "Курсовая работа", "Магістерська робота": a thesis, the "work" a degree ends on, no employment.
const THESIS = /^(?:дипломн|курсов|выпускн|випускн|магистерск|магістерськ|бакалаврськ|бакалаврск|квалификационн|кваліфікаційн)\p{L}*\s+(?:\p{L}+\s+)?(?:работа|робота|проект|проєкт)(?![\p{L}])/iu;
const INTERVIEW = /interview (question|answer)|questions (and|&) answers/i;
// Other people and other offers beside the profile ("Similar developers in Singapore", "People also viewed"), and a network's
// feed of posts the person shared or liked ("Activity": other people's words, job ads among them).
const RELATED = /^(?:(?:your|ihr|ihre|votre|tu|su|il tuo|la tua|twój|twoja|uw|seu|sua) (?:consultant|recruiter|ansprechpartner(?:in)?|berater(?:in)?|consultor(?:a)?|consulente|talent (?:partner|advisor|matcher)|account manager|opiekun(?:ka)?|recruteur|recruteuse|reclutador(?:a)?|recrutador(?:a)?)\b|(?:contact )?(?:the |your )?(?:recruiter|consultant)(?:'s)? (?:contact|details)\b|opiekun(?:ka)? kandydata|ansprechpartner(?:in)? (?:bei|für)\b|talent matcher\b|(?:similar|related|more|other)(?: \p{L}+){0,2} (?:developers|designers|engineers|profiles|people|freelancers|candidates|talents?|experts|members|jobs|offers|roles)\b|(?:[\p{L}'’.-]+ ){0,5}also viewed|אנשים שצפו גם|צפו גם ב|ประวัติที่คล้ายกัน|ผู้สมัครที่คล้ายกัน|ผู้สมัครอื่น|ที่ปรึกษาผู้ดูแล|ที่ปรึกษาของคุณ|โปรไฟล์ที่คล้ายกัน|people you may know|(?:persoane|personnes|personas|pessoas|persone|personen|osoby|mensen),? (?:[\p{L}'’-]+ ){1,4}(?:cunoaște|cunoaşte|connaître|conozcas|conheça|conoscere|kennen|znać|kent)|you (?:may|might) also like|more like this|(?:who|people) to follow|suggested (?:people|profiles|accounts|for you)|recommended (?:jobs|roles|profiles|for you)|(?:altri|altre|otros|otras|outros|outras|autres|andere|weitere) (?:profili|perfiles|perfis|profils|profile|persone|personas|pessoas|personnes|personen|candidati|candidatos|candidats|kandidaten)(?: \p{L}+)?|(?:offerte|ofertas|offres|angebote|stellenangebote|vacantes|vagas|vacatures) (?:simili|similares|similaires|ähnliche|recomendadas|recommandées|consigliate|empfohlene|aanbevolen)|(?:ähnliche|weitere) (?:profile|personen|mitglieder|kandidat(?:en|innen)|freelancer(?:innen)?|experten|entwickler(?:innen)?)|(?:profils|personnes) similaires|perfiles similares|perfis semelhantes|profili simili|(?:схожі|подібні|похожие|схожие) (?:профілі|профили|кандидати|кандидаты|фахівці|специалисты|резюме)|ұқсас (?:түйіндемелер|профильдер|үміткерлер)|(?:מועמדים|פרופילים|מועמדות) דומ(?:ים|ות)|(?:مرشحون|مرشحين|ملفات) مشابه(?:ون|ين|ة)|^\p{L}+(?: \p{L}+)? (?:semelhantes|similares|similaires|simili|relacionad[oa]s|connexes|correlat[ei]|serupa|sejenis|similari|similare|tương tự)$|(?:podobn[íéiy]|podobne|παρόμοι\p{L}*|benzer|vergelijkbare|soortgelijke|hasonló|samankaltaiset) \p{L}+(?: \p{L}+)?$|(?:recent )?activity$|aktivität$|activité$|actividad$|atividade$|attività$|aktywność$|etkinlik$|активность$|активність$)/iu;
// Other spellings of phrases and qualifiers the vocabulary writes one way.
// "und", "et", "y", "e" join pairs as "and" does (and Turkish "ve", Swedish "och", Norwegian and Danish "og", Finnish "ja",
// Polish "oraz", Hungarian "és", Romanian "și" and Malay and Indonesian "dan"); a title may be decorated ("> skills.txt", "01. Experience", "// work_experience").
// (Its parts apart, the cheap ones first: one pattern made every line pay for all of them.)
const SPELLED = /\b(i have|you will|open source|und|et|y|e|ve|och|og|ja|oraz|dan)\b|\s(?:és|și)\s/iu;
// (And a Bopomofo letter drawn as a dash before a Chinese title: "ㄧ 專長".)
const DECORATED_START = /^(?:[^\p{L}\p{N}]|\d{1,2}[.)]|\p{Script=Bopomofo}\s)/iu;
// (A vowel sign closing a word of an Indic script, "দক্ষতা", "भाषाएँ", is no decoration.)
const DECORATED_END = /[^\p{L}\p{M}.]$/iu;
const FILE_NAME = /\.(txt|md|log|json|sh)\b/iu;
// (The last two code units hold the last character, whichever it is.)
const respelled = (t: string) => t.includes('_') || DECORATED_START.test(t) || DECORATED_END.test(t.slice(-2)) || (t.includes('.') && FILE_NAME.test(t)) || SPELLED.test(t);
const respell = (title: string) =>
  title
    .replace(/\bi have\b/gi, "i've")
    .replace(/\byou will\b/gi, "you'll")
    .replace(/\bopen source\b/gi, 'open-source')
    .replace(/\s+(und|et|y|e|ve|och|og|ja|oraz|dan|és|și)\s+/giu, ' and ')
    .replace(/^(?:[^\p{L}\p{N}]+|\d{1,2}[.)]\s*|\p{Script=Bopomofo}\s+)+|\.(txt|md|log|json|sh)\b|[^\p{L}\p{M}.]+$/giu, '')
    .replace(/_/g, ' ');

// The words for other, further and additional, in the languages of the corpus.
const FURTHER_WORD = '(?:pozostałe|inne|dodatkowe|další|ostatní|doplňkové|weitere|sonstige|zusätzliche|autres|otras|otros|outras|outros|altre|altri|overige|andere|aanvullende|другие|дополнительные|прочие|інші|додаткові|diğer|ek|övriga|andre|øvrige|muut|egyéb|további|alte)';
const FURTHER_AFTER = '(?:adicionales|adicionais|complementarias|complementares|complémentaires|supplémentaires|additionnelles|aggiuntive|dodatkowe|doplňkové|zusätzliche|дополнительные)';
const FURTHER = new RegExp(`^${FURTHER_WORD}\\s+(\\p{L}+(?:\\s\\p{L}+)?)$|^(\\p{L}+)\\s+${FURTHER_AFTER}$`, 'iu');
const HELD_QUALIFIERS = /^(?:(?:visiting|honorary|civilian|military|adjunct|affiliate|previous|past|prior|earlier|early|current|consulting|freelance|international|clinical|part-time|shore|shore-based|onshore|offshore|land-based)(?:,?\s+(?:and|&)\s+|\s+))+(.+)$/i;
const TECHNICAL = { skills: 1, tools: 1 };
const ENGLISH_HEAD = /^(?:before|now|school|previously|work|experiences?|education|skills?|projects?|awards?|jobs?|careers?|history|employment|positions?|stack|tools?|technology|expertise|publications?|papers?|talks?|writing|blog|degrees?|studies|qualifications?|certifications?|achievements?|honou?rs?|timeline|journey)$/i;
const RIGHT_TO_LEFT = /^[\p{Script=Hebrew}\p{Script=Arabic}]/u;
const HEADS_FIRST = new Set<SectionKind>(['experience', 'projects', 'skills', 'education', 'achievements', 'certifications', 'publications']);
const WITH_SOFTWARE = /^(?:gear|tools|hardware|equipment|instruments|techniques|technieken|techniken|técnicas|tecnicas|tecniche|techniki|teknikler|materials|materialen|materiales|materiais|materiali|werkzeuge|outils|herramientas|ferramentas|strumenti)\s*(?:&|and|\+|\/|en|und|et|y|e|i|ve|och|og)\s*(?:software|logiciels?|programas|programmi|oprogramowanie|yazılım)$/i;
const WORK_HISTORY = /^(?:histórico|historial|historique|storico|história|historia)\s+(?:profissional|profesional|professionnel|professionale|laboral|lavorativo|de trabalho|de empregos|de empleo|d'emploi)$/i;
const WHERE_I_WORKED = /(?:^|[\s,])(?:ahol dolgoztam|wo ich gearbeitet habe|où j['’]ai travaillé|donde he trabajado|donde trabajé|onde trabalhei|dove ho lavorato|gdzie pracowałe?a?m|waar ik heb gewerkt|waar ik werkte|där jag har jobbat|där jag har arbetat|hvor jeg har arbejdet|hvor jeg har jobbet|kde jsem pracoval[a]?|kde som pracoval[a]?)$/i;
// (Not a mark of another kind, "Nota Media", a Spanish degree's average, "Overall Score".)
const SITE_SCORE = /^(?:[Nn]ota|[Pp]ontuação|[Pp]untuación|[Pp]untaje|[Pp]unteggio|[Ss]core|[Ss]kor|[Ww]ynik)\s+(?!(?:Media|Final|Global|Total|Medio|Finale)$)\p{Lu}[\p{L}-]+$|^(?!(?:Overall|Total|Final|Average|Credit)\s)\p{Lu}[\p{L}-]+\s+(?:[Ss]core|[Ss]kor)$/u;
const OWN_CLAUSE = /^(tools|skills|technologies|tech|stack)\s+(?:i|i'm|i've|i’ve|we)\s+\p{L}+(?:\s+\p{L}+)?$/iu;

// The lines of the page being read, classified: extraction asks again of the same lines (a section's
// title, then a name candidate, a list item). Emptied for each page (forgetTitles), and never let grow
// past a page's worth, so it holds one page's lines and no page is read faster for having been read before.
const classified = new Map<string, SectionKind>();
const MAX_CLASSIFIED = 5_000;

/** Starts a page: the lines classified so far were another page's. */
export function forgetTitles(): void {
  classified.clear();
}

export const classifyTitle: TitleClassifier = (text) => {
  let kind = classified.get(text);
  if (kind === undefined) {
    if (classified.size >= MAX_CLASSIFIED) classified.clear();
    classified.set(text, (kind = classify(text)));
  }
  return kind;
};

const CERTIFICATES_AND_SKILLS = /^([^・&/,]{2,30}?)\s*(?:・|&|\/|,|\s(?:and|und|et|y|e|en|i|og|och|ve|и|і|та)\s)\s*([^・&/,]{2,30})$/iu;
const CONJOINED = /^(\p{L}[\p{L}' -]{2,30}?) (?:(?:et|y|e|und|en|och|og|i|a|ve|и|і|та|και) |و(?=\p{Script=Arabic}))(\p{L}[\p{L}' -]{2,30})$/iu;

const LETTER_SPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}](?: [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])+$/u;

// How many entries a section holds, after its title: "3건", "(4)", "· 12 items".
// (Or with the word for "in all" before it, and what it counts: "工作經歷 共 4 份工作", "職歴 3社".)
const ENTRIES_COUNTED = /\s*[·•|(]?\s*(?:共|총|計|计)?\s*\d{1,3}\s*(?:건|件|개|段|项|項|份(?:工作)?|個|个|社|items?|entries|positions?|roles?|jobs?|einträge|postes|puestos)?\)?$/iu;

const COMMA_BELOW: Record<string, string> = { Ş: 'Ș', ş: 'ș', Ţ: 'Ț', ţ: 'ț' };

const classify: TitleClassifier = (text) => {
  if (text.length > 62) return 'other';
  // A capital dotted İ lower-cases to i and a combining dot ("İş Deneyimleri"): the vocabulary writes the i.
  // ("GÖNÜLLÜ ÇALIŞMALAR": Turkish in capitals writes its dotless ı as I, which lower-cases to i elsewhere.)
  // ("EXPERIENŢA PROFESIONALĂ", "EDUCAŢIE ŞI FORMARE": Romanian written with the cedilla letters older fonts had, Ş and Ţ, which the
  // vocabulary writes with the comma below; told from Turkish by a letter Turkish lacks.)
  if (/[ŞşŢţ]/.test(text) && /[ĂăÂâÎîŢţ]/.test(text)) return classifyTitle(text.replace(/[ŞşŢţ]/g, (c) => COMMA_BELOW[c]!));
  if (/[ŞĞİ]/.test(text) && text === text.toUpperCase()) return byVocabulary(text.toLocaleLowerCase('tr'));
  if (text.includes('İ')) return classifyTitle(text.replace(/İ/g, 'I'));
  // "CENTRES D’INTÉRÊT": a typographic apostrophe is the vocabulary's plain one.
  if (/[’‘]/.test(text)) return classifyTitle(text.replace(/[’‘]/g, "'"));
  // "学 歴", "職 務 経 歴": a Japanese, Chinese or Korean title set with a space between its characters, as forms space them out.
  if (LETTER_SPACED.test(text)) return classifyTitle(text.replace(/ /g, ''));
  // "Esp erienza", "For mazione": a title whose first letters a style sets apart (awesome-cv colours the first three), read as the
  // two elements' words, is one word.
  const split = /^(\p{Lu}\p{Ll}{0,2}|\p{Lu}{1,3}) (\p{Ll}{3,}|\p{Lu}{3,})$/u.exec(text);
  if (split) {
    const joined = classifyTitle(split[1]! + split[2]!);
    if (joined !== 'other') return joined;
  }
  // "私のスキル", "我的项目", "나의 기술": "my" before the title, as "My skills" has it.
  const mine = /^(?:私の|我的|나의 )(\S.*)$/u.exec(text);
  if (mine) return classifyTitle(mine[1]!);
  if (GREEK.test(text) && text === text.toUpperCase()) {
    const kind = greekCapitals(text);
    if (kind !== 'other') return kind;
  }
  // ("Histórico profissional": a history of work, where "Histórico" alone on a freelance marketplace is its clients' projects.)
  // ("Konyhák, ahol dolgoztam", "Orte, wo ich gearbeitet habe": what the person worked in, then where they worked.)
  if (WORK_HISTORY.test(text) || WHERE_I_WORKED.test(text)) return 'experience';
  if (INTERVIEW.test(text)) return 'interview';
  if (RELATED.test(text)) return 'related';
  if (THESIS.test(text)) return 'other';
  // "教育背景 Education", "项目经历 Projects": a title in two scripts, the Latin one read as any other.
  const bilingual = BILINGUAL.exec(text);
  if (bilingual) {
    const kind = classifyTitle(bilingual[2]!);
    return kind !== 'other' ? kind : classifyTitle(bilingual[1]!);
  }
  // ("Key Skills / मुख्य कौशल", "Employment Details / रोज़गार विवरण": or the Latin one first, a slash or a bar between.)
  const latinFirst = LATIN_FIRST.exec(text);
  if (latinFirst) {
    const kind = classifyTitle(latinFirst[1]!);
    return kind !== 'other' ? kind : classifyTitle(latinFirst[2]!);
  }
  // "證照與語文", "技能与证书": two Chinese heads joined by "and", the first naming the section as in "Skills and languages".
  const pair = /^(\p{Script=Han}{2,6})[與与及、・](\p{Script=Han}{2,6})$/u.exec(text);
  if (pair) {
    const first = classifyTitle(pair[1]!);
    if (first !== 'other' && classifyTitle(pair[2]!) !== 'other') return first;
  }
  // ("보유기술 및 능력", "학력 및 자격": or two Korean heads joined by its "and".)
  const korean = /^(\p{Script=Hangul}[\p{Script=Hangul} ]{0,10}?) 및 (\p{Script=Hangul}[\p{Script=Hangul} ]{0,10})$/u.exec(text);
  if (korean) {
    const first = classifyTitle(korean[1]!);
    if (first !== 'other' && classifyTitle(korean[2]!) !== 'other') return first;
  }
  // ("자격증 · 어학", "Certificates · Languages": or two heads a middle dot parts, each a section's own.)
  const dotted = /^([^·]{2,30}) · ([^·]{2,30})$/u.exec(text);
  if (dotted) {
    const first = classifyTitle(dotted[1]!);
    if (first !== 'other' && classifyTitle(dotted[2]!) !== 'other') return first;
  }
  // "資格・スキル", "Certifications & Skills": certificates and skills under one title are read as skills, whichever comes first
  // (a row of certificates among them stays out of the skills; the skills would be lost under certificates).
  const both = CERTIFICATES_AND_SKILLS.exec(text);
  if (both) {
    const kinds = [classifyTitle(both[1]!), classifyTitle(both[2]!)];
    if (kinds.includes('certifications') && (kinds.includes('skills') || kinds.includes('tools'))) return 'skills';
  }
  // "Skills & Endorsements": a network's skills with their endorsements counted ("Endorsements" alone is what others wrote).
  if (/^skills\s*(?:&|and)\s*endorsements$/i.test(text)) return 'skills';
  // "Aus- und Weiterbildung": a German head left for the next word to finish ("Ausbildung und Weiterbildung").
  const suspended = /^(\p{L}+)-\s+(?:und|oder|&)\s+(\p{L}+)$/u.exec(text);
  if (suspended) {
    const [, first, second] = suspended;
    for (let k = 1; k < second!.length - 3; k++) {
      const whole = `${first}${second!.slice(k).toLowerCase()}`;
      if (byVocabulary(whole) !== 'other') return byVocabulary(whole);
    }
  }
  // "Experience, education and skills.": a sentence that lists what the page holds titles none of it.
  if (text.endsWith('.') && text.includes(', ')) return 'other';
  // "Mon parcours, en vrai", "Skills, briefly": a head and a word or two said after it, in lower case (not a place,
  // "Experience, Berlin", nor a second head, "Experience, Education").
  // ("Skills, rated by our panel", "Work history, most recent first": or a note of how its entries are given.)
  const said = /^([^,]{3,30}), (\p{Ll}[^,]{2,30})$/u.exec(text);
  if (said && said[2]!.split(' ').length <= 4 && classifyTitle(said[2]!) === 'other') {
    const first = classifyTitle(said[1]!);
    if (first !== 'other') return first;
  }
  // ("Formación y experiencia", "Education & Experience": a timeline of both is read as experience whichever it names first, its
  // jobs as roles and its degrees picked out of it by the education stage.)
  const andJobs = /^(.{3,30}?)\s*(?:&|\+|\/|\s(?:and|y|e|et|ed|und|en|i|och|og|a|és|ve|и|і|та)\s)\s*(.{3,40})$/iu.exec(text);
  if (andJobs && classifyTitle(andJobs[1]!) === 'education' && classifyTitle(andJobs[2]!) === 'experience') return 'experience';
  // "Compétences et stack technique", "Formação e certificações", "Kenntnisse und Werkzeuge": two heads joined by "and" in
  // another language, or a head and a word or two of what else it holds, are the first head's section, as English's are.
  // (Arabic writes its "and" on the next word: "للتواصل وحجز الاستشارات", contact and booking.)
  const joined = CONJOINED.exec(text);
  if (joined) {
    const first = classifyTitle(joined[1]!);
    if (first !== 'other' && (classifyTitle(joined[2]!) !== 'other' || joined[2]!.split(' ').length <= 2)) return first;
  }
  const bare = text.includes(')') ? text.replace(/\s*\([^()]*\)\s*$/, '') : text;
  // "Kontaktdaten (geschäftlich)", "Experience (selected)": a qualifier in brackets leaves the title's kind.
  let kind = bare !== text && bare ? classifyTitle(bare) : byVocabulary(text);
  // "Academic and Professional Appointments", "Research & Industry Experience": two qualifiers of one head.
  const qualified = kind !== 'other' ? TWO_QUALIFIERS.exec(text) : null;
  if (qualified) kind = byVocabulary(qualified[1]!);
  // "Опыт работы 8 лет и 7 месяцев", "Experience · 12 years": the total a title states leaves its kind too.
  const counted = kind === 'other' ? TOTAL_AFTER.exec(text) : null;
  if (counted && counted.index > 0) kind = byVocabulary(text.slice(0, counted.index));
  // ("경력 3건", "職歴 3件", "Experience (4)", "Projects · 12 items": how many entries the section holds, counted after its title.)
  const entries = kind === 'other' ? ENTRIES_COUNTED.exec(text) : null;
  if (entries && entries.index > 0) kind = byVocabulary(text.slice(0, entries.index));
  const workKinds = kind === 'other' ? WORK_KINDS.exec(text) : null;
  if (workKinds && byVocabulary(workKinds[1]!) === 'experience') kind = 'experience';
  // "Mesleki Deneyim", "Berufliche Erfahrung", "Профессиональный опыт": in the languages whose qualifiers come first, a title of
  // two or three words whose last is a head of experience is experience. (Not skills' or education's: a skills section's group
  // labels, "Datové nástroje", "Programovací jazyky", end on such heads, and so do other things, "Образовательные учреждения".)
  if (kind === 'other' && !/\d/.test(text)) {
    const words = text.toLowerCase().split(/\s+/);
    const head = words[words.length - 1]!;
    // (Not English's heads, which the splitter reads with their own qualifiers: "Developer story", "Salary calculator".)
    // (Nor the label of a total: "سنوات الخبرة", years of experience.)
    const last = words.length >= 2 && words.length <= 3 && !englishHead(head) && !words.some((w) => YEAR_WORD.test(w)) ? byVocabulary(head) : 'other';
    // ("Научные проекты", "Избранные публикации": and in the Cyrillic languages so are projects and publications.)
    if (last === 'experience' || ((last === 'projects' || last === 'publications') && /^\p{Script=Cyrillic}/u.test(text))) kind = last;
    // ("Szoftveres ismeretek", "Műszeres és szoftveres ismeretek", "Softwarové znalosti", "Technische und soziale Kompetenzen":
    // knowledge of a kind, its qualifiers before it, and two joined by "and", is a skills section; a group label so named
    // within one is its skills still.)
    // (A title opens on a capital: "gute Kenntnisse (Sursilvan)" rates a language.)
    else if (words.length >= 2 && words.length <= 4 && /^\p{Lu}/u.test(text) && KNOWLEDGE_HEAD.test(head) && !words.some((w) => YEAR_WORD.test(w))) kind = 'skills';
  }
  // "מיומנויות מרכזיות", "الخبرات العملية السابقة": Hebrew, Arabic and Persian put the head first, their qualifiers after it.
  if (kind === 'other' && RIGHT_TO_LEFT.test(text) && !/\d/.test(text)) {
    const words = text.split(/\s+/);
    const first = words.length >= 2 && words.length <= 3 ? byVocabulary(words[0]!) : 'other';
    if (HEADS_FIRST.has(first)) kind = first;
  }
  // "Pozostałe umiejętności", "Weitere Kenntnisse", "Competencias adicionales": a head with the word for other or further
  // before or after it is the head's section, as English's "Other skills" is.
  const further = kind === 'other' ? FURTHER.exec(text) : null;
  if (further) kind = byVocabulary((further[1] ?? further[2])!);
  // "Visiting and honorary appointments", "Previous positions", "Civilian career": qualifiers of when or how a role was held.
  const held = kind === 'other' ? HELD_QUALIFIERS.exec(text) : null;
  // (Or of where skills are used: "Clinical competencies".)
  if (held && (byVocabulary(held[1]!) === 'experience' || byVocabulary(held[1]!) === 'skills')) kind = byVocabulary(held[1]!);
  // "Job history at Tallgrass Analytics", "Experience at Acme": where, after the head, leaves its kind.
  const at = kind === 'other' ? / (?:at|bei|chez|en|na|presso) \p{Lu}/u.exec(text) : null;
  if (at) kind = byVocabulary(text.slice(0, at.index));
  // "Projets personnels", "Projetos open source", "Percurso profissional": in the Romance languages
  // the qualifiers follow the head, in lower case.
  const after = kind === 'other' ? /^(\p{Lu}\p{Ll}+) ((?:\p{Ll}[\p{Ll}-]*)(?: \p{Ll}[\p{Ll}-]*){0,2})$/u.exec(text) : null;
  // (English heads take their qualifiers before them: "Work permit", "Experience design" are no titles.)
  // (Nor does a head a preposition follows: "Tecnologías de la información" names an industry.)
  if (after && !ENGLISH_HEAD.test(after[1]!) && !/^(?:de|da|do|di|del|della|des|du|der|of|en|em|in|a|à|e|y|et)\b/.test(after[2]!) && HEADS_FIRST.has(byVocabulary(after[1]!))) kind = byVocabulary(after[1]!);
  // "Stack matrix", "Skills overview", "Technology breakdown": a skills head, then the form it takes.
  const form = kind === 'other' ? /^(.+?)\s+(?:matrix|grid|overview|breakdown|inventory|at a glance|in detail)$/i.exec(text) : null;
  if (form && byVocabulary(form[1]!) in TECHNICAL) return byVocabulary(form[1]!);
  // "Skills & years", "Kenntnisse und Jahre": a skills head, then the years the section states for each.
  const years = kind === 'other' ? YEARS_BESIDE.exec(text) : null;
  if (years && byVocabulary(years[1]!) in TECHNICAL) return byVocabulary(years[1]!);
  // "スキル・経験年数": Japanese joins a pair with a middle dot; the first names the section.
  const paired = kind === 'other' && text.includes('・') ? byVocabulary(text.slice(0, text.indexOf('・'))) : 'other';
  if (paired !== 'other') return paired;
  // ("スキルと経験年数", "技能与经验年限", "기술 및 경력": or with its word for "and", the second a title or the years.)
  const cjkPair = kind === 'other' ? /^(\p{Script=Katakana}[\p{Script=Katakana}ー]*|\p{Script=Han}{2,4}|\p{Script=Hangul}{2,4})\s?(?:と|及び|および|与|和|及|및)\s?(.{2,8})$/u.exec(text) : null;
  if (cjkPair && byVocabulary(cjkPair[1]!) !== 'other' && (byVocabulary(cjkPair[2]!) !== 'other' || /年数|年限|연차|경력/u.test(cjkPair[2]!))) return byVocabulary(cjkPair[1]!);
  // "Schul- und Berufsausbildung, Studium": titles of one kind listed with a comma title it.
  const listed = kind === 'other' && text.includes(', ') ? text.split(', ').map((p) => classifyTitle(p)) : [];
  if (listed.length && listed[0] !== 'other' && listed.every((k) => k === listed[0])) return listed[0]!;
  // ("Gear & software", "Tools and software", "Technieken & software": what the person works with. "Software" alone may list what they wrote.)
  if (kind === 'other' && WITH_SOFTWARE.test(text)) return 'tools';
  // ("Systems", "Systemen" alone: the systems a nurse charts in or an operator runs; not the last word of a degree, "Computer Science and Systems".)
  if (kind === 'other' && /^(?:systems|systemen)$/i.test(text)) return 'tools';
  // ("Skills verified in interview", "Technologies validated by our engineers": a head, then who vouched for it.)
  // ("Exámenes verificados por Chambita", "Tests vérifiés par Malt": a marketplace's tests, vouched for by the site, are its screening.)
  const vouched = kind === 'other' ? /^(.+?)\s+(?:verified|validated|confirmed|proven|vetted|verificad[oa]s|vérifié(?:e?s)?|verificat[ie])(?![\p{L}])/iu.exec(text) : null;
  if (vouched && (byVocabulary(vouched[1]!) in TECHNICAL || byVocabulary(vouched[1]!) === 'assessment')) return byVocabulary(vouched[1]!);
  // ("Nota Peneira", "Kodly Score": a score named for the site that gave it is its screening.)
  if (kind === 'other' && SITE_SCORE.test(text)) return 'assessment';
  // "Tools I reach for", "Skills I bring", "Tech we use": a head the person's own clause qualifies.
  const clause = kind === 'other' ? OWN_CLAUSE.exec(text) : null;
  if (clause) return byVocabulary(clause[1]!);
  // "Skills and Tech", "Tools & Tech": a skills head with "tech" beside it ("Tech" alone may be a blog's category).
  const tech = kind === 'other' ? /^(.+?)\s*(?:&|\+|\/|\band)\s*tech$|^tech\s*(?:&|\+|\/|and\b)\s*(.+)$/i.exec(text) : null;
  const beside = tech ? byVocabulary(tech[1] ?? tech[2]!) : 'other';
  if (beside in TECHNICAL) return beside;
  // "Languages and Tools", "Languages & Frameworks": programming languages, listed with the rest.
  if (kind === 'languages' && / (and|&|\/) /.test(text) && byVocabulary(text.replace(/^.*? (and|&|\/) /, '')) in TECHNICAL) return 'skills';
  if (kind !== 'other' || !respelled(text)) return kind;
  // ("■資格・免許": the decoration before it off, the title is read as any other; otherwise by the vocabulary alone.)
  const plain = respell(text);
  const read = plain && plain !== text ? (DECORATED_START.test(text) && !SPELLED.test(text) ? classifyTitle(plain) : byVocabulary(plain)) : kind;
  // ("Competenze tecniche e metodologiche:": a form's label, its colon closing two heads joined by "and", is read as the title it labels.)
  return read === 'other' && SPELLED.test(text) && /\p{L}\s*[:：]$/u.test(text) ? classifyTitle(text.replace(/\s*[:：]$/u, '')) : read;
};
