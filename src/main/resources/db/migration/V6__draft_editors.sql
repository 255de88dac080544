-- Everyone who wrote or changed a draft: its author and every account that saved it or changed its
-- attachments. None of them may approve it at any review level (four eyes, even with a second role).
-- Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

create table draft_editor (
    draft_id bigint      not null references draft(id),
    username varchar(64) not null,
    constraint pk_draft_editor primary key (draft_id, username)
);

-- existing drafts: the author, and whoever the audit trail shows changing the draft
insert into draft_editor (draft_id, username)
select id, author from draft;

insert into draft_editor (draft_id, username)
select distinct e.entity_id, e.actor
from audit_event e
join draft d on d.id = e.entity_id
where e.entity_type = 'draft'
  and e.action in ('draft.update', 'draft.attachment.add', 'draft.attachment.remove')
  and length(e.actor) <= 64
  and not exists (select 1 from draft_editor x where x.draft_id = e.entity_id and x.username = e.actor);
