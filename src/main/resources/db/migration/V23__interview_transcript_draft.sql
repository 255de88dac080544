-- The transcript of an ended interview goes to review as a draft of the organization that held it,
-- and is published by its reviewers like any document; the interview page links it once published.
alter table interview add column transcript_draft_id bigint references draft(id);
