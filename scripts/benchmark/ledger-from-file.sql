-- The ledger exactly as the service's import of a daily file of distinct keys leaves an empty ledger (what
-- JdbcStagedTallyLedger.publish writes, V1 and V18), written with bare SQL from the file's rows in the plain table
-- daily_file: one revision per line numbered in line order (every key is new, so no previous count), all recorded at
-- one instant, the latest counts, the daily aggregate, the ledger one version on and the commit clock at the
-- revisions' instant, in one transaction. Used by import.sh as the floor of the ledger's own tables (the least any
-- import into them writes, without reading, validating or staging anything) and by nightly.sh to load its ledger.
-- psql variable: source (the revisions' source text).
begin;
insert into tally_revision (id, tally_date, component, area, demographic, citizenship, encounter_type,
                            encounter_count, previous_count, recorded_at, recorded_by, source)
select row_number() over (order by ctid), tally_date, component, area, demographic, citizenship, encounter_type,
       encounter_count, null, now(), 'command-line', :'source'
from daily_file;
insert into tally_latest (tally_date, component, area, demographic, citizenship, encounter_type, encounter_count,
                          revision_id)
select tally_date, component, area, demographic, citizenship, encounter_type, encounter_count, id from tally_revision;
-- The regions of the generator's sectors (domain Areas); any other area leaves region null, which the table refuses.
insert into daily_aggregate (tally_date, component, region, demographic, contiguous_citizenship, total,
                             changed_version)
select tally_date, component, region, demographic, contiguous_citizenship, sum(encounter_count), 1
from (select tally_date, component, demographic, citizenship in ('CANADA', 'MEXICO') as contiguous_citizenship,
             encounter_count,
             case when area in ('SDC', 'ELC', 'YUM', 'TCA', 'EPT', 'BBT', 'DRT', 'LRT', 'RGV')
                  then 'SOUTHWEST_LAND_BORDER' when area in ('MIP', 'NLL', 'RMY') then 'SOUTHERN_COASTAL' end as region
      from tally_latest where component = 'USBP') t
group by tally_date, component, region, demographic, contiguous_citizenship;
update tally_ledger set version = version + 1, last_revision_id = (select count(*) from tally_revision);
update commit_clock set last_stamp = now();
commit;
