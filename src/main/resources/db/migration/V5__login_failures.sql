-- Failed logins of an account since its last login (count, last time and address); a login moves
-- them to its session, which shows them to the owner on the workbench.
-- Expired sessions are deleted on a schedule (SessionPurge): an index on their expiry time.
-- Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

alter table account add column failed_logins integer default 0 not null;
alter table account add column last_failed_login_at timestamp with time zone;
alter table account add column last_failed_login_address varchar(64);

alter table account_session add column failures_before integer default 0 not null;
alter table account_session add column last_failure_at timestamp with time zone;
alter table account_session add column last_failure_address varchar(64);

create index ix_session_expires on account_session (expires_at);
