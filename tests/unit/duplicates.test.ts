import { describe, expect, it } from 'vitest';
import { duplicateIndex, identityOf, normalizeCompany, normalizeLink, sameApplication } from '../../electron/core/applications/duplicates';

describe('normalizeCompany', () => {
  it.each([
    ['ACME, Inc.', 'acme'],
    ['Acme Inc', 'acme'],
    ['acme', 'acme'],
    ['Müller GmbH', 'muller'],
    ['Müller GmbH & Co. KG', 'muller'],
    ['Globex Ltd.', 'globex'],
    ['Globex Pty Ltd', 'globex'],
    ['Initech LLC', 'initech'],
    ['Initech, L.L.C.', 'initech'],
    ['Nestlé S.A.', 'nestle'],
    ['Tata Co., Ltd.', 'tata'],
    ['Ben & Jerry’s', 'ben and jerry s'],
    ['  Hooli   ', 'hooli'],
    // A name that is only a legal form is kept, never emptied.
    ['Inc', 'inc'],
    // A legal form inside the name is part of the name.
    ['Inc Magazine', 'inc magazine'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCompany(input)).toBe(expected);
  });
});

describe('normalizeLink', () => {
  it.each([
    ['https://jobs.example.com/roles/42?utm_source=x&utm_medium=y', 'jobs.example.com/roles/42'],
    ['http://www.Jobs.Example.com/roles/42/', 'jobs.example.com/roles/42'],
    ['https://jobs.example.com/roles/42#apply', 'jobs.example.com/roles/42'],
    ['https://www.linkedin.com/jobs/view/123/?refId=abc&trackingId=def&trk=ghi', 'linkedin.com/jobs/view/123'],
    ['https://boards.greenhouse.io/acme/jobs/9?gh_src=abc', 'boards.greenhouse.io/acme/jobs/9'],
    // The parameter that names the posting stays, and order does not matter.
    ['https://www.indeed.com/viewjob?jk=abc&from=serp', 'indeed.com/viewjob?jk=abc'],
    ['https://x.test/j?b=2&a=1', 'x.test/j?a=1&b=2'],
    ['https://x.test/j?a=1&b=2&gclid=zz', 'x.test/j?a=1&b=2'],
    ['https://x.test:8443/j', 'x.test:8443/j'],
    ['', null],
    [null, null],
    ['not a link', null],
    ['javascript:alert(1)', null],
    ['mailto:hr@example.com', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeLink(input)).toBe(expected);
  });
});

describe('sameApplication', () => {
  it.each([
    [{ company: 'ACME, Inc.', role: 'Senior Engineer' }, { company: 'acme', role: 'senior  engineer' }, true],
    [{ company: 'Müller GmbH', role: 'Data-Analyst' }, { company: 'Muller', role: 'data analyst' }, true],
    [{ company: 'Acme', role: 'Engineer' }, { company: 'Acme', role: 'Designer' }, false],
    [{ company: 'Acme', role: 'Engineer' }, { company: 'Acme Labs', role: 'Engineer' }, false],
    [{ company: 'Acme', role: '' }, { company: 'ACME Ltd', role: '' }, true],
    [
      { company: 'Acme', role: 'Engineer', link: 'https://jobs.example.com/42?utm_source=a' },
      { company: 'A.C.M.E. Corporation of the Americas', role: 'SWE', link: 'https://www.jobs.example.com/42/' },
      true,
    ],
    [
      { company: 'Acme', role: 'Engineer', link: 'https://jobs.example.com/42' },
      { company: 'Globex', role: 'Engineer', link: 'https://jobs.example.com/43' },
      false,
    ],
    // Two empty links are not the same posting.
    [{ company: 'Acme', role: 'A', link: '' }, { company: 'Globex', role: 'B', link: '' }, false],
    [{ company: '', role: 'A' }, { company: '', role: 'A' }, false],
  ])('%o vs %o → %s', (a, b, expected) => {
    expect(sameApplication(a, b)).toBe(expected);
    expect(sameApplication(b, a)).toBe(expected);
  });

  it('gives importers a key to group by', () => {
    expect(identityOf({ company: 'Hooli Inc.', role: 'PM', link: 'https://hooli.test/j/1?utm_campaign=q' })).toEqual({
      companyRole: 'hooli|pm',
      link: 'hooli.test/j/1',
    });
  });
});

// Mutation survivors (session 6): each tracking parameter a job board or a newsletter adds is dropped on its own,
// whatever its case, and the parameters that name the posting (or only look like tracking) are kept.
describe('the tracking parameters dropped from a link', () => {
  const posting = 'https://jobs.example.com/roles/42';
  it.each([
    'utm_source',
    'utm_medium',
    'UTM_Campaign',
    'utm_anything',
    'mc_cid',
    'mc_eid',
    '_hsenc',
    '_hsmi',
    'gclid',
    'fbclid',
    'msclkid',
    'dclid',
    'igshid',
    'yclid',
    'ref',
    'refid',
    'refId',
    'referrer',
    'trk',
    'trkInfo',
    'trackingId',
    'lipi',
    'src',
    'source',
    'gh_src',
    'lever-source',
    'lever-origin',
    'si',
    'from',
    'campaign',
  ])('drops %s', (name) => {
    expect(normalizeLink(`${posting}?${name}=x`)).toBe('jobs.example.com/roles/42');
    // Beside a parameter that stays, only the tracking one goes.
    expect(normalizeLink(`${posting}?jk=7&${name}=x`)).toBe('jobs.example.com/roles/42?jk=7');
  });

  it.each([
    // Greenhouse's and LinkedIn's posting ids.
    'gh_jid',
    'currentJobId',
    'jk',
    'id',
    // Near misses: only the exact names, or the prefixes with their underscore, are tracking.
    'utm',
    'mc',
    'hs',
    'hsenc',
    'refs',
    'reference',
    'sources',
    'fromage',
    'lever',
    'sid',
    'campaigns',
  ])('keeps %s', (name) => {
    expect(normalizeLink(`${posting}?${name}=x`)).toBe(`jobs.example.com/roles/42?${name}=x`);
  });

  it('keeps every value of a repeated parameter, in order of value', () => {
    expect(normalizeLink(`${posting}?tag=b&tag=a&utm_source=x`)).toBe('jobs.example.com/roles/42?tag=a&tag=b');
  });
});

describe('the rest of a link that names the posting (mutation survivors, session 6)', () => {
  it.each([
    // Parameters sort by name first, whatever their values.
    ['https://x.test/j?b=1&a=2', 'x.test/j?a=2&b=1'],
    // Every trailing slash goes, not only the last.
    ['https://x.test/j//', 'x.test/j'],
    // Only a leading "www." is dropped; inside the host it is part of the name.
    ['https://jobs.www.example.com/1', 'jobs.www.example.com/1'],
    // Another scheme is not a posting link, even with a host.
    ['ftp://x.test/j', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeLink(input)).toBe(expected);
  });

  it('reads "&" in a role as "and"', () => {
    expect(sameApplication({ company: 'Acme', role: 'R&D Engineer' }, { company: 'Acme', role: 'R and D engineer' })).toBe(true);
    expect(sameApplication({ company: 'Acme', role: 'R&D Engineer' }, { company: 'Acme', role: 'RD engineer' })).toBe(false);
  });

  it('a missing role is the same as an empty one (an importer row without that column)', () => {
    expect(sameApplication({ company: 'Acme' }, { company: 'ACME Ltd', role: '' })).toBe(true);
    expect(identityOf({ company: 'Acme' }).companyRole).toBe('acme|');
  });

  it('the index remembers the first application with a link, not the last', () => {
    const seen = duplicateIndex<number>();
    seen.add({ company: 'Globex', role: 'Analyst', link: 'https://jobs.example.com/7' }, 5);
    seen.add({ company: 'Initech', role: 'Engineer', link: 'https://www.jobs.example.com/7/?utm_source=x' }, 9);
    expect(seen.find({ company: 'Hooli', role: 'PM', link: 'http://jobs.example.com/7' })).toBe(5);
  });
});
