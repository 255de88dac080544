-- 政府信息公开工作年度报告 (package annualreport): per organization and year, what the editor enters
-- by hand (figures as JSON, the text sections); the tables computed from the portal's data are not
-- stored. The published report is a document of type REPORT made through the review workflow.
create sequence annual_report_seq start with 1 increment by 50;
create table annual_report (
    id               bigint primary key,
    organization_id  bigint        not null references organization(id),
    report_year      integer       not null,
    figures          varchar(4000),
    overview         varchar(20000),
    problems         varchar(20000),
    other_matters    varchar(20000),
    draft_id         bigint,
    lock_version     bigint        not null default 0,
    updated_at       timestamp     not null,
    updated_by       varchar(64)   not null,
    constraint uq_annual_report unique (organization_id, report_year)
);
