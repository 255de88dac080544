-- 依申请公开: requests for information (package requests). The applicant's personal data is only
-- stored sealed (AES-GCM, applicant_sealed) with the id of the key that sealed it (applicant_key),
-- so keys can rotate; the status lookup's secret only as its SHA-256.
create sequence info_request_seq start with 1 increment by 50;
create table info_request (
    id                   bigint primary key,
    tracking_code        varchar(32)   not null unique,
    secret_hash          varchar(64)   not null,
    organization_id      bigint        not null references organization(id),
    status               varchar(16)   not null,
    applicant_type       varchar(32)   not null,
    applicant_key        varchar(64)   not null,
    applicant_sealed     varchar(8000) not null,
    description          varchar(4000) not null,
    purpose              varchar(1000),
    info_format          varchar(16)   not null,
    delivery             varchar(16)   not null,
    submitted_at         timestamp     not null,
    received_on          date,
    clock_start          date,
    correction_asked_on  date,
    correction_due       date,
    correction_note      varchar(2000),
    corrected_on         date,
    correction_text      varchar(4000),
    consult_started_on   date,
    consult_ended_on     date,
    consult_note         varchar(2000),
    extension_days       integer       not null default 0,
    extension_reason     varchar(2000),
    extended_by          varchar(64),
    answer_type          varchar(32),
    answer_reason        varchar(32),
    answer_text          varchar(8000),
    answered_on          date,
    answered_by          varchar(64),
    archived_on          date,
    transferred_from_id  bigint references organization(id),
    transfer_note        varchar(2000),
    lock_version         bigint        not null default 0,
    updated_at           timestamp     not null
);
create index ix_info_request_org on info_request (organization_id, status, received_on);
create index ix_info_request_received on info_request (received_on);
