-- A reply is reviewed at its lead unit's levels (一审, 二审 …), as the unit's documents are, before the
-- citizen gets it and, with consent, the public reads it: one row per level approved.
alter table message_reply add column required_levels integer default 1 not null;
create sequence message_reply_review_seq start with 1 increment by 50;
create table message_reply_review (
    id          bigint        primary key,
    reply_id    bigint        not null references message_reply(id),
    level_no    integer       not null,
    reviewer    varchar(100)  not null,
    comment     varchar(1000),
    decided_at  timestamp with time zone not null
);
create index message_reply_review_reply on message_reply_review(reply_id, level_no);
-- replies approved before keep their one review; negative ids never meet the sequence's
insert into message_reply_review (id, reply_id, level_no, reviewer, comment, decided_at)
    select -id, id, 1, reviewer, review_comment, reviewed_at from message_reply where status = 'APPROVED';
