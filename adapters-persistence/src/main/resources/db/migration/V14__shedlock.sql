-- ShedLock's lock table: the instance that holds a row's lock runs the job of that name; the others skip it.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
