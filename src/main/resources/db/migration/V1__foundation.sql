-- Foundation: organizations, channels, classifications, documents with versions, attachments, audit.
-- Written to run unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

create table site_setting (
    setting_key   varchar(100) primary key,
    setting_value varchar(2000) not null
);

create sequence organization_seq start with 1 increment by 50;
create table organization (
    id          bigint primary key,
    code        varchar(64)  not null unique,
    name        varchar(200) not null,
    short_name  varchar(100),
    unit_code   varchar(32)  not null unique,
    org_type    varchar(32)  not null,
    parent_id   bigint references organization(id),
    sort_order  integer      not null default 0
);

create sequence channel_seq start with 1 increment by 50;
create table channel (
    id           bigint primary key,
    code         varchar(64)  not null unique,
    name         varchar(200) not null,
    kind         varchar(32)  not null,
    owner_id     bigint       not null references organization(id),
    parent_id    bigint references channel(id),
    default_type varchar(32),
    description  varchar(1000),
    sort_order   integer      not null default 0,
    opened_on    date
);

create sequence classification_seq start with 1 increment by 50;
create table classification (
    id         bigint primary key,
    scheme     varchar(16)  not null,
    code       varchar(64)  not null,
    name       varchar(200) not null,
    parent_id  bigint references classification(id),
    sort_order integer      not null default 0,
    constraint uq_classification_code unique (scheme, code)
);

-- 索引号 serials: one row per unit and year; the serial only ever grows, so numbers are never reused.
create table index_number_counter (
    unit_code    varchar(32) not null,
    counter_year integer     not null,
    last_serial  integer     not null,
    primary key (unit_code, counter_year)
);

create sequence document_seq start with 1 increment by 50;
create table document (
    id                bigint primary key,
    content_key       varchar(500) unique,
    external_id       varchar(100) unique,
    index_number      varchar(64)  not null unique,
    doc_type          varchar(32)  not null,
    status            varchar(32)  not null,
    title             varchar(500) not null,
    doc_number        varchar(200),
    organization_id   bigint       not null references organization(id),
    channel_id        bigint       not null references channel(id),
    topic_id          bigint references classification(id),
    genre_id          bigint references classification(id),
    written_on        date,
    published_at      timestamp with time zone,
    validity          varchar(16),
    replaced_by_id    bigint references document(id),
    disclosure        varchar(32)  not null,
    withheld_reason   varchar(1000),
    status_reason     varchar(2000),
    status_changed_at timestamp with time zone,
    summary           varchar(1000),
    body              text         not null,
    current_major     integer      not null,
    current_minor     integer      not null,
    content_hash      varchar(64),
    lock_version      integer      not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index ix_document_listing on document (status, published_at);
create index ix_document_org on document (organization_id);
create index ix_document_channel on document (channel_id);

create sequence document_version_seq start with 1 increment by 50;
create table document_version (
    id           bigint primary key,
    document_id  bigint       not null references document(id),
    major        integer      not null,
    minor        integer      not null,
    change_kind  varchar(8)   not null,
    change_note  varchar(1000) not null,
    title        varchar(500) not null,
    doc_number   varchar(200),
    validity     varchar(16),
    body         text         not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null,
    constraint uq_document_version unique (document_id, major, minor)
);

create sequence document_link_seq start with 1 increment by 50;
create table document_link (
    id        bigint primary key,
    source_id bigint      not null references document(id),
    target_id bigint      not null references document(id),
    link_type varchar(32) not null,
    constraint uq_document_link unique (source_id, target_id, link_type)
);

create sequence attachment_seq start with 1 increment by 50;
create table attachment (
    id          bigint primary key,
    document_id bigint       not null references document(id),
    title       varchar(300) not null,
    file_name   varchar(300) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    sort_order  integer      not null default 0,
    -- a replaced attachment is retired, never deleted: old versions still name it
    retired_at  timestamp with time zone
);

create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id          bigint primary key,
    occurred_at timestamp with time zone not null,
    actor       varchar(100) not null,
    action      varchar(64)  not null,
    entity_type varchar(64)  not null,
    entity_id   bigint,
    address     varchar(64),
    detail      varchar(4000)
);
create index ix_audit_entity on audit_event (entity_type, entity_id);
