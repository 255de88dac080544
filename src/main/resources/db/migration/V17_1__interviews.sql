-- 在线访谈 / 新闻发布会: an organization's event with guests and the policies it discusses; citizens'
-- questions (moderated before they show); the live entries the editor adds, which become the transcript.
create sequence interview_seq start with 1 increment by 50;
create table interview (
    id               bigint primary key,
    organization_id  bigint         not null references organization(id),
    kind             varchar(24)    not null,
    title            varchar(200)   not null,
    starts_at        timestamp      not null,
    place            varchar(200)   not null,
    guests           varchar(2000)  not null,
    description      varchar(10000) not null,
    status           varchar(16)    not null,
    created_by       varchar(64)    not null,
    created_at       timestamp      not null,
    ended_at         timestamp,
    lock_version     bigint         not null default 0
);
create index interview_by_start on interview(starts_at);

create table interview_document (
    interview_id  bigint not null references interview(id),
    document_id   bigint not null references document(id),
    primary key (interview_id, document_id)
);
create index interview_document_by_document on interview_document(document_id);

create sequence interview_question_seq start with 1 increment by 50;
create table interview_question (
    id            bigint primary key,
    interview_id  bigint        not null references interview(id),
    body          varchar(1000) not null,
    status        varchar(16)   not null,
    received_at   timestamp     not null,
    moderated_by  varchar(64),
    moderated_at  timestamp
);
create index interview_question_by on interview_question(interview_id, status, id);

create sequence interview_entry_seq start with 1 increment by 50;
create table interview_entry (
    id              bigint primary key,
    interview_id    bigint        not null references interview(id),
    speaker         varchar(100)  not null,
    body            varchar(10000) not null,
    picture_sha256  varchar(64),
    picture_type    varchar(32),
    picture_size    bigint,
    posted_by       varchar(64)   not null,
    posted_at       timestamp     not null
);
create index interview_entry_by on interview_entry(interview_id, id);
