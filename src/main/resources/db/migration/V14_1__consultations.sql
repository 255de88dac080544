-- 征集调查: an organization's consultation on a draft policy, citizens' comments (moderated before
-- they show) and the feedback summary (采纳情况) linked to the final policy.
create sequence consultation_seq start with 1 increment by 50;
create table consultation (
    id                 bigint primary key,
    organization_id    bigint        not null references organization(id),
    title              varchar(200)  not null,
    description        varchar(10000) not null,
    opens_on           date          not null,
    closes_on          date          not null,
    major_decision     boolean       not null,
    short_period_reason varchar(1000),
    created_by         varchar(64)   not null,
    created_at         timestamp     not null,
    feedback           varchar(10000),
    feedback_at        timestamp,
    final_document_id  bigint references document(id),
    lock_version       bigint        not null default 0
);

create sequence consultation_comment_seq start with 1 increment by 50;
create table consultation_comment (
    id               bigint primary key,
    consultation_id  bigint        not null references consultation(id),
    body             varchar(2000) not null,
    status           varchar(16)   not null,
    received_at      timestamp     not null,
    moderated_by     varchar(64),
    moderated_at     timestamp,
    adopted          boolean
);
create index consultation_comment_by on consultation_comment(consultation_id, status, id);
