-- Key-area disclosure as structured records (issue 17): one generic record with its field values as
-- JSON, its published versions, filter values, intake settings and the API tokens business systems
-- send batches with. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

create sequence record_entry_seq start with 1 increment by 50;
create table record_entry (
    id                 bigint primary key,
    type_code          varchar(64)  not null,
    organization_id    bigint       not null references organization(id),
    source_key         varchar(200),
    title              varchar(500) not null,
    -- the values as last published (null until first published), and a change being edited or reviewed
    published_values   text,
    pending_values     text,
    pending_state      varchar(16),
    pending_note       varchar(1000),
    pending_editor     varchar(100),
    public_state       varchar(16)  not null,
    version            integer      not null default 0,
    lock_version       bigint       not null default 0,
    -- the public, masked text of the searchable fields, for the list's text filter
    search_text        text,
    created_at         timestamp with time zone not null,
    created_by         varchar(100) not null,
    updated_at         timestamp with time zone not null,
    first_published_at timestamp with time zone,
    published_at       timestamp with time zone,
    due_on             date,
    late               boolean      not null default false,
    public_until       date,
    withdrawn_at       timestamp with time zone,
    withdrawn_reason   varchar(1000)
);
create unique index record_entry_source on record_entry(type_code, organization_id, source_key);
create index record_entry_public on record_entry(type_code, public_state, published_at);
create index record_entry_org on record_entry(organization_id, type_code);

create sequence record_version_seq start with 1 increment by 50;
create table record_version (
    id           bigint primary key,
    record_id    bigint       not null references record_entry(id),
    version      integer      not null,
    field_values text         not null,
    change_note  varchar(1000),
    published_at timestamp with time zone not null,
    published_by varchar(100) not null,
    due_on       date,
    late         boolean      not null default false
);
create unique index record_version_number on record_version(record_id, version);

-- the public values of facetable fields, for the list filters
create table record_facet (
    record_id  bigint       not null references record_entry(id),
    field_name varchar(64)  not null,
    field_value varchar(500) not null,
    primary key (record_id, field_name)
);
create index record_facet_value on record_facet(field_name, field_value);

-- per organization and type: batches from business systems publish at once, or wait for review
create table record_intake_setting (
    organization_id bigint      not null references organization(id),
    type_code       varchar(64) not null,
    publish_at_once boolean     not null,
    primary key (organization_id, type_code)
);

create sequence record_api_token_seq start with 1 increment by 50;
create table record_api_token (
    id              bigint primary key,
    organization_id bigint       not null references organization(id),
    type_codes      varchar(1000),
    name            varchar(200) not null,
    token_hash      varchar(64)  not null unique,
    token_prefix    varchar(16)  not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    revoked_at      timestamp with time zone,
    revoked_by      varchar(100),
    last_used_at    timestamp with time zone
);
