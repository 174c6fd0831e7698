-- An import's chunk and the mark of how far it got commit together: import_run.staged_through is the last line the
-- import has staged, moved by each chunk in its own transaction, so that a chunk read again after a restart stages
-- none of its lines twice. The staged daily rows then need no key of their own: without the (import, line) index,
-- staging a row is one heap write, which is what lets a file stream in through PostgreSQL's COPY.
alter table import_run add column staged_through bigint not null default 0;

update import_run set staged_through = greatest(
    coalesce((select max(line_number) from import_staged_tally s where s.import_id = import_run.id), 0),
    coalesce((select max(line_number) from import_staged_statistic s where s.import_id = import_run.id), 0),
    coalesce((select max(line_number) from import_reject r where r.import_id = import_run.id), 0));

-- The same table without its primary key, rows and all (an import under way keeps what it staged).
create table import_staged_tally_rows (
    import_id       bigint        not null,
    line_number     bigint        not null,
    tally_date      date          not null,
    component       varchar(8)    not null,
    area            varchar(8)    not null,
    demographic     varchar(32)   not null,
    citizenship     varchar(64)   not null,
    encounter_type  varchar(16)   not null,
    encounter_count bigint        not null,
    raw             varchar(4000) not null
);

insert into import_staged_tally_rows (import_id, line_number, tally_date, component, area, demographic, citizenship,
                                      encounter_type, encounter_count, raw)
select import_id, line_number, tally_date, component, area, demographic, citizenship, encounter_type,
       encounter_count, raw
from import_staged_tally;

drop table import_staged_tally;

alter table import_staged_tally_rows rename to import_staged_tally;
