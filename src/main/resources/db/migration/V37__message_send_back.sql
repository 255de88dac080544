-- 申请退回: a unit a letter was assigned to by mistake sends it back to the platform operator for 改派.
-- Its assignments are removed (the unit no longer sees the letter); what they were, with any handling
-- notes, is kept here with the reason and who sent it back, for the operator and the record.
create sequence message_send_back_seq start with 1 increment by 50;
create table message_send_back (
    id              bigint primary key,
    message_id      bigint        not null references citizen_message(id),
    organization_id bigint        not null references organization(id),
    reason          varchar(1000) not null,
    sent_back_by    varchar(64)   not null,
    sent_back_at    timestamp     not null,
    assignments     text          not null
);
create index message_send_back_message on message_send_back(message_id, id);
