-- The day a request was sent on to another organization: the receiving one cannot have received it
-- earlier, so its clock (and which consultations pause it) starts no earlier than this.
alter table info_request add column transferred_on date;
