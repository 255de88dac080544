-- Run once as the PostgreSQL superuser; the portal's Flyway migrations create the schema at start.
-- Choose the password at deploy time (never commit it): psql -v pw="'...'" -f create-database.sql
CREATE ROLE portal LOGIN PASSWORD :pw;
CREATE DATABASE portal OWNER portal ENCODING 'UTF8' TEMPLATE template0;
