/**
 * When two applications are the same one: the duplicate rule shared by adding an
 * application by hand and by every importer. Pure, so importers can call it on
 * rows that are not in the database yet.
 *
 * Two applications are the same when their company and role match once
 * normalized ("ACME, Inc." and "Acme" applying for "Senior Engineer" and
 * "senior engineer"), or when their links point at the same posting once the
 * tracking parameters a job board adds are dropped.
 */

export interface ApplicationIdentitySource {
  company: string;
  role?: string;
  link?: string | null;
}

export interface ApplicationIdentity {
  /** Normalized "company|role"; an empty company never matches anything. */
  companyRole: string | null;
  /** Normalized posting link, or null without a usable http(s) link. */
  link: string | null;
}

/**
 * Legal forms dropped from the end of a company name. Lower case, punctuation
 * already turned into spaces, so "S.A." arrives as "s a" and "Co., Ltd." as "co ltd".
 */
const legalSuffixes = [
  'gmbh & co kg',
  'gmbh co kg',
  'gmbh',
  'mbh',
  'ug',
  'ag',
  'kg',
  'se',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'l l c',
  'llp',
  'plc',
  'pty',
  'sa',
  's a',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'b v',
  'nv',
  'n v',
  'oy',
  'ab',
  'as',
  'aps',
  'kk',
];

/** Lower case, accents off, punctuation to spaces, "&" kept as "and", spaces collapsed. */
function simplify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' & ')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function normalizeCompany(company: string): string {
  let name = simplify(company);
  // Repeatedly, so "Acme Pty Ltd" and "Acme Co., Ltd." both end as "acme"; never down to nothing.
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of legalSuffixes) {
      if (name.endsWith(` ${suffix}`) && name.length > suffix.length + 1) {
        name = name.slice(0, -(suffix.length + 1)).trim();
        changed = true;
      }
    }
  }
  return name.replace(/&/g, 'and').replace(/\s+/g, ' ').trim();
}

export function normalizeRole(role: string): string {
  return simplify(role).replace(/&/g, 'and');
}

/** Query parameters that say how someone arrived, not which posting it is. */
const trackingParameter = (name: string): boolean => {
  const key = name.toLowerCase();
  return (
    key.startsWith('utm_') ||
    key.startsWith('mc_') ||
    key.startsWith('_hs') ||
    [
      'gclid',
      'fbclid',
      'msclkid',
      'dclid',
      'igshid',
      'yclid',
      'ref',
      'refid',
      'referrer',
      'trk',
      'trkinfo',
      'trackingid',
      'lipi',
      'src',
      'source',
      'gh_src',
      'lever-source',
      'lever-origin',
      'si',
      'from',
      'campaign',
    ].includes(key)
  );
};

export function normalizeLink(link: string | null | undefined): string | null {
  if (!link) return null;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const kept = [...url.searchParams.entries()]
    .filter(([name]) => !trackingParameter(name))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  const port = url.port === '' ? '' : `:${url.port}`;
  // http and https, a trailing slash and a #fragment name the same posting.
  return `${host}${port}${path}${query}`;
}

export function identityOf(application: ApplicationIdentitySource): ApplicationIdentity {
  const company = normalizeCompany(application.company);
  return {
    companyRole: company === '' ? null : `${company}|${normalizeRole(application.role ?? '')}`,
    link: normalizeLink(application.link),
  };
}

/** The rule on identities already worked out (checking one new row against many). */
export function sameIdentity(left: ApplicationIdentity, right: ApplicationIdentity): boolean {
  if (left.companyRole !== null && left.companyRole === right.companyRole) return true;
  return left.link !== null && left.link === right.link;
}

/** True when two applications are most likely one and the same. */
export function sameApplication(a: ApplicationIdentitySource, b: ApplicationIdentitySource): boolean {
  return sameIdentity(identityOf(a), identityOf(b));
}

/**
 * Applications already seen (stored ones, earlier rows of a file), asked for
 * each new one: "is this one of them?", by the same rule as sameApplication,
 * in constant time per question. Each entry carries a tag (where it came
 * from: a line number, say), returned when a new one matches it.
 */
export function duplicateIndex<Tag>() {
  const byCompanyRole = new Map<string, Tag>();
  const byLink = new Map<string, Tag>();
  return {
    add(application: ApplicationIdentitySource, tag: Tag): void {
      const { companyRole, link } = identityOf(application);
      if (companyRole !== null && !byCompanyRole.has(companyRole)) byCompanyRole.set(companyRole, tag);
      if (link !== null && !byLink.has(link)) byLink.set(link, tag);
    },
    /** The tag of the first application this one matches, or undefined. */
    find(application: ApplicationIdentitySource): Tag | undefined {
      const { companyRole, link } = identityOf(application);
      return (companyRole !== null ? byCompanyRole.get(companyRole) : undefined) ?? (link !== null ? byLink.get(link) : undefined);
    },
  };
}
