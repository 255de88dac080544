-- Annual work plans (工作要点) as data: goals, tasks, rows with their lead and responsible units,
-- and results reported against rows through the editorial workflow.
-- Written to run unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

create sequence work_plan_seq start with 1 increment by 50;
create table work_plan (
    id              bigint primary key,
    code            varchar(64)  not null unique,
    title           varchar(500) not null,
    plan_year       integer      not null,
    owner_id        bigint       not null references organization(id),
    doc_number      varchar(100),
    issued_on       date
);

create sequence plan_group_seq start with 1 increment by 50;
create table plan_group (
    id       bigint primary key,
    plan_id  bigint       not null references work_plan(id),
    code     varchar(64)  not null,
    name     varchar(200) not null,
    constraint uq_plan_group unique (plan_id, code)
);
create table plan_group_member (
    group_id        bigint not null references plan_group(id),
    organization_id bigint not null references organization(id),
    primary key (group_id, organization_id)
);

create sequence plan_goal_seq start with 1 increment by 50;
create table plan_goal (
    id       bigint primary key,
    plan_id  bigint       not null references work_plan(id),
    seq_no   integer      not null,
    label    varchar(20)  not null,
    title    varchar(500) not null,
    constraint uq_plan_goal unique (plan_id, seq_no)
);

create sequence plan_task_seq start with 1 increment by 50;
create table plan_task (
    id       bigint primary key,
    goal_id  bigint       not null references plan_goal(id),
    seq_no   integer      not null,
    label    varchar(20)  not null,
    title    varchar(500) not null
);

create sequence plan_row_seq start with 1 increment by 50;
create table plan_row (
    id                     bigint primary key,
    plan_id                bigint        not null references work_plan(id),
    task_id                bigint        not null references plan_task(id),
    seq_no                 integer       not null,
    row_text               varchar(4000) not null,
    lead_as_written        varchar(500),
    responsible_as_written varchar(500),
    due                    date          not null,
    due_from               varchar(200),
    due_note               varchar(1000),
    constraint uq_plan_row unique (plan_id, seq_no)
);

create sequence plan_row_unit_seq start with 1 increment by 50;
create table plan_row_unit (
    id              bigint primary key,
    row_id          bigint      not null references plan_row(id),
    unit_role       varchar(16) not null,
    organization_id bigint references organization(id),
    group_id        bigint references plan_group(id),
    sort_order      integer     not null default 0
);

create sequence plan_decision_seq start with 1 increment by 50;
create table plan_decision (
    id          bigint primary key,
    plan_id     bigint        not null references work_plan(id),
    row_no      integer       not null,
    seed_text   varchar(1000) not null,
    decision    varchar(2000) not null,
    sort_order  integer       not null default 0
);

-- A result: a draft of type TASK_RESULT reported by one unit on one row; public once the draft is
-- published (draft.document_id then names the document).
create sequence plan_result_seq start with 1 increment by 50;
create table plan_result (
    id              bigint primary key,
    row_id          bigint      not null references plan_row(id),
    organization_id bigint      not null references organization(id),
    draft_id        bigint      not null unique references draft(id),
    status          varchar(16) not null,
    created_at      timestamp   not null,
    created_by      varchar(100) not null
);
create index ix_plan_result_row on plan_result(row_id);

create table plan_evidence (
    result_id   bigint  not null references plan_result(id),
    document_id bigint  not null references document(id),
    sort_order  integer not null default 0,
    primary key (result_id, document_id)
);
create index ix_plan_evidence_document on plan_evidence(document_id);
