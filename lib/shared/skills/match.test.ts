import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDictionary, defaultDictionary } from './dictionary';
import { canonicalSkill, findSkills, isSkillField } from './match';

const names = (text: string, context?: 'prose' | 'list') => findSkills(text, context).map((m) => m.canonical);

describe('the alias dictionary', () => {
  it('holds several hundred technologies', () => {
    expect(defaultDictionary().canonicals.size).toBeGreaterThan(400);
    expect(defaultDictionary().root.size).toBeGreaterThan(500);
  });

  it.each([
    ['k8s', 'Kubernetes'],
    ['Argo CD', 'ArgoCD'],
    ['argo-cd', 'ArgoCD'],
    ['Google Cloud', 'GCP'],
    ['GCP', 'GCP'],
    ['Postgres', 'PostgreSQL'],
    ['Golang', 'Go'],
    ['Node', 'Node.js'],
    ['NodeJS', 'Node.js'],
    ['node.js', 'Node.js'],
    ['Apache Airflow', 'Airflow'],
    ['Pub/Sub', 'Pub/Sub'],
    ['PubSub', 'Pub/Sub'],
    ['CI/CD', 'CI/CD'],
    ['Deadmanssnitch', "Dead Man's Snitch"],
    ['C++', 'C++'],
    ['C#', 'C#'],
    ['.NET', '.NET'],
    ['Spinakker', 'Spinnaker'],
    // A product named with its vendor is one skill, not the vendor and a part.
    ['Hugging Face Transformers', 'Hugging Face'],
    ['VMware vSphere', 'VMware'],
    ['Cisco IOS-XE', 'Cisco IOS'],
    ['Azure Machine Learning', 'Azure Machine Learning'],
    ['SQL Server Integration Services', 'SSIS'],
    ['SAP FI', 'SAP FI'],
    ['SAP MM', 'SAP MM'],
    ['MISRA', 'MISRA C'],
    // (A version after the name, its maker's name before it.)
    ['Java 17', 'Java'],
    ['WCAG 2.1', 'WCAG'],
    ['JUnit 5', 'JUnit'],
    ['Autodesk Revit', 'Revit'],
  ])('%s is %s', (label, canonical) => {
    expect(canonicalSkill(label)).toBe(canonical);
  });

  it('reads “Transformers” and “Palo Alto” as products only in a list: in prose they are an architecture and a city', () => {
    expect(names('Forecasts with Temporal Fusion Transformers, from our office in Palo Alto.')).toEqual([]);
    expect(names('Transformers', 'list')).toEqual(['Hugging Face']);
    expect(names('Palo Alto firewalls', 'list')).toEqual(['Palo Alto Networks']);
  });

  it('marks fields of work with "*", found in prose and lists alike (a role’s requirements read them)', () => {
    const dict = createDictionary('*DevOps\nDocker');
    expect([...dict.fields]).toEqual(['DevOps']);
    expect(findSkills('Five years of DevOps with Docker', 'prose', dict).map((m) => m.canonical)).toEqual(['DevOps', 'Docker']);
    expect(defaultDictionary().fields.has('Machine Learning')).toBe(true);
    expect(defaultDictionary().fields.has('Kubernetes')).toBe(false);
  });

  it('knows design tools by the names Arabic, Persian and Russian CVs write them in their own letters, and Lightroom by its edition', () => {
    expect(['أوتوكاد', 'ريفيت', 'فوتوشوب', 'фотошоп', 'Автокад', 'Adobe Lightroom Classic'].map((label) => canonicalSkill(label))).toEqual(['AutoCAD', 'Revit', 'Adobe Photoshop', 'Adobe Photoshop', 'AutoCAD', 'Adobe Lightroom']);
  });

  it('knows a translator\'s tools by their vendors\' names and releases, "Phrase" only as a list\'s item', () => {
    expect(['SDL Trados Studio 2024', 'Trados Studio 2022', 'Trados', 'memoQ 10', 'Memsource', 'Phrase', 'Wordfast Pro', 'MultiTerm', 'Xbench'].map((label) => canonicalSkill(label))).toEqual(['Trados Studio', 'Trados Studio', 'Trados Studio', 'memoQ', 'Phrase TMS', 'Phrase TMS', 'Wordfast', 'Trados MultiTerm', 'Xbench']);
    expect(names('a phrase book and a Phrase of music; terms in Trados')).toEqual(['Trados Studio']);
  });

  it('does not know what it does not know', () => {
    expect(canonicalSkill('Prestod')).toBeNull();
    expect(canonicalSkill('Distributed crawlers')).toBeNull();
    // (Nor a known name with words after it that are no version, or another maker's words before it.)
    expect(canonicalSkill('Java Champions')).toBeNull();
    expect(canonicalSkill('Enterprise Revit')).toBeNull();
  });
});

describe('findSkills never invents a skill from a substring', () => {
  it('"Go" is not in "Google", "Tform" is not in "platform"', () => {
    expect(names('Google Sheets on a platform')).not.toContain('Go');
    expect(names('Google Sheets on a platform')).not.toContain('Terraform');
  });
  it('an ambiguous word joined by a hyphen to the next is part of another name ("Cortex-M4", "Go-to-market")', () => {
    expect(names('Firmware on STM32 (ARM Cortex-M4) and a Go-to-market plan')).toEqual(['STM32']);
    expect(names('Metrics in Cortex, services in Go - and some Rust')).toEqual(['Cortex', 'Go', 'Rust']);
  });

  it('a capital R or C in prose is not a language', () => {
    expect(names('Plan R was chosen. C grade. R&D team.')).toEqual([]);
    expect(names('R, C, Python', 'list')).toEqual(['R', 'C', 'Python']);
    // (Nor the C of I²C: a superscript digit is part of its word, as in the bus's name.)
    expect(names('CAN, SPI, I²C, UART', 'list')).toEqual(['CAN bus', 'I²C']);
    expect(names('drivers for I2C sensors and an office of 40 m² in Lyon')).toEqual(['I²C']);
    // (Nor a word only a list names, joined by a hyphen to another: it is part of that word.)
    expect(names('Cash-flow forecasting', 'list')).toEqual(['Forecasting']);
    // (A field of work the dictionary marks so, which a list may group its tools under.)
    expect([isSkillField('Observability'), isSkillField('Prometheus'), isSkillField('Gardening')]).toEqual([true, false, false]);
    // (A word only a list names says so, for a list's reader to keep what it is of: "Cash-flow forecasting".)
    expect(findSkills('Cash-flow forecasting, Kubernetes', 'list').map((m) => [m.canonical, m.generic ?? false])).toEqual([['Forecasting', true], ['Kubernetes', false]]);
    expect(names('R-squared, Flow', 'list')).toEqual(['Kotlin Flow']);
  });
  it('knows "Excel VBA" as VBA, the language of its macros, not Excel and VBA, and names with an ampersand', () => {
    expect(names('Excel VBA, Excel, VBA', 'list')).toEqual(['VBA', 'Microsoft Excel', 'VBA']);
    // (An ampersand joins the words of a name that has one, not two names.)
    expect(names('Weights & Biases, Budgeting & forecasting', 'list')).toEqual(['Weights & Biases', 'Budgeting & Forecasting']);
    expect(names('Excel & VBA', 'list')).toEqual(['Microsoft Excel', 'VBA']);
  });
  it('knows the office suites as CVs in several languages name them, and not the ordinary words among their names', () => {
    expect([...new Set(names('MS Office, Paquete Office, pakiet Office, MS Word, PowerPoint, Visio, G Suite', 'list'))]).toEqual(['Microsoft Office', 'Microsoft Word', 'Microsoft PowerPoint', 'Microsoft Visio', 'Google Workspace']);
    expect(names('I gave a powerpoint at the office in a word.')).toEqual([]);
  });
  it('a name of a letter or two hyphened to a word is part of that word', () => {
    expect(names('C-CDA, C-level, Go-Live', 'list')).toEqual([]);
    expect(names('C, Go, Objective-C, C++, R-based', 'list')).toEqual(['C', 'Go', 'Objective-C', 'C++', 'R']);
    // (And a word hyphened after a letter or two is part of their name: "X-Ray" is no "Ray"; "V-Ray", a renderer, is one name.)
    expect(names('V-Ray, X-Ray, Python, Ray', 'list')).toEqual(['V-Ray', 'Python', 'Ray']);
    // (Nor is a dotted name glued to the word before it: "SME.NET" is a product of its own; ".NET" alone or after a slash is .NET.)
    expect(names('MISA SME.NET, C#/.NET, ASP.NET', 'list')).toEqual(['C#', '.NET', 'ASP.NET']);
    // (Nor is a season and its year a framework: "Spring 2017".)
    expect(names('Teaching Assistant, Spring 2017. Built on Spring Boot and Spring.')).toEqual(['Spring Boot', 'Spring']);
  });
  it('ambiguous words need their capitalisation in prose', () => {
    expect(names('we go to the rest of the chef')).toEqual([]);
    expect(names('Built in Go with a REST API and Chef')).toEqual(['Go', 'REST', 'Chef']);
    expect(names('a Go-based engine')).toEqual(['Go']);
    // (Nor a word of another language: the Italian "scala", a scale.)
    expect(names('tavole in AutoCAD e plastici in scala 1:50; servizi in Scala')).toEqual(['AutoCAD', 'Scala']);
    // (Nor the Turkish word for a hotel: OpenTelemetry's short name is written "OTel".)
    expect(names('Otel Genel Müdürü; traces with OTel')).toEqual(['OpenTelemetry']);
    // (Nor the Catalan word for months: "criança en rima de 30 a 90 mesos".)
    expect(names('criança en rima de 30 a 90 mesos; jobs on Mesos')).toEqual(['Mesos']);
  });
  it('"node" in prose is a cluster node, not Node.js', () => {
    expect(names('a 21 node Cassandra cluster')).toEqual(['Cassandra']);
  });
  it('finds skills in work-history text, longest name first', () => {
    expect(names('Deployed on Google Kubernetes Engine with Apache Kafka and Spark Streaming')).toEqual(['Google Kubernetes Engine', 'Kafka', 'Spark Streaming']);
    expect(names('(Go, Kafka, GitLab, Prometheus)')).toEqual(['Go', 'Kafka', 'GitLab', 'Prometheus']);
  });
  it('knows the tools of other professions, and a tool under its maker’s name', () => {
    expect(names('Flood models in HEC-RAS and TUFLOW, maps in QGIS and ArcGIS Pro, analysis with xarray')).toEqual(['HEC-RAS', 'TUFLOW', 'QGIS', 'ArcGIS', 'xarray']);
    expect(names('Vector CANoe, Beckhoff TwinCAT 3, Primavera P6, SketchUp', 'list')).toEqual(['CANoe', 'TwinCAT', 'Primavera P6', 'SketchUp']);
  });
  it('a maker’s name before another of its products is not its best-known one', () => {
    expect(names('Moved from SAP ECC to SAP TM, then SAP RE-FX and Oracle Hyperion on Oracle 19c')).toEqual(['SAP ECC', 'SAP TM', 'Oracle Database']);
    expect(names('Oracle and SAP')).toEqual(['Oracle Database', 'SAP']);
  });
  it('a phrase does not run across a comma or bracket', () => {
    expect(names('Spark (Streaming, MLlib)')).toEqual(['Spark', 'MLlib']);
  });

  it('every mention is a whole-word slice of the text (property)', () => {
    const words = ['Go', 'Google', 'Kubernetes', 'k8s', 'platform', 'R', 'rest', 'Python', 'Node.js', 'node', 'CI/CD', 'the', 'Argo CD', 'C++', ',', '.', '(', ')'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.constantFrom(' ', ', ', ' / ', '\n'), (parts, sep) => {
        const text = parts.join(sep);
        for (const m of findSkills(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.raw);
          expect(/[\p{L}\p{N}]/u.test(text[m.start - 1] ?? ' ')).toBe(false);
          expect(/[\p{L}\p{N}]/u.test(text[m.end] ?? ' ')).toBe(false);
        }
      }),
    );
  });

  it('adding unrelated words around a skill does not change what is found (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('Kubernetes', 'Terraform', 'PostgreSQL', 'Airflow', 'Kafka'), fc.array(fc.constantFrom('the', 'platform', 'team', 'Google', 'data'), { maxLength: 8 }), (skill, filler) => {
        expect(names([...filler, skill, ...filler].join(' '))).toEqual([skill]);
      }),
    );
  });
});

describe('createDictionary', () => {
  it('accepts extra lines, so recruiters can add aliases', () => {
    const dict = createDictionary(undefined, 'Internal Platform: ipx, ^Orbit');
    expect(findSkills('we run ipx on Orbit, not orbit', 'prose', dict).map((m) => m.canonical)).toEqual(['Internal Platform', 'Internal Platform']);
    // (A maker's mark: "Acme" is Acme Suite, but "Acme Ledger" another of Acme's products.)
    const makers = createDictionary('Acme Suite: ^+Acme');
    expect(findSkills('Acme Ledger since 2019; before that Acme and nothing else', 'prose', makers).map((m) => m.canonical)).toEqual(['Acme Suite']);
  });
});

describe('the recruiter\'s own aliases', () => {
  it('join the dictionary every matcher uses, and can be taken back', async () => {
    const { setCustomAliases } = await import('./dictionary');
    const { canonicalSkill: canon } = await import('./match');
    expect(canon('nwp')).toBeNull();
    setCustomAliases('Northwind Platform: nwp, northwind-platform');
    try {
      expect(canon('NWP')).toBe('Northwind Platform');
      expect(findSkills('We deploy on the northwind-platform daily').map((m) => m.canonical)).toEqual(['Northwind Platform']);
    } finally {
      setCustomAliases('');
    }
    expect(canon('nwp')).toBeNull();
  });
});

/** The token rule as a regular expression: what tokenSpans must find, in one pass over character codes. */
const WORD = 'A-Za-z0-9\\u00B2\\u00B3\\u00B9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\u2DFF\\u3040-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFEFF\\uFF10-\\uFFDC';
const TOKEN = new RegExp(`\\.?[${WORD}][${WORD}+#]*`, 'g');
const tokenByRule = (text: string) => [...text.matchAll(TOKEN)].flatMap((m) => [m.index, m.index + m[0].length]);

describe('tokenSpans', () => {
  it('finds the tokens the token rule finds, in one pass over the character codes (property)', async () => {
    const { tokenSpans } = await import('./dictionary');
    const chars = fc.constantFrom('a', 'Z', '9', '.', '+', '#', ' ', '-', 'é', '×', 'ß', '中', '—', ',', '/', '\n', '²', '°');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        const spans = tokenSpans(text);
        const pairs = tokenByRule(text);
        expect(spans).toEqual(pairs);
      }),
    );
  });
});
