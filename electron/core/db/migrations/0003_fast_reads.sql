-- What keeps every read quick at ten years of use:
--   * indexes that match the views' sort orders (a page is an index walk);
--   * tallies kept by triggers: wins per day (streaks and totals read a few
--     thousand days, not tens of thousands of wins), applications per status
--     (the board's counts), the days applications went out and each
--     rejection's next application (the bounce-back), reasons named;
--   * change counters, so derived figures can be cached until their sources
--     change, whichever code path changed them.
-- The tallies and counters are derived: exports leave them out and the
-- triggers rebuild them as imported rows arrive.

-- ── Indexes for the orders the views ask for ──
-- Applications list: one index per sort, so a page is an index walk, never a sort of every row.
-- (status, status_changed_at) served no query any more; every index is rewritten on each status change.
DROP INDEX applications_status;
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

-- ── What the insights count ──
-- Every (day, application) someone applied on, from applications.applied_on and the 'applied' rows of
-- the status history, with how many rows say so (a row goes when none do).
CREATE TABLE applied_days (
  day             TEXT NOT NULL,
  application_id  INTEGER NOT NULL,
  entries         INTEGER NOT NULL CHECK (entries >= 0),
  PRIMARY KEY (day, application_id)
) STRICT, WITHOUT ROWID;

INSERT INTO applied_days (day, application_id, entries)
SELECT day, application, count(*) FROM (
  SELECT applied_on AS day, id AS application FROM applications WHERE applied_on IS NOT NULL
  UNION ALL
  SELECT day, application_id FROM application_status_history WHERE status = 'applied'
) GROUP BY day, application;

-- The bounce-back of each rejection: the first day on or after the news that another application went
-- out (its own application does not count). Kept by triggers, so the insights read a median from an
-- index instead of searching every application for every rejection.
CREATE TABLE rejection_bounce (
  rejection_id    INTEGER PRIMARY KEY REFERENCES rejections (id) ON DELETE CASCADE,
  received_on     TEXT NOT NULL,
  application_id  INTEGER,
  next_on         TEXT,
  gap_days        INTEGER GENERATED ALWAYS AS (CAST(julianday(next_on) - julianday(received_on) AS INTEGER)) VIRTUAL
) STRICT;

INSERT INTO rejection_bounce (rejection_id, received_on, application_id, next_on)
SELECT r.id, r.received_on, r.application_id,
       (SELECT min(a.day) FROM applied_days a WHERE a.day >= r.received_on AND a.application_id IS NOT r.application_id)
FROM rejections r;

CREATE INDEX rejection_bounce_next ON rejection_bounce (next_on);
CREATE INDEX rejection_bounce_gap ON rejection_bounce (gap_days);

-- Reasons named in step 2 of each reflection, counted.
CREATE TABLE reason_counts (
  reason    TEXT PRIMARY KEY NOT NULL,
  mentions  INTEGER NOT NULL CHECK (mentions >= 0)
) WITHOUT ROWID;

INSERT INTO reason_counts (reason, mentions)
SELECT j.value, count(*) FROM reflection_answers a, json_each(a.answers, '$.reasons') j WHERE a.step = 2 GROUP BY j.value;

CREATE INDEX feedback_requests_state ON feedback_requests (state);

CREATE TRIGGER applied_days_application_insert AFTER INSERT ON applications WHEN NEW.applied_on IS NOT NULL
BEGIN
  INSERT INTO applied_days (day, application_id, entries) VALUES (NEW.applied_on, NEW.id, 1)
    ON CONFLICT (day, application_id) DO UPDATE SET entries = entries + 1;
END;

CREATE TRIGGER applied_days_application_update AFTER UPDATE OF applied_on ON applications
  WHEN OLD.applied_on IS NOT NEW.applied_on
BEGIN
  UPDATE applied_days SET entries = entries - 1 WHERE day = OLD.applied_on AND application_id = OLD.id;
  DELETE FROM applied_days WHERE day = OLD.applied_on AND application_id = OLD.id AND entries = 0;
  INSERT INTO applied_days (day, application_id, entries) SELECT NEW.applied_on, NEW.id, 1 WHERE NEW.applied_on IS NOT NULL
    ON CONFLICT (day, application_id) DO UPDATE SET entries = entries + 1;
END;

CREATE TRIGGER applied_days_application_delete AFTER DELETE ON applications WHEN OLD.applied_on IS NOT NULL
BEGIN
  UPDATE applied_days SET entries = entries - 1 WHERE day = OLD.applied_on AND application_id = OLD.id;
  DELETE FROM applied_days WHERE day = OLD.applied_on AND application_id = OLD.id AND entries = 0;
END;

CREATE TRIGGER applied_days_history_insert AFTER INSERT ON application_status_history WHEN NEW.status = 'applied'
BEGIN
  INSERT INTO applied_days (day, application_id, entries) VALUES (NEW.day, NEW.application_id, 1)
    ON CONFLICT (day, application_id) DO UPDATE SET entries = entries + 1;
END;

CREATE TRIGGER applied_days_history_update AFTER UPDATE OF status, day, application_id ON application_status_history
BEGIN
  UPDATE applied_days SET entries = entries - 1
    WHERE OLD.status = 'applied' AND day = OLD.day AND application_id = OLD.application_id;
  DELETE FROM applied_days WHERE OLD.status = 'applied' AND day = OLD.day AND application_id = OLD.application_id AND entries = 0;
  INSERT INTO applied_days (day, application_id, entries) SELECT NEW.day, NEW.application_id, 1 WHERE NEW.status = 'applied'
    ON CONFLICT (day, application_id) DO UPDATE SET entries = entries + 1;
END;

CREATE TRIGGER applied_days_history_delete AFTER DELETE ON application_status_history WHEN OLD.status = 'applied'
BEGIN
  UPDATE applied_days SET entries = entries - 1 WHERE day = OLD.day AND application_id = OLD.application_id;
  DELETE FROM applied_days WHERE day = OLD.day AND application_id = OLD.application_id AND entries = 0;
END;

-- A new (day, application): rejections still waiting for a later application, or whose next one came
-- later than this day, now bounce back on it.
CREATE TRIGGER rejection_bounce_applied AFTER INSERT ON applied_days
BEGIN
  UPDATE rejection_bounce SET next_on = NEW.day
    WHERE (next_on IS NULL OR next_on > NEW.day) AND received_on <= NEW.day AND application_id IS NOT NEW.application_id;
END;

-- A (day, application) gone: the rejections that bounced back on that day look again.
CREATE TRIGGER rejection_bounce_unapplied AFTER DELETE ON applied_days
BEGIN
  UPDATE rejection_bounce
    SET next_on = (SELECT min(a.day) FROM applied_days a
                   WHERE a.day >= rejection_bounce.received_on AND a.application_id IS NOT rejection_bounce.application_id)
    WHERE next_on = OLD.day;
END;

CREATE TRIGGER rejection_bounce_insert AFTER INSERT ON rejections
BEGIN
  INSERT INTO rejection_bounce (rejection_id, received_on, application_id, next_on)
  VALUES (NEW.id, NEW.received_on, NEW.application_id,
          (SELECT min(a.day) FROM applied_days a WHERE a.day >= NEW.received_on AND a.application_id IS NOT NEW.application_id));
END;

CREATE TRIGGER rejection_bounce_update AFTER UPDATE OF received_on, application_id ON rejections
BEGIN
  UPDATE rejection_bounce
    SET received_on = NEW.received_on, application_id = NEW.application_id,
        next_on = (SELECT min(a.day) FROM applied_days a WHERE a.day >= NEW.received_on AND a.application_id IS NOT NEW.application_id)
    WHERE rejection_id = NEW.id;
END;

CREATE TRIGGER reason_counts_insert AFTER INSERT ON reflection_answers WHEN NEW.step = 2
BEGIN
  INSERT INTO reason_counts (reason, mentions) SELECT value, 1 FROM json_each(NEW.answers, '$.reasons') WHERE true
    ON CONFLICT (reason) DO UPDATE SET mentions = mentions + 1;
END;

CREATE TRIGGER reason_counts_delete AFTER DELETE ON reflection_answers WHEN OLD.step = 2
BEGIN
  UPDATE reason_counts
    SET mentions = mentions - (SELECT count(*) FROM json_each(OLD.answers, '$.reasons') j WHERE j.value = reason_counts.reason)
    WHERE reason IN (SELECT value FROM json_each(OLD.answers, '$.reasons'));
  DELETE FROM reason_counts WHERE mentions = 0;
END;

CREATE TRIGGER reason_counts_update AFTER UPDATE OF step, answers ON reflection_answers WHEN OLD.step = 2 OR NEW.step = 2
BEGIN
  UPDATE reason_counts
    SET mentions = mentions - (SELECT count(*) FROM json_each(OLD.answers, '$.reasons') j WHERE j.value = reason_counts.reason)
    WHERE OLD.step = 2 AND reason IN (SELECT value FROM json_each(OLD.answers, '$.reasons'));
  DELETE FROM reason_counts WHERE mentions = 0;
  INSERT INTO reason_counts (reason, mentions) SELECT value, 1 FROM json_each(NEW.answers, '$.reasons') WHERE NEW.step = 2
    ON CONFLICT (reason) DO UPDATE SET mentions = mentions + 1;
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
  ('applications'), ('application_status_history'), ('rejections'), ('reflection_answers'), ('feedback_requests'), ('wins'),
  ('win_days');

-- Only a day gaining its first win or losing its last changes which days have wins (and so the streaks).
CREATE TRIGGER win_days_changed_insert AFTER INSERT ON win_days
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'win_days'; END;
CREATE TRIGGER win_days_changed_delete AFTER DELETE ON win_days
BEGIN UPDATE change_counters SET changes = changes + 1 WHERE source = 'win_days'; END;

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
