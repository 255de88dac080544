-- A request may need more than one consultation (Decree 711 Art. 32: a third party; Art. 34: another
-- authority that made the information with this one), one after the other; Art. 33 leaves the time of
-- each out of the answer period (at most the 15 working days the consulted side has to reply).
create sequence info_request_consultation_seq start with 1 increment by 50;
create table info_request_consultation (
    id          bigint        primary key,
    request_id  bigint        not null references info_request(id),
    kind        varchar(16)   not null,
    note        varchar(2000) not null,
    started_on  date          not null,
    ended_on    date,
    started_by  varchar(64)
);
create index ix_info_request_consultation on info_request_consultation (request_id, started_on);
-- the one consultation a request could have so far; negative ids never meet the sequence's
insert into info_request_consultation (id, request_id, kind, note, started_on, ended_on)
    select -id, id, 'THIRD_PARTY', coalesce(consult_note, ''), consult_started_on, consult_ended_on
    from info_request where consult_started_on is not null;
alter table info_request drop column consult_started_on;
alter table info_request drop column consult_ended_on;
alter table info_request drop column consult_note;
