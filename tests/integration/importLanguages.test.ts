import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessDateFormat, readDay } from '../../electron/core/imports/dates';
import { statusOfWord } from '../../electron/core/imports/rows';
import { guessColumns } from '../../electron/core/imports/spreadsheet';
import type { ImportPreview } from '../../electron/core/imports/schema';
import { appCaller, startTestCore, type TestCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { makeXlsx } from '../support/xlsx';

/**
 * Spreadsheets kept in German, Spanish and Brazilian Portuguese: headers and status words in those
 * languages, German dates with dots. The files under tests/fixtures/imports were written for this test;
 * every expected value below was read off the file by hand.
 */

const clock = () => new Date('2026-03-10T10:00:00Z');
const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/imports', name), 'utf8');

async function preview(core: TestCore, payload: unknown): Promise<ImportPreview> {
  const result = await core.dispatch('imports:preview', payload, appCaller);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as ImportPreview;
}
const summary = (seen: ImportPreview) => seen.added.map((row) => [row.company, row.role, row.status, row.appliedOn, row.location]);

describe('spreadsheets in every language the app speaks', () => {
  it('reads a German sheet: Firma, Stelle, Beworben am, semicolons, dates with dots, German status words', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const seen = await preview(core, { name: 'bewerbungen.csv', text: fixture('bewerbungen.csv') });
    expect(seen.refused).toEqual([]);
    expect(seen.dateFormat).toBeNull();
    expect(summary(seen)).toEqual([
      ['Moosgrün GmbH', 'UX-Designerin', 'rejected', '2025-04-03', 'Hamburg'],
      ['Hafenlicht AG', 'Produktmanagerin', 'interviewing', '2025-02-14', 'Kiel'],
      ['Buchenweg Verlag', 'Lektorin', 'applied', '2025-03-01', 'Leipzig'],
      ['Steinbruch KG', 'Projektleiterin', 'saved', null, 'Köln'],
      ['Altwerk', 'Redakteurin', 'withdrawn', '2025-01-05', 'Bonn'],
    ]);
    expect(seen.added[0]).toMatchObject({ contact: { name: 'Jana Wolf', email: 'jana.wolf@moosgruen.example' }, salary: '55.000 €' });
    expect(seen.added[0]?.description).toBe('Nettes Team');
    expect(seen.added[2]?.description).toBe('Zweite Runde;\r\nim März');
    core.close();
  });

  it('reads a Spanish sheet: Empresa, Puesto, Fecha de solicitud, Estado, Ubicación', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const seen = await preview(core, { name: 'postulaciones.csv', text: fixture('postulaciones.csv') });
    expect(seen.refused).toEqual([]);
    expect(summary(seen)).toEqual([
      ['Olivar Datos', 'Analista de Datos', 'rejected', '2025-03-04', 'Sevilla'],
      ['Brisa Digital', 'Diseñadora UX', 'interviewing', '2025-02-11', 'Madrid'],
      ['Puerto Claro', 'Redactora', 'applied', '2025-01-20', 'Valencia'],
      ['Sierra Norte', 'Product Manager', 'saved', null, 'Bilbao'],
    ]);
    expect(seen.added[0]).toMatchObject({ contact: { name: 'Marta Gil', email: 'marta@olivar.example' }, salary: '32.000' });
    core.close();
  });

  it('reads a Brazilian Portuguese sheet: Empresa, Cargo, Data da candidatura, Situação, in a .tsv', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const seen = await preview(core, { name: 'candidaturas.tsv', text: fixture('candidaturas.tsv') });
    expect(seen.refused).toEqual([]);
    expect(summary(seen)).toEqual([
      ['Ipê Tecnologia', 'Analista de Dados', 'rejected', '2025-03-04', 'Curitiba'],
      ['Jabuti Tech', 'Designer UX', 'interviewing', '2025-02-11', 'Recife'],
      ['Caju Mídia', 'Redatora', 'applied', '2025-01-20', 'Salvador'],
      ['Aroeira', 'Gerente de Produto', 'saved', null, 'São Paulo'],
      ['Mandacaru', 'Editora', 'no_reply', '2025-01-05', 'Natal'],
    ]);
    expect(seen.added[0]).toMatchObject({ contact: { name: 'Renata Alves', phone: '+55 41 5555-0101' }, salary: 'R$ 9.000' });
    expect(seen.added[2]?.description).toBe('Indicação da Ana');
    core.close();
  });

  it('reads a German .xlsx whose dates are text with dots', async () => {
    const core = await startTestCore(tempDir(), { now: clock });
    const xlsx = makeXlsx([
      ['Unternehmen', 'Stellenbezeichnung', 'Bewerbungsdatum', 'Status'],
      ['Kieselbach', 'Entwicklerin', '09.12.2025', 'Angebot'],
      ['Lindenhof', 'Teamleiterin', '10.11.2025', 'Absage'],
    ]);
    const seen = await preview(core, { name: 'tabelle.xlsx', base64: Buffer.from(xlsx).toString('base64') });
    expect(seen.dateFormat).toBeNull();
    expect(seen.added.map((row) => [row.company, row.role, row.status, row.appliedOn])).toEqual([
      ['Kieselbach', 'Entwicklerin', 'offer', '2025-12-09'],
      ['Lindenhof', 'Teamleiterin', 'rejected', '2025-11-10'],
    ]);
    core.close();
  });
});

describe('the pieces, as tables', () => {
  it.each([
    [['Firma', 'Stelle', 'Beworben am', 'Status'], { company: 0, role: 1, applied: 2, status: 3 }],
    [['Unternehmen', 'Position', 'Datum', 'Stand', 'Vergütung'], { company: 0, role: 1, applied: 2, status: 3, salary: 4 }],
    [['Empresa', 'Puesto', 'Fecha de solicitud', 'Estado'], { company: 0, role: 1, applied: 2, status: 3 }],
    [['EMPRESA', 'Posición', 'Correo electrónico', 'Teléfono'], { company: 0, role: 1, contactEmail: 2, contactPhone: 3 }],
    [['Empresa', 'Cargo', 'Data da candidatura', 'Situação', 'Observações'], { company: 0, role: 1, applied: 2, status: 3, notes: 4 }],
    [['Fruit', 'Farbe'], {}],
  ] as const)('guesses %j', (header, expected) => {
    expect(guessColumns(header)).toEqual(expected);
  });

  it.each([
    ['Abgelehnt', 'rejected'],
    ['ZURÜCKGEZOGEN', 'withdrawn'],
    ['Vorstellungsgespräch', 'interviewing'],
    ['Keine Rückmeldung', 'no_reply'],
    ['Rechazada', 'rejected'],
    ['En entrevista', 'interviewing'],
    ['Recusada', 'rejected'],
    ['Desistência', 'withdrawn'],
    ['Entrevista', 'interviewing'],
    ['Proposta', 'offer'],
    ['constructor', null],
    ['Vielleicht', null],
  ] as const)('reads the status word %s as %s', (word, expected) => {
    expect(statusOfWord(word)).toBe(expected);
  });

  it.each([
    ['03.04.2025', 'mdy', '2025-04-03'],
    ['03.04.2025', 'dmy', '2025-04-03'],
    ['3.4.25', 'mdy', '2025-04-03'],
    ['31.12.2024', 'mdy', '2024-12-31'],
    ['12.31.2024', 'mdy', null],
    ['03/04/2025', 'mdy', '2025-03-04'],
    ['03/04/2025', 'dmy', '2025-04-03'],
  ] as const)('reads %s (%s) as %s', (value, format, expected) => {
    expect(readDay(value, format)).toBe(expected);
  });

  it('never asks about dates with dots, and still asks about slashed ones beside them', () => {
    expect(guessDateFormat(['03.04.2025', '05.06.2025'])).toEqual({ format: null, ambiguous: false, example: '' });
    expect(guessDateFormat(['03.04.2025', '03/04/25'])).toEqual({ format: null, ambiguous: true, example: '03/04/25' });
  });
});
