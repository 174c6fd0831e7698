-- The audit trail: a hash chain. Each entry's hash covers its fields and the previous entry's hash, so that a row
-- changed, removed or reordered in place breaks the chain at that row. Rows are only ever inserted.
create table audit_entry (
    sequence       bigint                   not null primary key,
    recorded_at    timestamp with time zone not null,
    actor          varchar(200)             not null,
    action         varchar(64)              not null,
    subject        varchar(500)             not null,
    payload_digest varchar(64)              not null,
    summary        varchar(2000)            not null,
    previous_hash  varchar(64)              not null,
    hash           varchar(64)              not null
);

create index audit_entry_by_time on audit_entry (recorded_at);
create index audit_entry_by_actor on audit_entry (actor, recorded_at);
create index audit_entry_by_action on audit_entry (action, recorded_at);

-- The head of the chain: the last entry's sequence and hash. An append locks it, so appends are serialised and the
-- chain never forks; it also catches entries removed from the end, which no hash after them could.
create table audit_head (
    id       integer     not null primary key check (id = 1),
    sequence bigint      not null,
    hash     varchar(64) not null
);

insert into audit_head (id, sequence, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
