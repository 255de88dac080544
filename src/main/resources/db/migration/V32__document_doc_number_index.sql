-- the draft page looks a 文号 up (another document under the same number; the policy an interpretation names)
create index ix_document_doc_number on document (doc_number);
