-- The public enquiry phone of an organization, for the hotline directory (联系我们).
alter table organization add column phone varchar(100);
