-- The tracker catches up with the trackers people already know: a deadline,
-- the posting's text and a salary range on each application; the people met
-- along the way (contacts, linked to applications); the interview rounds; and
-- a full-text index for search.
--
-- Nothing already saved is lost: the recruiter typed on an application
-- becomes a linked contact, and the recruiter_name / recruiter_email columns
-- stay as they were, so every earlier reader (follow-up drafts, the rejection
-- prefill, exports) still reads them.

-- ── Applications: deadline, posting, salary range ──
-- salary_note stays: "80–95k + equity" is still worth keeping as typed. The
-- range is whole units of salary_currency (ISO 4217, e.g. EUR), so a table
-- can sort and filter by it; core checks that min is not above max.
ALTER TABLE applications ADD COLUMN deadline_on TEXT
  CHECK (deadline_on IS NULL OR deadline_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE applications ADD COLUMN posting TEXT NOT NULL DEFAULT '' CHECK (length(posting) <= 100000);
ALTER TABLE applications ADD COLUMN salary_min INTEGER CHECK (salary_min IS NULL OR salary_min BETWEEN 0 AND 100000000);
ALTER TABLE applications ADD COLUMN salary_max INTEGER CHECK (salary_max IS NULL OR salary_max BETWEEN 0 AND 100000000);
ALTER TABLE applications ADD COLUMN salary_currency TEXT NOT NULL DEFAULT ''
  CHECK (salary_currency = '' OR salary_currency GLOB '[A-Z][A-Z][A-Z]');
CREATE INDEX applications_deadline ON applications (deadline_on, id) WHERE deadline_on IS NOT NULL;

-- ── People ──
CREATE TABLE contacts (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 320),
  role          TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 200),
  email         TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 320),
  phone         TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 60),
  profile_link  TEXT CHECK (profile_link IS NULL OR (length(profile_link) <= 2048
                  AND (profile_link LIKE 'http://%' OR profile_link LIKE 'https://%'))),
  notes         TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
  company       TEXT NOT NULL DEFAULT '' CHECK (length(company) <= 200),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX contacts_name ON contacts (name COLLATE NOCASE, id);
CREATE INDEX contacts_company ON contacts (company COLLATE NOCASE, name COLLATE NOCASE, id);

-- Who a person is to one application: the recruiter, the hiring manager, someone who referred them.
CREATE TABLE application_contacts (
  application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  contact_id      INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  relation        TEXT NOT NULL DEFAULT 'other'
                  CHECK (relation IN ('recruiter', 'hiring_manager', 'interviewer', 'referral', 'other')),
  PRIMARY KEY (application_id, contact_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX application_contacts_contact ON application_contacts (contact_id, application_id);

-- Every recruiter typed so far becomes a contact of its own application. The
-- contacts table is empty here, so each contact takes its application's id:
-- the link is exact, with no matching on names (two recruiters called Sam
-- at two companies stay two people). A recruiter with only an email is
-- named by that email, since a contact needs a name.
INSERT INTO contacts (id, name, email, company, created_at, updated_at)
  SELECT id, CASE WHEN trim(recruiter_name) <> '' THEN trim(recruiter_name) ELSE trim(recruiter_email) END,
         recruiter_email, company, created_at, updated_at
  FROM applications
  WHERE trim(recruiter_name) <> '' OR trim(recruiter_email) <> '';
INSERT INTO application_contacts (application_id, contact_id, relation)
  SELECT id, id, 'recruiter' FROM contacts;

-- ── Interview rounds ──
-- starts_at is the UTC moment; time_zone the IANA zone it was typed in, so
-- "10:00 in Berlin" stays 10:00 in Berlin when the person travels.
CREATE TABLE interviews (
  id              INTEGER PRIMARY KEY,
  application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('screen', 'technical', 'onsite', 'final', 'other')),
  starts_at       TEXT NOT NULL
                  CHECK (starts_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
  time_zone       TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
  place           TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 2048),
  prep_notes      TEXT NOT NULL DEFAULT '' CHECK (length(prep_notes) <= 20000),
  how_it_went     TEXT NOT NULL DEFAULT '' CHECK (length(how_it_went) <= 20000),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX interviews_application ON interviews (application_id, starts_at, id);
-- "The next interview" (Today, the tray) is the first row after now.
CREATE INDEX interviews_starts ON interviews (starts_at, id);

CREATE TABLE interview_contacts (
  interview_id  INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
  contact_id    INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  PRIMARY KEY (interview_id, contact_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX interview_contacts_contact ON interview_contacts (contact_id, interview_id);

-- ── Full-text search ──
-- The list's search covers what its LIKE scan did (company, role, location,
-- recruiter, notes) plus the posting and the linked people.
-- External-content FTS5 tables: the text lives once, in applications and
-- contacts; the index holds only tokens. Accents are folded ("Müller" finds
-- "muller"); prefix indexes make "eng*" as quick as a whole word.
-- The update trigger fires only when an indexed column changes, so a status
-- change (mark applied, the board) never rewrites the index.
CREATE VIRTUAL TABLE applications_fts USING fts5 (
  company, role, location, recruiter_name, notes, posting,
  content = 'applications', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO applications_fts (applications_fts) VALUES ('rebuild');

CREATE TRIGGER applications_fts_insert AFTER INSERT ON applications
BEGIN
  INSERT INTO applications_fts (rowid, company, role, location, recruiter_name, notes, posting)
    VALUES (NEW.id, NEW.company, NEW.role, NEW.location, NEW.recruiter_name, NEW.notes, NEW.posting);
END;
CREATE TRIGGER applications_fts_delete AFTER DELETE ON applications
BEGIN
  INSERT INTO applications_fts (applications_fts, rowid, company, role, location, recruiter_name, notes, posting)
    VALUES ('delete', OLD.id, OLD.company, OLD.role, OLD.location, OLD.recruiter_name, OLD.notes, OLD.posting);
END;
CREATE TRIGGER applications_fts_update AFTER UPDATE OF company, role, location, recruiter_name, notes, posting ON applications
BEGIN
  INSERT INTO applications_fts (applications_fts, rowid, company, role, location, recruiter_name, notes, posting)
    VALUES ('delete', OLD.id, OLD.company, OLD.role, OLD.location, OLD.recruiter_name, OLD.notes, OLD.posting);
  INSERT INTO applications_fts (rowid, company, role, location, recruiter_name, notes, posting)
    VALUES (NEW.id, NEW.company, NEW.role, NEW.location, NEW.recruiter_name, NEW.notes, NEW.posting);
END;

CREATE VIRTUAL TABLE contacts_fts USING fts5 (
  name, role, email, company, notes,
  content = 'contacts', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild');

CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts
BEGIN
  INSERT INTO contacts_fts (rowid, name, role, email, company, notes)
    VALUES (NEW.id, NEW.name, NEW.role, NEW.email, NEW.company, NEW.notes);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts
BEGIN
  INSERT INTO contacts_fts (contacts_fts, rowid, name, role, email, company, notes)
    VALUES ('delete', OLD.id, OLD.name, OLD.role, OLD.email, OLD.company, OLD.notes);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF name, role, email, company, notes ON contacts
BEGIN
  INSERT INTO contacts_fts (contacts_fts, rowid, name, role, email, company, notes)
    VALUES ('delete', OLD.id, OLD.name, OLD.role, OLD.email, OLD.company, OLD.notes);
  INSERT INTO contacts_fts (rowid, name, role, email, company, notes)
    VALUES (NEW.id, NEW.name, NEW.role, NEW.email, NEW.company, NEW.notes);
END;

-- ── Change counters for the new tables ──
-- Created after the recruiter copy above, so the counters start at zero like the others did.
INSERT INTO change_counters (source) VALUES ('contacts'), ('application_contacts'), ('interviews'), ('interview_contacts');

CREATE TRIGGER contacts_changed_insert AFTER INSERT ON contacts
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'contacts'; END;
CREATE TRIGGER contacts_changed_update AFTER UPDATE ON contacts
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'contacts'; END;
CREATE TRIGGER contacts_changed_delete AFTER DELETE ON contacts
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'contacts'; END;

CREATE TRIGGER application_contacts_changed_insert AFTER INSERT ON application_contacts
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'application_contacts'; END;
CREATE TRIGGER application_contacts_changed_update AFTER UPDATE ON application_contacts
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'application_contacts'; END;
CREATE TRIGGER application_contacts_changed_delete AFTER DELETE ON application_contacts
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'application_contacts'; END;

CREATE TRIGGER interviews_changed_insert AFTER INSERT ON interviews
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'interviews'; END;
CREATE TRIGGER interviews_changed_update AFTER UPDATE ON interviews
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'interviews'; END;
CREATE TRIGGER interviews_changed_delete AFTER DELETE ON interviews
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'interviews'; END;

CREATE TRIGGER interview_contacts_changed_insert AFTER INSERT ON interview_contacts
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'interview_contacts'; END;
CREATE TRIGGER interview_contacts_changed_delete AFTER DELETE ON interview_contacts
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'interview_contacts'; END;
