import { content, fillMessage } from '../../../content';
import { guessDateFormat, readDay } from './dates';
import { blankRow, emptyResult, statusOfWord, type ReadResult } from './rows';
import type { DateFormat } from './schema';
import { normalName, type Table } from './table';
import { refuseFile } from './decode';

/**
 * Any spreadsheet a person kept by hand: its columns guessed from their
 * headers, its date order from its values (asked when the values cannot
 * tell), its status words mapped to Rebound's.
 */

const words = content.imports.errors;

type Field =
  | 'company'
  | 'role'
  | 'link'
  | 'location'
  | 'status'
  | 'applied'
  | 'saved'
  | 'notes'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'salary';

/**
 * Header names per field, normalized (lower case, single spaces, accents dropped), in every language the
 * app speaks: English, German, Spanish, Portuguese. A name shared by two languages ("empresa") is listed once.
 */
const headerNames: Record<Field, string[]> = {
  company: [
    ...['company', 'company name', 'employer', 'organization', 'organisation', 'firm', 'business'],
    ...['firma', 'unternehmen', 'arbeitgeber', 'firmenname', 'unternehmensname'],
    ...['empresa', 'compania', 'organizacion', 'nombre de la empresa', 'companhia', 'organizacao', 'nome da empresa'],
  ],
  role: [
    ...['role', 'title', 'job title', 'position', 'job', 'job name'],
    ...['stelle', 'jobtitel', 'stellenbezeichnung', 'titel', 'rolle'],
    ...['puesto', 'cargo', 'posicion', 'titulo', 'titulo del puesto', 'rol', 'vacante', 'vaga', 'funcao', 'titulo da vaga', 'posicao'],
  ],
  link: [
    ...['link', 'url', 'job url', 'job link', 'posting', 'posting url', 'website'],
    ...['stellenanzeige', 'anzeige'],
    ...['enlace', 'enlace de la oferta', 'link da vaga'],
  ],
  location: [
    ...['location', 'city', 'place', 'where'],
    ...['ort', 'standort', 'stadt', 'arbeitsort'],
    ...['ubicacion', 'ciudad', 'lugar', 'local', 'localizacao', 'cidade'],
  ],
  status: [...['status', 'stage', 'state', 'list', 'outcome'], ...['stand', 'phase'], ...['estado', 'etapa', 'fase', 'situacao']],
  applied: [
    ...['applied', 'applied on', 'date applied', 'application date', 'applied date', 'date', 'sent on'],
    ...['beworben am', 'bewerbungsdatum', 'datum', 'beworben', 'gesendet am'],
    ...['fecha de solicitud', 'fecha de postulacion', 'fecha de candidatura', 'fecha', 'enviado el'],
    ...['data da candidatura', 'data de candidatura', 'candidatado em', 'data', 'enviado em'],
  ],
  saved: [
    ...['saved', 'saved on', 'saved date', 'created', 'added', 'date added'],
    ...['gespeichert', 'gespeichert am', 'hinzugefugt', 'erstellt', 'erstellt am'],
    ...['guardado', 'fecha de guardado', 'anadido', 'creado', 'salvo', 'salvo em', 'adicionado', 'criado em'],
  ],
  notes: [
    ...['notes', 'note', 'comments', 'comment', 'description'],
    ...['notizen', 'notiz', 'anmerkungen', 'kommentar', 'bemerkungen', 'beschreibung'],
    ...['notas', 'nota', 'comentarios', 'observaciones', 'descripcion', 'observacoes', 'anotacoes', 'descricao'],
  ],
  contactName: [
    ...['contact', 'contact name', 'recruiter', 'recruiter name', 'hiring manager'],
    ...['kontakt', 'ansprechpartner', 'ansprechpartnerin', 'ansprechperson'],
    ...['contacto', 'reclutador', 'reclutadora', 'persona de contacto', 'contato', 'recrutador', 'recrutadora'],
  ],
  contactEmail: [
    ...['email', 'contact email', 'recruiter email', 'e mail'],
    ...['kontakt e mail'],
    ...['correo', 'correo electronico', 'email do contato', 'e mail do contato'],
  ],
  contactPhone: [...['phone', 'contact phone', 'telephone'], ...['telefon', 'telefonnummer'], ...['telefono', 'telefone']],
  salary: [
    ...['salary', 'pay', 'compensation', 'salary range'],
    ...['gehalt', 'gehaltsvorstellung', 'vergutung'],
    ...['salario', 'sueldo', 'remuneracao'],
  ],
};

/** A header as looked up: normalized, then without accents (Vergütung, Posición, Situação). */
const headerKey = (name: string) =>
  normalName(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** Which column holds each field: the first header naming it. */
export function guessColumns(header: readonly string[]): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  header.forEach((name, index) => {
    const key = headerKey(name);
    for (const field of Object.keys(headerNames) as Field[]) {
      if (columns[field] === undefined && headerNames[field].includes(key)) {
        columns[field] = index;
        return;
      }
    }
  });
  return columns;
}

export function readSpreadsheet(table: Table, today: string, chosen: DateFormat | undefined): ReadResult {
  const result = emptyResult();
  const columns = guessColumns(table.header);
  if (columns.company === undefined) return refuseFile(words.noCompanyColumn);
  const at = (cells: string[], field: Field) => (columns[field] === undefined ? '' : (cells[columns[field] as number] ?? '').trim());
  const dateValues = table.rows.flatMap((row) => [at(row.cells, 'applied'), at(row.cells, 'saved')]).filter((value) => value !== '');
  const guess = guessDateFormat(dateValues);
  if (guess.ambiguous || chosen) result.dateFormat = { ambiguous: guess.ambiguous, chosen: chosen ?? null, example: guess.example };
  const format = chosen ?? guess.format;
  for (const row of table.rows) {
    const refuse = (reason: string) => result.refused.push({ line: row.line, file: table.file, reason });
    const read = (value: string) => {
      if (value === '') return { day: null, ok: true };
      // Dates that could be read two ways wait for the person's choice; ISO dates never do.
      const day = readDay(value, format ?? 'mdy');
      if (format === null && guess.ambiguous && /^\d{1,2}[/-]\d{1,2}[/-]/.test(value)) {
        const other = readDay(value, 'dmy');
        if (day !== other) {
          refuse(fillMessage(words.dateFormatNeeded, { value: value.slice(0, 40) }));
          return { day: null, ok: false };
        }
      }
      if (day === null) refuse(fillMessage(words.dateUnreadable, { value: value.slice(0, 40) }));
      return { day, ok: day !== null };
    };
    const applied = read(at(row.cells, 'applied'));
    if (!applied.ok) continue;
    const saved = read(at(row.cells, 'saved'));
    if (!saved.ok) continue;
    const statusText = at(row.cells, 'status');
    const status = statusText === '' ? (applied.day ? 'applied' : 'saved') : statusOfWord(statusText);
    if (status === null) {
      refuse(fillMessage(words.statusUnknown, { value: statusText.slice(0, 40) }));
      continue;
    }
    const appliedOn = status === 'saved' ? null : (applied.day ?? saved.day ?? today);
    const application = blankRow(table.file, row.line, appliedOn ?? saved.day ?? today);
    application.company = at(row.cells, 'company');
    application.role = at(row.cells, 'role');
    application.link = at(row.cells, 'link');
    application.location = at(row.cells, 'location');
    application.status = status;
    application.appliedOn = appliedOn;
    application.contact = {
      name: at(row.cells, 'contactName'),
      email: at(row.cells, 'contactEmail'),
      phone: at(row.cells, 'contactPhone'),
    };
    application.description = at(row.cells, 'notes');
    application.source = 'other';
    const salary = at(row.cells, 'salary');
    application.salary = salary;
    result.rows.push(application);
  }
  return result;
}
