-- The determinations as the system first made them, kept for ever: rows are only ever inserted, at most one per
-- policy, date and type. The evidence is a JSON document (windows, daily counts, sums, threshold).
create table determination (
    policy_id          varchar(64)              not null,
    determination_date date                     not null,
    determination_type varchar(8)               not null,
    effective_on       date                     not null,
    version_id         varchar(64)              not null,
    citation           varchar(1000)            not null,
    evidence           text                     not null,
    recorded_at        timestamp with time zone not null,
    primary key (policy_id, determination_date, determination_type)
);
