-- A draft interpretation (解读) may name the published policy it explains; on publication the link
-- is made, as content files' `interprets:` does (seed row 13: 解读 published with its policy).
alter table draft add column interprets_id bigint references document(id);
