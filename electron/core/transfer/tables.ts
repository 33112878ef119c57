/**
 * How each table travels in an export and merges on import: in an order
 * where every reference points to a table already copied, with the columns
 * that say "this row is already here" (so a re-import adds nothing twice)
 * and the columns that hold ids of other rows (remapped on merge).
 */
export interface TransferTable {
  name: string;
  /** The integer id column that other rows refer to, if any. */
  id: string | null;
  /** Columns that identify the same row in another database. */
  naturalKey: string[];
  /** column → table whose id it holds. */
  refs: Record<string, string>;
}

/**
 * The order a table's rows are written in: insertion order, or for the link
 * tables kept WITHOUT ROWID (they have no rowid), their primary key.
 */
export function rowOrderOf(table: string): string {
  const entry = transferTables.find((candidate) => candidate.name === table);
  return entry && withoutRowid.has(table) ? entry.naturalKey.map((column) => `"${column}"`).join(', ') : 'rowid';
}

const withoutRowid = new Set(['application_contacts', 'interview_contacts']);

export const transferTables: readonly TransferTable[] = [
  { name: 'applications', id: 'id', naturalKey: ['company', 'role', 'created_at'], refs: {} },
  {
    name: 'application_status_history',
    id: 'id',
    naturalKey: ['application_id', 'status', 'changed_at'],
    refs: { application_id: 'applications' },
  },
  { name: 'follow_ups', id: 'id', naturalKey: ['application_id', 'due_on', 'created_at'], refs: { application_id: 'applications' } },
  // Before activities: a networking activity may name a contact.
  { name: 'contacts', id: 'id', naturalKey: ['name', 'email', 'created_at'], refs: {} },
  {
    name: 'activities',
    id: 'id',
    naturalKey: ['kind', 'day', 'created_at'],
    refs: { application_id: 'applications', follow_up_id: 'follow_ups', contact_id: 'contacts' },
  },
  { name: 'weeks', id: null, naturalKey: ['week_start'], refs: {} },
  { name: 'rejections', id: 'id', naturalKey: ['company', 'received_on', 'created_at'], refs: { application_id: 'applications' } },
  { name: 'reflections', id: null, naturalKey: ['rejection_id'], refs: { rejection_id: 'rejections' } },
  { name: 'reflection_answers', id: null, naturalKey: ['rejection_id', 'step'], refs: { rejection_id: 'rejections' } },
  { name: 'feedback_requests', id: null, naturalKey: ['rejection_id'], refs: { rejection_id: 'rejections' } },
  { name: 'strengths', id: 'id', naturalKey: ['text'], refs: { rejection_id: 'rejections' } },
  {
    name: 'tasks',
    id: 'id',
    naturalKey: ['title', 'week_start', 'created_at'],
    refs: { rejection_id: 'rejections', carried_from: 'tasks' },
  },
  {
    name: 'wins',
    id: 'id',
    naturalKey: ['kind', 'title', 'day', 'created_at'],
    refs: { application_id: 'applications', rejection_id: 'rejections' },
  },
  {
    name: 'application_contacts',
    id: null,
    naturalKey: ['application_id', 'contact_id'],
    refs: { application_id: 'applications', contact_id: 'contacts' },
  },
  { name: 'interviews', id: 'id', naturalKey: ['application_id', 'starts_at', 'created_at'], refs: { application_id: 'applications' } },
  {
    name: 'interview_contacts',
    id: null,
    naturalKey: ['interview_id', 'contact_id'],
    refs: { interview_id: 'interviews', contact_id: 'contacts' },
  },
];

/**
 * Tables that describe the database itself, or are worked out from the
 * person's data by triggers (the tallies and change counters): never exported, and
 * rebuilt by those triggers as imported rows arrive.
 */
export const internalTables = [
  'app_meta',
  'win_days',
  'application_status_counts',
  'applied_days',
  'rejection_bounce',
  'reason_counts',
  'change_counters',
  // The full-text indexes and the tables FTS5 keeps them in: rebuilt by their triggers.
  'applications_fts',
  'applications_fts_data',
  'applications_fts_idx',
  'applications_fts_docsize',
  'applications_fts_config',
  'contacts_fts',
  'contacts_fts_data',
  'contacts_fts_idx',
  'contacts_fts_docsize',
  'contacts_fts_config',
];

export const transferTableNames = transferTables.map((table) => table.name) as [string, ...string[]];
