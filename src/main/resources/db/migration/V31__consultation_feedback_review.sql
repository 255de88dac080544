-- The feedback (采纳情况) of a consultation goes public when a reviewer of its organization, not its writer,
-- approves it, as everything else that goes public. Feedback published before this rule stays public.
alter table consultation add column feedback_by varchar(100);
alter table consultation add column feedback_approved_by varchar(100);
alter table consultation add column feedback_approved_at timestamp;
update consultation set feedback_approved_at = feedback_at where feedback is not null;
