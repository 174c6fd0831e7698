-- CBP's published monthly statistics, kept apart from the daily ledger, for reconciliation. One row per dataset and
-- key; a newer publication of the same key replaces the count. area is null where the file has none (the southwest
-- file covers the southwest land border as a whole); nulls count as equal in the key.
create table published_statistic (
    dataset            varchar(32)              not null,
    statistic_month    date                     not null,
    component          varchar(8)               not null,
    area               varchar(8),
    demographic        varchar(32)              not null,
    citizenship        varchar(64)              not null,
    title_of_authority varchar(16)              not null,
    encounter_type     varchar(16)              not null,
    encounter_count    bigint                   not null check (encounter_count >= 0),
    import_id          bigint                   not null,
    published_at       timestamp with time zone not null,
    constraint published_statistic_key unique nulls not distinct
        (dataset, statistic_month, component, area, demographic, citizenship, title_of_authority, encounter_type)
);

create index published_statistic_by_month on published_statistic (statistic_month, dataset);
