-- The commit clock: the instant at which each writing transaction becomes visible to the others. A transaction that
-- wrote tally revisions, determinations, overrides or audit entries locks this row as the last act before it commits,
-- stamps what it wrote with one instant, and holds the lock until the commit. Stamps therefore follow commit order
-- across all four tables (the ledger's ids and recorded_at grow together, as V1 says), and nothing stays invisible
-- after it was stamped except for the moment the lock covers.
--
-- last_stamp is the newest stamp given; settled_through the newest instant a reader asked about "as known at" and was
-- answered with everything stamped up to it. A stamp is never earlier than last_stamp and always later than
-- settled_through, so an answer given for an instant can never change: whatever commits later is stamped later.
create table commit_clock (
    id              integer                  not null primary key check (id = 1),
    last_stamp      timestamp with time zone,
    settled_through timestamp with time zone
);

-- Stamps continue after the newest instant already stored, so that recorded_at keeps its order on a database that
-- was stamped before this table existed.
insert into commit_clock (id, last_stamp)
select 1, max(stamp) from (
    select max(recorded_at) as stamp from tally_revision
    union all select max(recorded_at) from determination
    union all select max(recorded_at) from policy_override
    union all select max(recorded_at) from audit_entry
) stamps;

-- The ledger's own last instant is the commit clock's now.
alter table tally_ledger drop column last_recorded_at;
