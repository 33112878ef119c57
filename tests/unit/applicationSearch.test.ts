import { describe, expect, it } from 'vitest';
import { ftsQueryOf } from '../../electron/core/applications/search';

describe('the search as an FTS5 query', () => {
  it.each([
    ['engineer', '"engineer"*'],
    ['  front   lis ', '"front"* AND "lis"*'],
    ['Müller', '"Müller"*'],
    ['c++ dev', '"c"* AND "dev"*'],
    ['and or not', '"and"* AND "or"* AND "not"*'],
    ['"quoted"', '"quoted"*'],
    ['ab', '"ab"*'],
    // What the index cannot answer goes to the LIKE scan.
    ['a', null],
    ['a b', null],
    ['100%', '"100"*'],
    ['%', null],
    ['#', null],
    ['', null],
  ])('%j → %j', (search, expected) => {
    expect(ftsQueryOf(search)).toBe(expected);
  });
});
