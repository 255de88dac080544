-- Words the lead unit's editor asks to be masked in the published copy of a letter and its reply, besides
-- what the detectors find (a neighbour's name in running text): one per line.
alter table message_reply add column masked_words varchar(2000);
