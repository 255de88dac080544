-- Surveys, consultations and interviews go public after their organization's review levels (一审, 二审 …),
-- as its documents do, and a message reply is sent after its lead unit's: the levels fixed when one is
-- written, one row per level approved. Those written before keep the one review they were written for.
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
    comment     varchar(1000),
    decided_at  timestamp with time zone not null
);
create index publication_review_item on publication_review(item_type, item_id, level_no);
-- replies approved before keep their one review; negative ids never meet the sequence's
insert into publication_review (id, item_type, item_id, level_no, reviewer, comment, decided_at)
    select -id, 'message-reply', id, 1, reviewer, review_comment, reviewed_at from message_reply where status = 'APPROVED';
