-- Accounts, memberships and sessions (local login); drafts and their review; audit before/after.
-- Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

alter table organization add column review_levels integer not null default 1;
alter table channel add column closed_on date;
alter table channel add column merged_into_id bigint references channel(id);

create sequence account_seq start with 1 increment by 50;
create table account (
    id            bigint primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(100) not null,
    -- null for accounts that only log in through Keycloak
    password_hash varchar(200),
    site_roles    varchar(200) not null default '',
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null
);

create sequence membership_seq start with 1 increment by 50;
create table membership (
    id              bigint primary key,
    account_id      bigint      not null references account(id),
    organization_id bigint      not null references organization(id),
    role            varchar(32) not null,
    constraint uq_membership unique (account_id, organization_id, role)
);
create index ix_membership_org on membership (organization_id);

create table account_session (
    -- SHA-256 of the random cookie value: a stolen database does not yield live cookies
    token_hash   varchar(64) primary key,
    account_id   bigint      not null references account(id),
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    address      varchar(64)
);
create index ix_session_account on account_session (account_id);

create sequence draft_seq start with 1 increment by 50;
create table draft (
    id               bigint primary key,
    document_id      bigint references document(id),
    status           varchar(32)  not null,
    organization_id  bigint       not null references organization(id),
    channel_id       bigint       not null references channel(id),
    doc_type         varchar(32)  not null,
    title            varchar(500) not null,
    doc_number       varchar(200),
    topic_id         bigint references classification(id),
    genre_id         bigint references classification(id),
    written_on       date,
    validity         varchar(32),
    disclosure       varchar(32)  not null,
    withheld_reason  varchar(1000),
    summary          varchar(2000),
    body             text         not null,
    change_kind      varchar(16),
    change_note      varchar(1000),
    scheduled_at     timestamp with time zone,
    required_levels  integer      not null,
    approved_levels  integer      not null default 0,
    author           varchar(64)  not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(64)  not null,
    submitted_at     timestamp with time zone,
    published_at     timestamp with time zone,
    lock_version     bigint       not null default 0
);
create index ix_draft_status on draft (status, organization_id);
create index ix_draft_author on draft (author, status);

create sequence draft_review_seq start with 1 increment by 50;
create table draft_review (
    id          bigint primary key,
    draft_id    bigint       not null references draft(id),
    level_no    integer      not null,
    reviewer    varchar(64)  not null,
    decision    varchar(16)  not null,
    comment     varchar(2000),
    decided_at  timestamp with time zone not null
);
create index ix_draft_review on draft_review (draft_id);

create sequence draft_attachment_seq start with 1 increment by 50;
create table draft_attachment (
    id          bigint primary key,
    draft_id    bigint       not null references draft(id),
    title       varchar(300) not null,
    file_name   varchar(300) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    sort_order  integer      not null default 0
);
create index ix_draft_attachment on draft_attachment (draft_id);

-- before and after of a change, and a hash chain: each event's hash covers the previous one's,
-- so an edited or deleted row breaks the chain the auditor's page checks
alter table audit_event add column before_state varchar(4000);
alter table audit_event add column after_state varchar(4000);
alter table audit_event add column prev_hash varchar(64);
alter table audit_event add column hash varchar(64);
create index ix_audit_time on audit_event (occurred_at);
-- the end of the chain; writers lock this row, so events are chained in commit order
create table audit_head (
    id        integer primary key,
    last_hash varchar(64) not null
);
insert into audit_head (id, last_hash) values (1, '0000000000000000000000000000000000000000000000000000000000000000');
