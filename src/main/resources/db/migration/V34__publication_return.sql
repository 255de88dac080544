-- Who changed one before publication besides its author (space-separated user names): none of them
-- may approve it (four eyes, as draft_editor for documents).
alter table consultation add column changed_by varchar(1000);
alter table survey add column changed_by varchar(1000);
alter table interview add column changed_by varchar(1000);

-- 退回修改 for consultations, surveys and interviews: the reviewer who sent one back to its author,
-- when and why. Cleared when its author changes it (it is then in review again from the first level).
alter table consultation add column returned_by varchar(64);
alter table consultation add column returned_at timestamp;
alter table consultation add column return_comment varchar(1000);
alter table survey add column returned_by varchar(64);
alter table survey add column returned_at timestamp;
alter table survey add column return_comment varchar(1000);
alter table interview add column returned_by varchar(64);
alter table interview add column returned_at timestamp;
alter table interview add column return_comment varchar(1000);
