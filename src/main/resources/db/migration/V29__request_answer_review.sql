-- An answer to a 依申请公开 request is drafted by one of the organization's staff and issued (签发) by one
-- of its reviewers, another person: until then it is a proposal on the request, which stays REGISTERED.
alter table info_request add column proposed_answer_type varchar(32);
alter table info_request add column proposed_answer_reason varchar(32);
alter table info_request add column proposed_answer_text varchar(8000);
alter table info_request add column proposed_by varchar(64);
alter table info_request add column proposed_on date;
alter table info_request add column proposal_returned_note varchar(2000);
alter table info_request add column answer_issued_by varchar(64);
