-- Whether a letter's due day was counted over a year whose holiday notice the site did not hold (the provisional
-- content/calendar/2027.yaml, or a year without a file): such a day is counted again at every start, on the files
-- then in use, until it is final (messages.MessageDueDays), so that entering the notice corrects it. Letters
-- stored before this column with a due day from 22 December 2026 on (the earliest day the 2027 notice may set)
-- may have been counted so: they are counted again once.
alter table citizen_message add column due_provisional boolean default false not null;
update citizen_message set due_provisional = true where due_on >= date '2026-12-22';
