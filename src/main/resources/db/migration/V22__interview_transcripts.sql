-- The published transcript of an ended interview or press conference (a document in channel zxft).
alter table interview add column transcript_document_id bigint references document(id);
