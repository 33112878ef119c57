-- The domain: applications and the weekly routine (planner), rejections and
-- their reflections, and wins. Moments are UTC ISO strings (`*_at`);
-- calendar days are local YYYY-MM-DD strings (`*_on`, `day`, `week_start`).

CREATE TABLE applications (
  id               INTEGER PRIMARY KEY,
  company          TEXT NOT NULL CHECK (length(trim(company)) BETWEEN 1 AND 200),
  role             TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 200),
  link             TEXT CHECK (link IS NULL OR (length(link) <= 2048 AND (link LIKE 'http://%' OR link LIKE 'https://%'))),
  source           TEXT NOT NULL DEFAULT 'other'
                   CHECK (source IN ('job_board', 'referral', 'company_site', 'recruiter', 'other')),
  location         TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 200),
  remote           INTEGER NOT NULL DEFAULT 0 CHECK (remote IN (0, 1)),
  salary_note      TEXT NOT NULL DEFAULT '' CHECK (length(salary_note) <= 200),
  recruiter_name   TEXT NOT NULL DEFAULT '' CHECK (length(recruiter_name) <= 200),
  recruiter_email  TEXT NOT NULL DEFAULT '' CHECK (length(recruiter_email) <= 320),
  notes            TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
  status           TEXT NOT NULL DEFAULT 'saved'
                   CHECK (status IN ('saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'no_reply')),
  applied_on       TEXT,
  status_changed_at TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX applications_status ON applications (status, status_changed_at);
CREATE INDEX applications_updated ON applications (updated_at);

-- Every status an application has had, with when: its history is never rewritten.
CREATE TABLE application_status_history (
  id              INTEGER PRIMARY KEY,
  application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  status          TEXT NOT NULL,
  day             TEXT NOT NULL,
  changed_at      TEXT NOT NULL
) STRICT;
CREATE INDEX application_status_history_app ON application_status_history (application_id, changed_at);

CREATE TABLE follow_ups (
  id              INTEGER PRIMARY KEY,
  application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  due_on          TEXT NOT NULL,
  state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'cancelled')),
  sent_on         TEXT,
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX follow_ups_due ON follow_ups (state, due_on);
CREATE INDEX follow_ups_app ON follow_ups (application_id);

-- One row per thing done for the routine; a week's progress is a count over its days.
CREATE TABLE activities (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('search', 'apply', 'follow_up', 'network', 'learn', 'volunteer')),
  day             TEXT NOT NULL,
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  application_id  INTEGER REFERENCES applications (id) ON DELETE SET NULL,
  follow_up_id    INTEGER REFERENCES follow_ups (id) ON DELETE SET NULL,
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX activities_day ON activities (day, kind);

-- A week, keyed by its first day under the week-start setting in force when it was planned.
CREATE TABLE weeks (
  week_start      TEXT PRIMARY KEY NOT NULL,
  target_search   INTEGER NOT NULL CHECK (target_search BETWEEN 0 AND 1000),
  target_apply    INTEGER NOT NULL CHECK (target_apply BETWEEN 0 AND 1000),
  target_follow_up INTEGER NOT NULL CHECK (target_follow_up BETWEEN 0 AND 1000),
  target_network  INTEGER NOT NULL DEFAULT 0 CHECK (target_network BETWEEN 0 AND 1000),
  target_learn    INTEGER NOT NULL DEFAULT 0 CHECK (target_learn BETWEEN 0 AND 1000),
  target_volunteer INTEGER NOT NULL DEFAULT 0 CHECK (target_volunteer BETWEEN 0 AND 1000),
  -- JSON: which routine steps each day carries, e.g. {"0":["search"],"1":["apply"]} (0 = first day of the week).
  day_plan        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(day_plan)),
  paused          INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
  review_note     TEXT NOT NULL DEFAULT '' CHECK (length(review_note) <= 20000),
  reviewed_at     TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE rejections (
  id              INTEGER PRIMARY KEY,
  application_id  INTEGER REFERENCES applications (id) ON DELETE SET NULL,
  company         TEXT NOT NULL CHECK (length(trim(company)) BETWEEN 1 AND 200),
  role            TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 200),
  stage           TEXT NOT NULL DEFAULT 'applied' CHECK (stage IN ('applied', 'screening', 'interview', 'final', 'offer')),
  received_on     TEXT NOT NULL,
  recruiter_name  TEXT NOT NULL DEFAULT '' CHECK (length(recruiter_name) <= 200),
  recruiter_email TEXT NOT NULL DEFAULT '' CHECK (length(recruiter_email) <= 320),
  channel         TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'call', 'portal', 'silence')),
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 20000),
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX rejections_received ON rejections (received_on);
CREATE INDEX rejections_app ON rejections (application_id);

-- The reflection's state; its answers live one row per step so typing saves only that step.
CREATE TABLE reflections (
  rejection_id    INTEGER PRIMARY KEY REFERENCES rejections (id) ON DELETE CASCADE,
  current_step    INTEGER NOT NULL DEFAULT 1 CHECK (current_step BETWEEN 1 AND 7),
  finished_at     TEXT,
  mood_before     INTEGER CHECK (mood_before BETWEEN 1 AND 10),
  mood_after      INTEGER CHECK (mood_after BETWEEN 1 AND 10),
  recovery_until  TEXT,
  started_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE reflection_answers (
  rejection_id    INTEGER NOT NULL REFERENCES rejections (id) ON DELETE CASCADE,
  step            INTEGER NOT NULL CHECK (step BETWEEN 1 AND 7),
  answers         TEXT NOT NULL CHECK (json_valid(answers) AND length(answers) <= 200000),
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (rejection_id, step)
) STRICT;

CREATE TABLE feedback_requests (
  rejection_id    INTEGER PRIMARY KEY REFERENCES rejections (id) ON DELETE CASCADE,
  state           TEXT NOT NULL DEFAULT 'not_asked' CHECK (state IN ('not_asked', 'asked', 'answered', 'no_reply')),
  tone            TEXT NOT NULL DEFAULT '',
  asked_on        TEXT,
  answered_on     TEXT,
  feedback        TEXT NOT NULL DEFAULT '' CHECK (length(feedback) <= 20000),
  updated_at      TEXT NOT NULL
) STRICT;

-- Strengths the person named; kept across reflections and shown again later.
CREATE TABLE strengths (
  id              INTEGER PRIMARY KEY,
  text            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(text)) BETWEEN 1 AND 300),
  rejection_id    INTEGER REFERENCES rejections (id) ON DELETE SET NULL,
  created_at      TEXT NOT NULL
) STRICT;

-- Concrete tasks for a week: from the upgrade checklist, from feedback, carried over, or added by hand.
CREATE TABLE tasks (
  id              INTEGER PRIMARY KEY,
  title           TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
  week_start      TEXT NOT NULL,
  source          TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'upgrade', 'feedback', 'carried')),
  rejection_id    INTEGER REFERENCES rejections (id) ON DELETE SET NULL,
  carried_from    INTEGER REFERENCES tasks (id) ON DELETE SET NULL,
  done_at         TEXT,
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX tasks_week ON tasks (week_start, done_at);

CREATE TABLE wins (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('applied', 'interview', 'followup', 'feedback_asked', 'feedback_received',
                    'networking', 'learning', 'offer', 'personal', 'custom', 'reflection_done', 'task_done', 'week_met')),
  title           TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
  day             TEXT NOT NULL,
  application_id  INTEGER REFERENCES applications (id) ON DELETE SET NULL,
  rejection_id    INTEGER REFERENCES rejections (id) ON DELETE SET NULL,
  -- Set on wins recorded by themselves ("application:12:applied"): the same event never records twice,
  -- and a removed automatic win stays removed.
  source_key      TEXT UNIQUE,
  deleted_at      TEXT,
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX wins_day ON wins (deleted_at, day DESC, id DESC);
CREATE INDEX wins_kind_day ON wins (kind, day);
