-- 发布机构 when it is not the owning organization (a national law filed by a local office); null
-- means the owner published it. Documents, their versions and drafts embed the same metadata.
alter table document add column publisher varchar(200);
alter table document_version add column publisher varchar(200);
alter table draft add column publisher varchar(200);
