-- Public lists (home, /xxgk, channel pages, the documents API) read the newest listed documents of
-- one channel, organization, topic, genre or type, or of all. Each index below gives them in the
-- order shown, so a page reads its 20 rows and stops instead of sorting every match: its cost no
-- longer grows with the number of documents. The filtered column leads; the listing condition
-- (status, disclosure) and the order (newest first, then id) follow. The query spells the leading
-- columns out in its ORDER BY, which is what H2 needs to use an index for the order.
create index ix_document_listed on document (status, disclosure, published_at desc, id desc);
create index ix_document_listed_channel on document (channel_id, status, disclosure, published_at desc, id desc);
create index ix_document_listed_org on document (organization_id, status, disclosure, published_at desc, id desc);
create index ix_document_listed_topic on document (topic_id, status, disclosure, published_at desc, id desc);
create index ix_document_listed_genre on document (genre_id, status, disclosure, published_at desc, id desc);
create index ix_document_listed_type on document (doc_type, status, disclosure, published_at desc, id desc);

-- A document page looks up what replaced it, what interprets it and its attachments by these
-- columns; PostgreSQL does not index foreign keys by itself (H2 does).
create index ix_document_replaced_by on document (replaced_by_id);
create index ix_document_link_target on document_link (target_id);
create index ix_attachment_document on attachment (document_id);
