-- The portal's role and database (PostgreSQL 13 or newer); the portal's Flyway migrations create the
-- schema at start. Run as the PostgreSQL superuser, with the password chosen at deploy time (never
-- commit it):
--   runuser -u postgres -- psql -v pw='...' -f create-database.sql
-- Optional: -v role=... and -v db=... (default: portal and portal).
-- Idempotent: run it again to set a new password. An existing role gets LOGIN and the given password;
-- an existing database is left as it is.
\set ON_ERROR_STOP on
\if :{?pw}
\else
DO $$ BEGIN RAISE EXCEPTION 'no password given: psql -v pw=''...'' -f create-database.sql'; END $$;
\endif
\if :{?role}
\else
\set role portal
\endif
\if :{?db}
\else
\set db portal
\endif

SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') AS role_exists \gset
\if :role_exists
ALTER ROLE :"role" WITH LOGIN PASSWORD :'pw';
\echo role :role existed: password set
\else
CREATE ROLE :"role" LOGIN PASSWORD :'pw';
\echo role :role created
\endif

SELECT EXISTS (SELECT FROM pg_database WHERE datname = :'db') AS db_exists \gset
\if :db_exists
\echo database :db exists: left as it is
\else
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
\echo database :db created, owned by :role
\endif
