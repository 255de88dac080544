-- A reply is reviewed at its lead unit's levels (一审, 二审 …), as the unit's documents are, before the
-- citizen gets it and, with consent, the public reads it: the levels fixed when it went to review; the
-- approvals are rows of publication_review (V28), as for surveys, consultations and interviews.
alter table message_reply add column required_levels integer default 1 not null;
