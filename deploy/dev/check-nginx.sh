#!/usr/bin/env bash
# Checks that deploy/nginx/portal.conf works as shipped with the installed nginx (`nginx -t`), included
# the way an operator includes it: from the distribution's own /etc/nginx/nginx.conf in place of
# sites-enabled (a minimal http {} block where there is none), with throwaway self-signed
# certificates in a temporary directory in place of the site's. Nothing under /etc is changed and no
# port is opened. Run by deploy/dev/test-services.sh, so CI checks the file on Debian's nginx.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CONF="$ROOT/deploy/nginx/portal.conf"

nginx=$(command -v nginx || true)
[ -n "$nginx" ] || { [ -x /usr/sbin/nginx ] && nginx=/usr/sbin/nginx; }
if [ -z "$nginx" ]; then
  echo "nginx is not installed (apt-get install nginx; deploy/dev/test-services.sh does)" >&2
  exit 1
fi
command -v openssl >/dev/null || { echo "openssl is not installed (apt-get install openssl)" >&2; exit 1; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=portal.example.gov.cn" \
  -keyout "$dir/privkey.pem" -out "$dir/fullchain.pem" 2>/dev/null

sed -e "s#/etc/ssl/portal/fullchain.pem#$dir/fullchain.pem#" -e "s#/etc/ssl/portal/privkey.pem#$dir/privkey.pem#" \
  "$CONF" > "$dir/portal.conf"
for f in fullchain.pem privkey.pem; do
  grep -q "$dir/$f" "$dir/portal.conf" || { echo "$CONF no longer names /etc/ssl/portal/$f; update $0" >&2; exit 1; }
done

main=/etc/nginx/nginx.conf
if [ -f "$main" ] && grep -q '^\s*include /etc/nginx/sites-enabled/\*;' "$main"; then
  # the distribution's configuration, logging and pid file under the temporary directory
  sed -e "s#^\(\s*\)include /etc/nginx/sites-enabled/\*;#\1include $dir/portal.conf;#" \
      -e "s#^\(\s*\)pid .*;#\1pid $dir/nginx.pid;#" \
      -e "s#^\(\s*\)error_log .*;#\1error_log $dir/error.log;#" \
      -e "s#^\(\s*\)access_log .*;#\1access_log $dir/access.log;#" \
      "$main" > "$dir/nginx.conf"
else
  cat > "$dir/nginx.conf" <<NGINX
pid $dir/nginx.pid;
error_log $dir/error.log;
events {}
http {
    access_log $dir/access.log;
    include $dir/portal.conf;
}
NGINX
fi

if ! out=$("$nginx" -t -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" 2>&1); then
  echo "$out" | sed "s#$dir/portal.conf#$CONF#g" >&2
  echo "nginx -t rejects $CONF ($("$nginx" -v 2>&1))" >&2
  exit 1
fi
echo "$CONF: nginx -t passes on $("$nginx" -v 2>&1 | sed 's/^nginx version: //')"
