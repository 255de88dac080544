#!/usr/bin/env bash
# Installs and starts what the test suite talks to, on Debian (as root, or with sudo):
#   PostgreSQL (role "portal", database "portal_test"), Chromium with its driver, CJK fonts, Tesseract OCR with
#   simplified Chinese, nginx
#   (the tests start their own from deploy/nginx/portal.conf on a free port), and a
#   real Keycloak (deploy/dev/keycloak.sh: Maven Central's keycloak-quarkus-dist on the Temurin JDK).
# Then it checks the shipped deploy files: nginx -t on deploy/nginx/portal.conf (dev/check-nginx.sh)
# and deploy/postgresql/create-database.sql run twice (dev/check-create-database.sh).
# Idempotent: run it again and it only checks. Used by .ci/run; newcomers run it once.
set -euo pipefail

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
[ -x /usr/sbin/nginx ] || need+=(nginx)
# OCR of image attachments for the privacy check (privacy.FileText)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
[ -f /usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata ] || need+=(tesseract-ocr-chi-sim)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h localhost -p 5432 && break
  sleep 1
done
pg_isready -h localhost -p 5432

runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portal') THEN
    CREATE ROLE portal LOGIN PASSWORD 'portal';
  END IF;
END $$;
SQL
if ! runuser -u postgres -- psql -tAc "select 1 from pg_database where datname = 'portal_test'" | grep -q 1; then
  runuser -u postgres -- createdb -O portal -E UTF8 -T template0 portal_test
fi
# the kill test of the packaged application (PublicationDurabilityIT) starts from an empty database each run
runuser -u postgres -- dropdb --if-exists portal_durable
runuser -u postgres -- createdb -O portal -E UTF8 -T template0 portal_durable
bash "$(dirname "$0")/check-nginx.sh"
bash "$(dirname "$0")/check-create-database.sh"
bash "$(dirname "$0")/keycloak.sh"
echo "test services ready: PostgreSQL $version on localhost:5432 (portal_test), $(/usr/bin/chromium --version 2>/dev/null), $(/usr/sbin/nginx -v 2>&1 | sed 's/^nginx version: //'), Keycloak on localhost:${KEYCLOAK_PORT:-8180}, portal_durable (empty) for the kill test"
