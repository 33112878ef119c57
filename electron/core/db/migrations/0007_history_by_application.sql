-- Every read and change of an application's status history asks for one
-- application: "did it reach interviewing?" when a rejection is filled in,
-- and "move its 'applied' rows" when the applied date changes. The
-- (status, day, application_id) index from migration 0003 made SQLite
-- walk every row of that status instead (about 20,000 'applied' rows in
-- ten years of heavy use), and nothing reads history by status any more.
-- Without it those lookups seek application_status_history_app, and each
-- new status change writes one index fewer.
DROP INDEX IF EXISTS application_status_history_status;
