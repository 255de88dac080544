-- 征集调查 问卷: an organization's survey (created by an editor, published by another person, a
-- reviewer), its questions, and citizens' responses (one per signed form token) with their answers;
-- free-text answers are moderated before they show.
create sequence survey_seq start with 1 increment by 50;
create table survey (
    id               bigint primary key,
    organization_id  bigint         not null references organization(id),
    title            varchar(200)   not null,
    description      varchar(10000) not null,
    opens_on         date           not null,
    closes_on        date           not null,
    created_by       varchar(64)    not null,
    created_at       timestamp      not null,
    published_by     varchar(64),
    published_at     timestamp,
    lock_version     bigint         not null default 0
);

create sequence survey_question_seq start with 1 increment by 50;
create table survey_question (
    id         bigint primary key,
    survey_id  bigint        not null references survey(id),
    position   integer       not null,
    kind       varchar(16)   not null,
    prompt     varchar(500)  not null,
    required   boolean       not null,
    options    varchar(4000)
);
create index survey_question_by on survey_question(survey_id, position);

create sequence survey_response_seq start with 1 increment by 50;
create table survey_response (
    id           bigint primary key,
    survey_id    bigint       not null references survey(id),
    token_hash   varchar(64)  not null,
    received_at  timestamp    not null,
    constraint survey_response_one_per_token unique (token_hash)
);

create sequence survey_answer_seq start with 1 increment by 50;
create table survey_answer (
    id           bigint primary key,
    response_id  bigint        not null references survey_response(id),
    question_id  bigint        not null references survey_question(id),
    choice       integer,
    body         varchar(2000),
    status       varchar(16)   not null,
    moderated_by varchar(64),
    moderated_at timestamp
);
create index survey_answer_by_question on survey_answer(question_id, status);
