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
  it('parts a role bullet into its line and its note where the dates in brackets end the role', () => {
    expect(lines('<ul><li><strong>Programista C/C++</strong> — Nordmar Electronics S.A., Gdynia (2017–2021): firmware for echo sounders and GNSS receivers.</li><li><strong>Stażysta</strong> — Pomorskie Centrum Elektroniki, Gdańsk (2016): PCB tests and measuring scripts.</li></ul>')).toEqual([
      'Programista C/C++ — Nordmar Electronics S.A., Gdynia (2017–2021)',
      'firmware for echo sounders and GNSS receivers.',
      'Stażysta — Pomorskie Centrum Elektroniki, Gdańsk (2016)',
      'PCB tests and measuring scripts.',
    ]);
  });

  it('leaves a bullet whose brackets say more than when, and one that names no role', () => {
    const kept = ['Funzionario informatico (analista, dal 2012): gestione dei sistemi di protocollo.', 'Migrated the billing service (2019–2020): 40 % cheaper to run and twice as fast.'];
    expect(lines(`<ul>${kept.map((k) => `<li>${k}</li>`).join('')}</ul>`)).toEqual(kept);
  });
});
