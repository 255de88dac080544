-- Records are reviewed through their organization's review levels like drafts (issue 17): the levels a
-- change needs are fixed when it goes to review, each round of review is numbered, each level's
-- decision is kept with the version it was about, and everyone who wrote or changed the pending version
-- is kept so that none of them approves it (four eyes). Runs on H2 (MODE=PostgreSQL) and PostgreSQL.

alter table record_entry add column review_levels integer not null default 1;
alter table record_entry add column approved_levels integer not null default 0;
alter table record_entry add column review_round integer not null default 0;
alter table record_entry add column submitted_at timestamp with time zone;

-- who wrote or changed the pending version (cleared when it is published)
create table record_editor (
    record_id bigint       not null references record_entry(id),
    username  varchar(100) not null,
    constraint pk_record_editor primary key (record_id, username)
);
insert into record_editor (record_id, username)
    select id, pending_editor from record_entry where pending_editor is not null;

-- one reviewer's decision at one level of one round of review of a record's next version
create sequence record_review_seq start with 1 increment by 50;
create table record_review (
    id          bigint primary key,
    record_id   bigint       not null references record_entry(id),
    version_no  integer      not null,
    round_no    integer      not null,
    level_no    integer      not null,
    reviewer    varchar(100) not null,
    decision    varchar(16)  not null,
    comment     varchar(1000),
    decided_at  timestamp with time zone not null
);
create index record_review_record on record_review(record_id, round_no);
