#!/usr/bin/env bash
# Writes the realm to import, deploy/keycloak/zwgk-realm.json, with the portal's public URL in place
# of ${ZWGK_PORTAL_URL}: the zwgk-portal client's redirect URIs, web origin and post-logout redirect.
#
#   deploy/keycloak/render-realm.sh https://portal.example.gov.cn > /opt/keycloak/data/import/zwgk-realm.json
#
# The URL is the one browsers use for the portal: scheme, host and (if not the default) port, no path.
# It must match what the portal sees: behind deploy/nginx the portal builds its redirect URI from the
# Host and X-Forwarded-Proto that nginx passes, so this is https:// and nginx's server_name.
# Without an argument, $ZWGK_PORTAL_URL is used. The client secret stays the placeholder
# ${ZWGK_PORTAL_CLIENT_SECRET}, which Keycloak fills from its environment at import
# (kc.sh start --import-realm): no secret is written to the file.
set -euo pipefail
REALM="$(cd "$(dirname "$0")" && pwd)/zwgk-realm.json"

url=${1:-${ZWGK_PORTAL_URL:-}}
url=${url%/}
if [ -z "$url" ]; then
  echo "usage: $0 https://portal.example.gov.cn   (the portal's public URL; or set ZWGK_PORTAL_URL)" >&2
  exit 2
fi
host='([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\]'
if ! [[ "$url" =~ ^https?://($host)(:[0-9]{1,5})?$ ]]; then
  echo "$0: '$url' is not scheme://host[:port] (no path, no user, nothing after the port)" >&2
  exit 2
fi
case "$url" in
  https://* | http://localhost | http://localhost:* | http://127.0.0.1 | http://127.0.0.1:* | http://\[::1\] | http://\[::1\]:*) ;;
  *) echo "$0: warning: $url is plain HTTP; the portal's cookies are Secure, serve it over TLS" >&2 ;;
esac

out=$(sed "s#\${ZWGK_PORTAL_URL}#$url#g" "$REALM")
if grep -q 'ZWGK_PORTAL_URL' <<<"$out"; then
  echo "$0: \${ZWGK_PORTAL_URL} is left in the realm; update this script" >&2
  exit 1
fi
printf '%s\n' "$out"
