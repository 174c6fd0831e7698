-- The tally ledger. Written to run unchanged on PostgreSQL and on H2 (MODE=PostgreSQL, DATABASE_TO_LOWER=TRUE).

-- Every revision ever recorded; rows are only ever inserted. The id is the recording order: the append that holds
-- the ledger lock (the tally_ledger row) assigns the next ids, so ids grow in commit order, and it never stamps a
-- revision earlier than the one before, so recorded_at never decreases as the id grows.
create table tally_revision (
    id              bigint                   not null primary key,
    tally_date      date                     not null,
    component       varchar(8)               not null,
    area            varchar(8)               not null,
    demographic     varchar(32)              not null,
    citizenship     varchar(64)              not null,
    encounter_type  varchar(16)              not null,
    encounter_count bigint                   not null check (encounter_count >= 0),
    recorded_at     timestamp with time zone not null,
    recorded_by     varchar(200)             not null,
    source          varchar(200)             not null
);

-- The latest revision of a key (the highest id among the key's rows) and a day's revisions (the leading date).
create index tally_revision_by_key
    on tally_revision (tally_date, component, area, demographic, citizenship, encounter_type, id);

-- Reads as known at an instant: the revisions recorded up to it.
create index tally_revision_by_recorded_at on tally_revision (recorded_at, id);

-- The latest count of each key, so that an append compares against it without reading the revisions.
create table tally_latest (
    tally_date      date        not null,
    component       varchar(8)  not null,
    area            varchar(8)  not null,
    demographic     varchar(32) not null,
    citizenship     varchar(64) not null,
    encounter_type  varchar(16) not null,
    encounter_count bigint      not null check (encounter_count >= 0),
    revision_id     bigint      not null,
    primary key (tally_date, component, area, demographic, citizenship, encounter_type)
);

-- The sum of the latest counts per day and aggregate cell: everything a counting rule reads. A day with a row is
-- reported. changed_version is the ledger version of the append that last changed the row.
create table daily_aggregate (
    tally_date             date        not null,
    component              varchar(8)  not null,
    region                 varchar(32) not null,
    demographic            varchar(32) not null,
    contiguous_citizenship boolean     not null,
    total                  bigint      not null check (total >= 0),
    changed_version        bigint      not null,
    primary key (tally_date, component, region, demographic, contiguous_citizenship)
);

create index daily_aggregate_by_changed_version on daily_aggregate (changed_version, tally_date);

-- The ledger's one state row. Every append locks it first (SELECT ... FOR UPDATE), and one that stores anything
-- sets version = version + 1 before it commits. Appends are therefore serialised: each compares against the latest
-- counts that the previous one committed, the deltas it adds to daily_aggregate stay exact, the latest revision
-- wins by recording order, and versions become visible in commit order (no append with a smaller version can commit
-- after a larger one is visible), which is what daysChangedSince relies on.
create table tally_ledger (
    id               integer                  not null primary key check (id = 1),
    version          bigint                   not null,
    last_revision_id bigint                   not null,
    last_recorded_at timestamp with time zone
);

insert into tally_ledger (id, version, last_revision_id) values (1, 0, 0);
