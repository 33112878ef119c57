import { describe, expect, it } from 'vitest';
import { identityOf, normalizeCompany, normalizeLink, sameApplication } from '../../electron/core/applications/duplicates';

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
