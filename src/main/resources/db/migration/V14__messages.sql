-- 互动交流: citizens' messages (咨询/投诉/建议), their assignments to organizations and the replies.
-- A message is written in full, in one transaction, before its receipt is shown: nothing sent is lost.
create sequence citizen_message_seq start with 1 increment by 50;
create table citizen_message (
    id                  bigint primary key,
    tracking_code       varchar(32)   not null unique,
    secret_hash         varchar(64)   not null,
    message_type        varchar(16)   not null,
    suggested_org_id    bigint references organization(id),
    subject             varchar(200)  not null,
    body                varchar(5000) not null,
    contact             varchar(200)  not null,
    publish_consent     boolean       not null,
    status              varchar(16)   not null,
    received_at         timestamp     not null,
    received_on         date          not null,
    due_on              date          not null,
    decided_at          timestamp,
    decided_by          varchar(64),
    reject_reason       varchar(1000),
    assigned_at         timestamp,
    replied_at          timestamp,
    replied_on          date,
    redo_count          integer       not null default 0,
    satisfaction        varchar(16),
    rated_at            timestamp,
    published_document_id bigint references document(id),
    lock_version        bigint        not null default 0
);
create index citizen_message_status on citizen_message(status, due_on);
create index citizen_message_published on citizen_message(published_document_id, replied_at);

create sequence message_assignment_seq start with 1 increment by 50;
create table message_assignment (
    id              bigint primary key,
    message_id      bigint       not null references citizen_message(id),
    organization_id bigint       not null references organization(id),
    lead_unit       boolean      not null,
    assigned_at     timestamp    not null,
    assigned_by     varchar(64)  not null,
    handling_note   varchar(2000),
    handled_at      timestamp,
    handled_by      varchar(64)
);
create index message_assignment_org on message_assignment(organization_id, message_id);

create sequence message_reply_seq start with 1 increment by 50;
create table message_reply (
    id              bigint primary key,
    message_id      bigint        not null references citizen_message(id),
    organization_id bigint        not null references organization(id),
    round_no        integer       not null,
    body            varchar(5000) not null,
    status          varchar(16)   not null,
    author          varchar(64)   not null,
    created_at      timestamp     not null,
    reviewer        varchar(64),
    review_comment  varchar(1000),
    reviewed_at     timestamp
);
create index message_reply_message on message_reply(message_id, id);
