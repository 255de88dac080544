#!/usr/bin/env bash
# Checks deploy/postgresql/create-database.sql against the local PostgreSQL as an operator runs it:
# without a password it fails; run twice with a different password the second time, it succeeds
# both times and the second password is the one that logs in. Uses a throwaway role and database
# (never the tests' portal / portal_test) and drops them afterwards. Run by deploy/dev/test-services.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SQL="$ROOT/deploy/postgresql/create-database.sql"
name="zwgk_check_$$"
pw1="first-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
pw2="second-'quoted'-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"

as_postgres() { runuser -u postgres -- "$@"; }
cleanup() {
  as_postgres psql -q -c "DROP DATABASE IF EXISTS $name" -c "DROP ROLE IF EXISTS $name" >/dev/null 2>&1 || true
}
trap cleanup EXIT
fail() { echo "create-database.sql: $*" >&2; exit 1; }
can_log_in() { PGPASSWORD="$1" psql -h localhost -U "$name" -d "$name" -tAc 'select current_user' 2>/dev/null | grep -qx "$name"; }

# psql reads the file as the postgres user: give it a copy that user can read
sql=$(mktemp)
trap 'rm -f "$sql"; cleanup' EXIT
cp "$SQL" "$sql" && chmod 644 "$sql"

if as_postgres psql -q -X -v role="$name" -v db="$name" -f "$sql" >/dev/null 2>&1; then
  fail "ran without a password"
fi
as_postgres psql -q -X -v role="$name" -v db="$name" -v pw="$pw1" -f "$sql" >/dev/null || fail "first run failed"
can_log_in "$pw1" || fail "the first password does not log in"
as_postgres psql -q -X -v role="$name" -v db="$name" -v pw="$pw2" -f "$sql" >/dev/null || fail "second run failed"
can_log_in "$pw2" || fail "the second run left the password unchanged"
if can_log_in "$pw1"; then fail "the first password still logs in"; fi
owner=$(as_postgres psql -tAc "select pg_get_userbyid(datdba) from pg_database where datname = '$name'")
[ "$owner" = "$name" ] || fail "database owned by '$owner', not $name"
echo "$SQL: idempotent (created, then password changed; database owned by the role)"
