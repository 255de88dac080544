-- Consultations and interviews go public only once a reviewer of their organization other than their
-- author publishes them, as documents and surveys do. Those already there were public: they stay so.
alter table consultation add column published_by varchar(64);
alter table consultation add column published_at timestamp;
update consultation set published_by = '（升级前已公开）', published_at = created_at;
alter table interview add column published_by varchar(64);
alter table interview add column published_at timestamp;
update interview set published_by = '（升级前已公开）', published_at = created_at;
