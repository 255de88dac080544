-- When one of its editors last changed a consultation, survey or interview before publication: the
-- review queue shows it as submitted then, not when it was first written.
alter table consultation add column changed_at timestamp;
alter table survey add column changed_at timestamp;
alter table interview add column changed_at timestamp;
