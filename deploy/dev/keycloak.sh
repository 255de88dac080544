#!/usr/bin/env bash
# Starts a real Keycloak for the tests: keycloak-quarkus-dist from Maven Central (no Docker), on
# http://localhost:8180, with the realm of deploy/keycloak/zwgk-realm.json imported
# (deploy/keycloak/render-realm.sh). The portal's URL in the realm's client is $ZWGK_PORTAL_URL,
# by default http://localhost:8081: Quarkus' test port. The Keycloak tests add the URL of the portal
# they start (KeycloakServer.allowPortal), so another test port works too; for the portal started
# by hand on 8080 in the keycloak profile, start this with ZWGK_PORTAL_URL=http://localhost:8080. The admin
# password and the portal's client secret are random per start and written to
# target/keycloak/keycloak.properties, which the Keycloak tests read. Keycloak 26 needs Java 21+:
# the Temurin JDK under /usr/lib/jvm is used. Idempotent: a Keycloak already started by this script
# is reused.
set -euo pipefail
VERSION=26.5.5
PORT=${KEYCLOAK_PORT:-8180}
PORTAL_URL=${ZWGK_PORTAL_URL:-http://localhost:8081}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
STATE="$ROOT/target/keycloak"
CACHE=${ZWGK_CACHE:-$HOME/.cache/zwgk}
HOME_DIR="$CACHE/keycloak-$VERSION"
mkdir -p "$STATE" "$CACHE"

url="http://localhost:$PORT/realms/zwgk/.well-known/openid-configuration"
if [ -f "$STATE/keycloak.pid" ] && kill -0 "$(cat "$STATE/keycloak.pid")" 2>/dev/null \
    && [ -f "$STATE/keycloak.properties" ] && curl -fsS -o /dev/null "$url" 2>/dev/null; then
  echo "keycloak already running on :$PORT"
  exit 0
fi
if [ -f "$STATE/keycloak.pid" ]; then
  kill "$(cat "$STATE/keycloak.pid")" 2>/dev/null || true
  sleep 2
fi

if curl -fsS -o /dev/null "http://localhost:$PORT/" 2>/dev/null; then
  echo "port $PORT is taken by a server this script did not start (another checkout's Keycloak?); stop it first" >&2
  exit 1
fi

find_jdk() {
  jdk=""
  for j in /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/temurin-[3-9][0-9]* /usr/lib/jvm/java-2[1-9]-openjdk* /usr/lib/jvm/java-[3-9][0-9]-openjdk*; do
    if [ -x "$j/bin/java" ]; then jdk="$j"; fi
  done
}
find_jdk
if [ -z "$jdk" ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  # Debian 13 packages one; Debian 12 does not (its newest is 17)
  for p in openjdk-21-jdk-headless openjdk-25-jdk-headless; do
    if apt-cache show "$p" >/dev/null 2>&1; then
      echo "installing $p for Keycloak"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$p" >/dev/null && break
    fi
  done
  find_jdk
fi
if [ -z "$jdk" ]; then
  echo "Keycloak $VERSION needs Java 21 or newer and none is under /usr/lib/jvm, nor in this system's packages" >&2
  echo "(Debian 12 has only 17): install one, e.g. Temurin 21 from Adoptium's apt repository" >&2
  echo "(https://adoptium.net/installation/linux/), then run this again" >&2
  exit 1
fi

if [ ! -x "$HOME_DIR/bin/kc.sh" ]; then
  echo "fetching org.keycloak:keycloak-quarkus-dist:$VERSION:zip from Maven Central"
  mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$CACHE" -Dmdep.useBaseVersion=true
  rm -rf "$HOME_DIR.tmp" && mkdir -p "$HOME_DIR.tmp"
  unzip -q "$CACHE/keycloak-quarkus-dist-$VERSION.zip" -d "$HOME_DIR.tmp"
  mv "$HOME_DIR.tmp/keycloak-$VERSION" "$HOME_DIR" && rm -rf "$HOME_DIR.tmp"
fi

# a fresh dev database each start, so the realm is imported with this start's secret
rm -rf "$HOME_DIR/data"
mkdir -p "$HOME_DIR/data/import"
bash "$ROOT/deploy/keycloak/render-realm.sh" "$PORTAL_URL" > "$HOME_DIR/data/import/zwgk-realm.json"
admin_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
client_secret=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)
cat > "$STATE/keycloak.properties" <<PROPS
url=http://localhost:$PORT
admin.username=admin
admin.password=$admin_password
client.secret=$client_secret
PROPS

JAVA_HOME="$jdk" \
JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
ZWGK_PORTAL_CLIENT_SECRET="$client_secret" \
  nohup "$HOME_DIR/bin/kc.sh" start-dev --http-port="$PORT" --http-host=127.0.0.1 --hostname-strict=false \
  --import-realm > "$STATE/keycloak.log" 2>&1 &
echo $! > "$STATE/keycloak.pid"

for _ in $(seq 1 240); do
  if curl -fsS -o /dev/null "$url" 2>/dev/null; then
    echo "keycloak $VERSION ready on :$PORT (Java $("$jdk/bin/java" -version 2>&1 | head -1))"
    exit 0
  fi
  if ! kill -0 "$(cat "$STATE/keycloak.pid")" 2>/dev/null; then
    echo "keycloak exited; see $STATE/keycloak.log" >&2
    tail -30 "$STATE/keycloak.log" >&2
    exit 1
  fi
  sleep 1
done
echo "keycloak did not answer within 240 s; see $STATE/keycloak.log" >&2
exit 1
