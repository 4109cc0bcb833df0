import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { datesBesideTitles } from './row-dates';
import { buildTextModel } from './text-model';

const lines = (html: string) => datesBesideTitles(buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`)).blocks).map((b) => b.text);

describe('datesBesideTitles', () => {
  it('moves a row’s closing date cell to beside the title line of the cell before it', () => {
    const row = (what: string, bullets: string[], when: string) => `<tr><td>${what}<ul>${bullets.map((b) => `<li>${b}</li>`).join('')}</ul></td><td>${when}</td></tr>`;
    const table = `<table>${row('Teamleiterin Data Engineering, Hanseatic Commerce GmbH, Hamburg', ['Führung von 7 Data Engineers', 'Aufbau einer Datenplattform'], 'seit 04/2023')}${row('Senior Data Engineer, Zalando SE, Berlin', ['Streaming mit Kafka'], '03/2020 – 03/2023')}</table>`;
    expect(lines(table)).toEqual([
      'Teamleiterin Data Engineering, Hanseatic Commerce GmbH, Hamburg',
      'seit 04/2023',
      'Führung von 7 Data Engineers',
      'Aufbau einer Datenplattform',
      'Senior Data Engineer, Zalando SE, Berlin',
      '03/2020 – 03/2023',
      'Streaming mit Kafka',
    ]);
  });

  it('leaves a row of title and dates alone, and a date cell that is not the row’s last', () => {
    expect(lines('<table><tr><td>Engineer, Acme</td><td>2019 – 2021</td></tr><tr><td>2016 – 2019</td><td>Analyst, Initech</td><td>Austin</td></tr></table>')).toEqual(['Engineer, Acme', '2019 – 2021', '2016 – 2019', 'Analyst, Initech', 'Austin']);
  });
});
