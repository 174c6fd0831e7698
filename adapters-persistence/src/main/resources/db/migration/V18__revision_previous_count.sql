-- A revision's previous count: the count its key had in the key's previous revision (the one with the next lower id
-- among the key's rows), or null for a key's first revision. Every append writes it with the revision, from the
-- latest count it compared against (a submission from tally_latest, an import from import_ledger_change.old_count).
--
-- It makes the ledger's sums a single pass over the revisions: a revision moves its key's count, and its day's cell,
-- by encounter_count - coalesce(previous_count, 0), so for every day and cell the sum of that difference over all
-- revisions (or over the revisions recorded up to an instant) telescopes to the sum of the keys' latest counts, which
-- is what daily_aggregate maintains. No grouping by key is needed to find the latest revisions.
alter table tally_revision add column previous_count bigint;

alter table tally_revision add constraint tally_revision_previous_count_not_negative
    check (previous_count is null or previous_count >= 0);

-- The revisions already stored: each one's previous count is its key's count one revision before, in id order.
merge into tally_revision r
using (select id, lag(encounter_count) over (
           partition by tally_date, component, area, demographic, citizenship, encounter_type order by id)
           as previous_count
       from tally_revision) p
on (r.id = p.id)
when matched and p.previous_count is not null then update set previous_count = p.previous_count;
