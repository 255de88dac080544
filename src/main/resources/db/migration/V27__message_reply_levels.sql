-- A reply is reviewed at its lead unit's levels (一审, 二审 …), as the unit's documents are, before the
-- citizen gets it and, with consent, the public reads it. Replies reviewed before keep their one review.
alter table message_reply add column required_levels integer default 1 not null;
alter table message_reply add column approved_levels integer default 0 not null;
alter table message_reply add column approved_by varchar(1000);
update message_reply set approved_levels = 1, approved_by = reviewer where status = 'APPROVED';
