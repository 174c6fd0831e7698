-- The node that starts an import's job (the one that recorded it, or restarted it last), so that a node that starts
-- again knows its own imports; when it was queued last, so that another node knows how long it has waited for its
-- job; and its attempt, which each restart moves on in the same statement that checks it, so that of two restarts at
-- once exactly one wins.
alter table import_run add column node_id varchar(200);
alter table import_run add column queued_at timestamp with time zone;
alter table import_run add column attempt bigint not null default 0;
update import_run set queued_at = created_at;
