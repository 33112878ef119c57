import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../electron/core/imports/email';

/**
 * A job board's newsletter or alert that also thanks the person for an application, in each
 * language the app speaks: the near-miss phrase wins, so nothing is read into it. Without that
 * phrase each of these would be read as "received" (the second sentence alone is one).
 */

describe('near misses in every language', () => {
  it.each([
    ['en', 'Recommended jobs for you this week. Thanks for applying through us last month!'],
    ['de', 'Ihr Job-Newsletter: danke für Ihre Bewerbung im letzten Monat! Zwölf neue Stellen warten.'],
    ['es', 'Tu boletín de empleo: gracias por tu candidatura del mes pasado. Doce ofertas nuevas te esperan.'],
    ['pt', 'Seu boletim de vagas: obrigado pela sua candidatura no mês passado. Doze vagas novas esperam por você.'],
  ])('reads the %s newsletter as nothing', (_language, text) => {
    expect(classifyEmail(text)).toEqual({ kind: 'none', matched: null });
  });

  it.each([
    ['en', 'Thanks for applying through us last month!'],
    ['de', 'Danke für Ihre Bewerbung im letzten Monat!'],
    ['es', 'Gracias por tu candidatura del mes pasado.'],
    ['pt', 'Obrigado pela sua candidatura no mês passado.'],
  ])('reads the %s thanks on its own as received', (_language, text) => {
    expect(classifyEmail(text).kind).toBe('received');
  });
});
