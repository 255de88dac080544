-- A reviewer's decision on one piece of personal data a draft or document holds: masked (confirmed
-- personal) or kept (not personal, with the reason). The value itself is not stored, only its key
-- (kind and a hash of the normalized value), so this table holds no personal data.
create sequence privacy_decision_seq start with 1 increment by 50;
create table privacy_decision (
    id          bigint primary key,
    subject     varchar(100) not null,
    finding_key varchar(100) not null,
    pii_type    varchar(30)  not null,
    decision    varchar(20)  not null,
    reason      varchar(1000),
    decided_by  varchar(100) not null,
    decided_at  timestamp with time zone not null,
    constraint uq_privacy_decision unique (subject, finding_key)
);
