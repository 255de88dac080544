-- Surveys, consultations and interviews go public after their organization's review levels (一审, 二审 …),
-- as its documents and message replies do: the levels fixed when one is written, one row per level approved.
-- Those written before keep the one review they were written for.
alter table survey add column required_levels integer default 1 not null;
alter table consultation add column required_levels integer default 1 not null;
alter table interview add column required_levels integer default 1 not null;
create sequence publication_review_seq start with 1 increment by 50;
create table publication_review (
    id          bigint        primary key,
    item_type   varchar(32)   not null,
    item_id     bigint        not null,
    level_no    integer       not null,
    reviewer    varchar(100)  not null,
    decided_at  timestamp with time zone not null
);
create index publication_review_item on publication_review(item_type, item_id, level_no);
