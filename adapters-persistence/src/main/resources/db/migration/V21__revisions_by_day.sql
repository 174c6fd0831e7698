-- The revisions are found by day: every read that selects them by their key selects a day first (a day's revisions,
-- or its latest ones as known at an instant, grouped by key in the read), and the latest count of a key is
-- tally_latest's. An index over the day and the recording order serves those reads as the seven-column index over
-- the whole key did, at a fraction of its cost to every revision written (an import of a million rows writes a
-- million entries into it).
drop index tally_revision_by_key;

create index tally_revision_by_day on tally_revision (tally_date, id);
