-- A networking activity can name the person it was with ("coffee with
-- Dana"), one of the contacts migration 0004 brought in. Only networking:
-- a search session or a course is not spent with someone from the list.
--
-- Every activity already logged keeps its row as it was, with no one named.
-- Forgetting a person keeps the activity and drops only the name from it
-- (ON DELETE SET NULL), the way a deleted application leaves its activities.
ALTER TABLE activities ADD COLUMN contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL
  CHECK (contact_id IS NULL OR kind = 'network');

-- Deleting a contact looks up their activities to unlink them, and a
-- person's own history reads them: without this each was a scan of every
-- activity (about 74,000 in ten years of heavy use). Most activities name
-- no one, so the index holds only those that do.
CREATE INDEX activities_contact ON activities (contact_id, day) WHERE contact_id IS NOT NULL;
