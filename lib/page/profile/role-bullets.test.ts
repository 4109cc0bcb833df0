import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { splitRoleBullets } from './role-bullets';
import { buildTextModel } from './text-model';

const lines = (body: string) => {
  const m = buildTextModel(parseHtmlDocument(`<html><body>${body}</body></html>`));
  splitRoleBullets(m);
  return m.blocks.map((b) => b.text);
};

describe('splitRoleBullets', () => {
  it('parts a role bullet whose dates follow a dash and end the role with a full stop', () => {
    expect(lines('<ul><li>Senior Embedded Engineer, Vantor Medical — 2018–2022. Class C medical device firmware in C on FreeRTOS.</li><li>Firmware Intern, Flanders Microlab — summer 2014. Bare-metal drivers for a sensor board.</li><li>Wrote the docs — all of them. Nobody else would.</li></ul>')).toEqual([
      'Senior Embedded Engineer, Vantor Medical — 2018–2022',
      'Class C medical device firmware in C on FreeRTOS.',
      'Firmware Intern, Flanders Microlab — summer 2014',
      'Bare-metal drivers for a sensor board.',
      'Wrote the docs — all of them. Nobody else would.',
    ]);
  });

  it('parts a role bullet into its line and its note where the dates in brackets end the role', () => {
    expect(lines('<ul><li><strong>Programista C/C++</strong> — Nordmar Electronics S.A., Gdynia (2017–2021): firmware for echo sounders and GNSS receivers.</li><li><strong>Stażysta</strong> — Pomorskie Centrum Elektroniki, Gdańsk (2016): PCB tests and measuring scripts.</li></ul>')).toEqual([
      'Programista C/C++ — Nordmar Electronics S.A., Gdynia (2017–2021)',
      'firmware for echo sounders and GNSS receivers.',
      'Stażysta — Pomorskie Centrum Elektroniki, Gdańsk (2016)',
      'PCB tests and measuring scripts.',
    ]);
  });

  it('parts a role bullet that opens on its dates, then the role after a dot, a bar or a colon, then a sentence', () => {
    expect(lines('<ul><li>2022 – now · Senior Technical Writer, Stripe (Dublin). Own the Connect and Billing guides.</li><li>2015 – 2018 | Documentation Specialist, Ericsson (Athlone). DITA topics for radio network software.</li><li>2018 – 2021 · Yazılım Geliştirici, Kuzgun Yazılım Ltd. Şti. (İstanbul)</li><li>2019 · Spoke at Write the Docs. Twice, about linting prose.</li><li>09.2019 – 02.2021 · Pielęgniarka anestezjologiczna — Szpital Specjalistyczny im. Ludwika Rydygiera w Krakowie</li><li>2017–2020 · Class Teacher, Grades 4 &amp; 5 · St. Joseph’s Primary School · Molo</li></ul>')).toEqual([
      '2022 – now · Senior Technical Writer, Stripe (Dublin)',
      'Own the Connect and Billing guides.',
      '2015 – 2018 | Documentation Specialist, Ericsson (Athlone)',
      'DITA topics for radio network software.',
      // (An abbreviated company name's full stop opens no sentence; nor is a talk a role.)
      '2018 – 2021 · Yazılım Geliştirici, Kuzgun Yazılım Ltd. Şti. (İstanbul)',
      '2019 · Spoke at Write the Docs. Twice, about linting prose.',
      // (Nor a short word in small letters before it, "im." of a hospital named after someone.)
      '09.2019 – 02.2021 · Pielęgniarka anestezjologiczna — Szpital Specjalistyczny im. Ludwika Rydygiera w Krakowie',
      // (Nor an abbreviated word's, "St." of a school named after a saint.)
      '2017–2020 · Class Teacher, Grades 4 & 5 · St. Joseph’s Primary School · Molo',
    ]);
  });

  it('ends the role’s line on its dates when an element of their own holds them and only the type sets the note apart', () => {
    expect(lines('<ul><li><strong>Sous-cheffe pâtissière</strong> — Hôtel Le Grand Terreaux, Lyon <small>2019 – 2021</small> Petits-déjeuners pour 180 couverts, banquets.</li><li><b>Stage</b> at Globex <small>2019</small> was fun and taught me a lot</li></ul>')).toEqual([
      'Sous-cheffe pâtissière — Hôtel Le Grand Terreaux, Lyon 2019 – 2021',
      'Petits-déjeuners pour 180 couverts, banquets.',
      'Stage at Globex 2019 was fun and taught me a lot',
    ]);
  });

  it('leaves a bullet whose brackets say more than when, and one that names no role', () => {
    const kept = ['Funzionario informatico (analista, dal 2012): gestione dei sistemi di protocollo.', 'Migrated the billing service (2019–2020): 40 % cheaper to run and twice as fast.'];
    expect(lines(`<ul>${kept.map((k) => `<li>${k}</li>`).join('')}</ul>`)).toEqual(kept);
  });
});
