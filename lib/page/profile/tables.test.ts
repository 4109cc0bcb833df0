import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { readTable, recordsOf, tableOf } from './tables';
import { buildTextModel } from './text-model';
import { fieldOf } from './table-roles';

const cellOf = (html: string, text: string) => {
  const doc = parseHtmlDocument(`<html><body>${html}</body></html>`);
  return [...doc.querySelectorAll('div, td, span')].find((e) => e.children.length === 0 && e.textContent?.trim() === text)!;
};

describe('tableOf and readTable: grids', () => {
  it('reads a sortable column\'s head without the words it says to screen readers on a line before its name ("Sort by:")', () => {
    const th = (name: string) => `<th><a role="button"><span class="slds-assistive-text">Sort by: </span><div><span class="slds-truncate">${name}</span></div></a></th>`;
    const html = `<table><thead><tr>${th('Job Title')}${th('Employer')}</tr></thead><tbody><tr><td>Maintenance Mechanic</td><td>Lakeshore Foods Inc.</td></tr></tbody></table>`;
    expect(readTable(tableOf(cellOf(html, 'Maintenance Mechanic'))!)!.heads).toEqual(['job title', 'employer']);
  });

  it('reads a grid that draws each row as a layout table of its own (Ext JS) as one table of rows under the grid’s heads', () => {
    const head = (names: string[]) => `<div role="rowgroup"><div role="row">${names.map((n) => `<div role="columnheader">${n}</div>`).join('')}</div></div>`;
    const row = (cells: string[]) => `<table role="presentation"><tbody><tr role="row">${cells.map((c) => `<td role="gridcell"><div>${c}</div></td>`).join('')}</tr></tbody></table>`;
    const html = `<div role="grid" aria-label="Przebieg zatrudnienia">${head(['Od', 'Do', 'Stanowisko', 'Pracodawca'])}<div>${row(['03.2023', 'obecnie', 'Operator wózka widłowego', 'Amazon Fulfillment Poland sp. z o.o.'])}${row(['10.2022', '02.2023', 'Magazynier', 'Raben Logistics Polska sp. z o.o.'])}</div></div>`;
    const grid = tableOf(cellOf(html, 'Magazynier'))!;
    expect(grid.getAttribute('role')).toBe('grid');
    const table = readTable(grid)!;
    expect(table.heads).toEqual(['od', 'do', 'stanowisko', 'pracodawca']);
    expect(table.rows).toEqual([
      ['03.2023', 'obecnie', 'Operator wózka widłowego', 'Amazon Fulfillment Poland sp. z o.o.'],
      ['10.2022', '02.2023', 'Magazynier', 'Raben Logistics Polska sp. z o.o.'],
    ]);
  });

  it('keeps a layout table of many rows inside a grid (Vaadin) as the table', () => {
    const html = '<div role="grid"><table role="presentation"><thead><tr role="row"><th role="columnheader">Od</th><th role="columnheader">Pozice</th></tr></thead><tbody><tr><td>03/2023</td><td>Staniční sestra</td></tr><tr><td>09/2021</td><td>Sestra</td></tr></tbody></table></div>';
    const table = tableOf(cellOf(html, 'Sestra'))!;
    expect(table.localName).toBe('table');
    expect(readTable(table)!.rows).toEqual([['03/2023', 'Staniční sestra'], ['09/2021', 'Sestra']]);
  });
});

describe('recordsOf: a record whose labels and values are lines of their own', () => {
  it('reads the labels drawn alike by their attributes, no class dressing them, beside values each named otherwise', () => {
    const field = (label: string, id: string, value: string) => `<div data-automation-id="formLabel">${label}</div><div data-automation-id="${id}">${value}</div>`;
    const job = (title: string, company: string, from: string) => `<div data-automation-id="workExperience">${field('Job Title', 'jobTitle', title)}${field('Company', 'company', company)}${field('From', 'startDate', from)}${field('To', 'endDate', 'Current')}</div>`;
    const model = buildTextModel(parseHtmlDocument(`<html><body>${job('Registered Nurse II', 'OhioHealth', '06/2021')}${job('Patient Care Technician', 'Mount Carmel East', '05/2014')}</body></html>`));
    expect(recordsOf(model.blocks, fieldOf).map((r) => r.fields)).toEqual([
      [['Job Title', 'Registered Nurse II'], ['Company', 'OhioHealth'], ['From', '06/2021'], ['To', 'Current']],
      [['Job Title', 'Patient Care Technician'], ['Company', 'Mount Carmel East'], ['From', '05/2014'], ['To', 'Current']],
    ]);
  });
});
