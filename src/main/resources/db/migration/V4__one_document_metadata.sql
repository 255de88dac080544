-- One metadata type (documents.DocumentMetadata) for documents, their versions and drafts: each
-- version now keeps the whole metadata it was published with, and the three tables agree on sizes.
alter table document_version add column doc_type varchar(32);
alter table document_version add column topic_id bigint references classification(id);
alter table document_version add column genre_id bigint references classification(id);
alter table document_version add column written_on date;
alter table document_version add column disclosure varchar(32);
alter table document_version add column withheld_reason varchar(1000);
alter table document_version add column summary varchar(2000);
alter table document_version alter column validity set data type varchar(32);

-- older versions recorded only title, 文号, 有效性 and body: the rest is taken from the document
update document_version set
    doc_type = (select d.doc_type from document d where d.id = document_version.document_id),
    topic_id = (select d.topic_id from document d where d.id = document_version.document_id),
    genre_id = (select d.genre_id from document d where d.id = document_version.document_id),
    written_on = (select d.written_on from document d where d.id = document_version.document_id),
    disclosure = (select d.disclosure from document d where d.id = document_version.document_id),
    withheld_reason = (select d.withheld_reason from document d where d.id = document_version.document_id),
    summary = (select d.summary from document d where d.id = document_version.document_id);
alter table document_version alter column doc_type set not null;
alter table document_version alter column disclosure set not null;

alter table document alter column summary set data type varchar(2000);
alter table document alter column validity set data type varchar(32);
