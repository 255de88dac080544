-- 不满意的原因: why the citizen rated the reply 不满意, as typed with the rating. The unit handling the 重办
-- reads it on the letter's workbench page; it is never published.
alter table citizen_message add column unsatisfied_reason varchar(3000);
