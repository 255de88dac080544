-- security audit: a reviewer attached a file to a drafted answer and issued it alone; whoever adds or takes
-- off an answer's file is one of its drafters, named here (space-separated), and none of them issues it
alter table info_request add column answer_files_changed_by varchar(2000);
