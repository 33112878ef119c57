-- What keeps every read quick at ten years of use: indexes that match the
-- views' sort orders, tallies kept by triggers (wins per day: streaks and
-- totals read a few thousand days instead of tens of thousands of wins;
-- applications per status: the board's counts), and
-- change counters that let derived figures be cached until their sources
-- change. The tallies and the counters are derived: exports leave them out
-- and the triggers rebuild them as rows arrive.

-- ── Indexes for the orders the views ask for ──
-- Applications list: one index per sort, so a page is an index walk, never a sort of every row.
CREATE INDEX applications_company ON applications (company COLLATE NOCASE, role COLLATE NOCASE, id);
CREATE INDEX applications_applied ON applications (applied_on, id);
CREATE INDEX applications_status_updated ON applications (status, updated_at, id);
-- A board column is one status in the chosen order.
CREATE INDEX applications_status_company ON applications (status, company COLLATE NOCASE, role COLLATE NOCASE, id);
CREATE INDEX applications_status_applied ON applications (status, applied_on, id);
-- The status sort's rank, exactly as electron/core/planner/applications.ts writes it (a test checks the plan).
CREATE INDEX applications_status_rank ON applications (
  (CASE status WHEN 'saved' THEN 0 WHEN 'applied' THEN 1 WHEN 'interviewing' THEN 2 WHEN 'offer' THEN 3
   WHEN 'no_reply' THEN 4 WHEN 'rejected' THEN 5 ELSE 6 END),
  updated_at DESC, id DESC);
-- "Was this task carried on?" is asked for every task of a week.
CREATE INDEX tasks_carried_from ON tasks (carried_from);
-- An application's next pending follow-up, found directly.
DROP INDEX follow_ups_app;
CREATE INDEX follow_ups_app ON follow_ups (application_id, state, due_on);
-- For the insights: rejections by stage, and the days each application was sent.
CREATE INDEX rejections_stage ON rejections (stage);
CREATE INDEX application_status_history_status ON application_status_history (status, day, application_id);

-- ── Wins per day ──
CREATE TABLE win_days (
  day   TEXT PRIMARY KEY NOT NULL,
  wins  INTEGER NOT NULL CHECK (wins >= 0)
) STRICT, WITHOUT ROWID;

INSERT INTO win_days (day, wins) SELECT day, count(*) FROM wins WHERE deleted_at IS NULL GROUP BY day;

CREATE TRIGGER win_days_insert AFTER INSERT ON wins WHEN NEW.deleted_at IS NULL
BEGIN
  INSERT INTO win_days (day, wins) VALUES (NEW.day, 1) ON CONFLICT (day) DO UPDATE SET wins = wins + 1;
END;

CREATE TRIGGER win_days_delete AFTER DELETE ON wins WHEN OLD.deleted_at IS NULL
BEGIN
  UPDATE win_days SET wins = wins - 1 WHERE day = OLD.day;
  DELETE FROM win_days WHERE day = OLD.day AND wins = 0;
END;

CREATE TRIGGER win_days_update AFTER UPDATE OF day, deleted_at ON wins
BEGIN
  UPDATE win_days SET wins = wins - 1 WHERE OLD.deleted_at IS NULL AND day = OLD.day;
  DELETE FROM win_days WHERE OLD.deleted_at IS NULL AND day = OLD.day AND wins = 0;
  INSERT INTO win_days (day, wins) SELECT NEW.day, 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (day) DO UPDATE SET wins = wins + 1;
END;

-- ── Applications per status (the board's column counts) ──
CREATE TABLE application_status_counts (
  status        TEXT PRIMARY KEY NOT NULL,
  applications  INTEGER NOT NULL CHECK (applications >= 0)
) STRICT, WITHOUT ROWID;

INSERT INTO application_status_counts (status, applications) SELECT status, count(*) FROM applications GROUP BY status;

CREATE TRIGGER application_status_counts_insert AFTER INSERT ON applications
BEGIN
  INSERT INTO application_status_counts (status, applications) VALUES (NEW.status, 1)
    ON CONFLICT (status) DO UPDATE SET applications = applications + 1;
END;

CREATE TRIGGER application_status_counts_delete AFTER DELETE ON applications
BEGIN
  UPDATE application_status_counts SET applications = applications - 1 WHERE status = OLD.status;
END;

CREATE TRIGGER application_status_counts_update AFTER UPDATE OF status ON applications WHEN OLD.status <> NEW.status
BEGIN
  UPDATE application_status_counts SET applications = applications - 1 WHERE status = OLD.status;
  INSERT INTO application_status_counts (status, applications) VALUES (NEW.status, 1)
    ON CONFLICT (status) DO UPDATE SET applications = applications + 1;
END;

-- ── Change counters ──
-- Bumped by a trigger on every change to a table, by any code path (import,
-- restore, a future feature): a cached figure stamped with the counters it
-- was made from is still true while they are unchanged.
CREATE TABLE change_counters (
  source   TEXT PRIMARY KEY NOT NULL,
  changes  INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

INSERT INTO change_counters (source) VALUES
  ('applications'), ('application_status_history'), ('rejections'), ('reflection_answers'), ('feedback_requests'), ('wins');

CREATE TRIGGER applications_changed_insert AFTER INSERT ON applications
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'applications'; END;
CREATE TRIGGER applications_changed_update AFTER UPDATE ON applications
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'applications'; END;
CREATE TRIGGER applications_changed_delete AFTER DELETE ON applications
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'applications'; END;

CREATE TRIGGER application_status_history_changed_insert AFTER INSERT ON application_status_history
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'application_status_history'; END;
CREATE TRIGGER application_status_history_changed_update AFTER UPDATE ON application_status_history
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'application_status_history'; END;
CREATE TRIGGER application_status_history_changed_delete AFTER DELETE ON application_status_history
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'application_status_history'; END;

CREATE TRIGGER rejections_changed_insert AFTER INSERT ON rejections
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'rejections'; END;
CREATE TRIGGER rejections_changed_update AFTER UPDATE ON rejections
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'rejections'; END;
CREATE TRIGGER rejections_changed_delete AFTER DELETE ON rejections
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'rejections'; END;

CREATE TRIGGER reflection_answers_changed_insert AFTER INSERT ON reflection_answers
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'reflection_answers'; END;
CREATE TRIGGER reflection_answers_changed_update AFTER UPDATE ON reflection_answers
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'reflection_answers'; END;
CREATE TRIGGER reflection_answers_changed_delete AFTER DELETE ON reflection_answers
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'reflection_answers'; END;

CREATE TRIGGER feedback_requests_changed_insert AFTER INSERT ON feedback_requests
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'feedback_requests'; END;
CREATE TRIGGER feedback_requests_changed_update AFTER UPDATE ON feedback_requests
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'feedback_requests'; END;
CREATE TRIGGER feedback_requests_changed_delete AFTER DELETE ON feedback_requests
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'feedback_requests'; END;

CREATE TRIGGER wins_changed_insert AFTER INSERT ON wins
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'wins'; END;
CREATE TRIGGER wins_changed_update AFTER UPDATE ON wins
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'wins'; END;
CREATE TRIGGER wins_changed_delete AFTER DELETE ON wins
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'wins'; END;
