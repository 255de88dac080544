-- An account an org admin created gets a one-time initial password; until its owner sets their own,
-- the account holds no roles (AccountService.session) and the login leads to the password page.
alter table account add column must_change_password boolean default false not null;
