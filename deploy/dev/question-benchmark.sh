#!/usr/bin/env bash
# Whole citizens' questions through HTTP at the laws corpus (issue 15), and what the laws import costs.
#
#   mvn -B package -DskipTests && bash deploy/dev/question-benchmark.sh [path/to/shared]
#
# 1. imports content/ and the 3,423 laws into a fresh embedded portal (H2 + Lucene) with at most 2 GB of
#    heap, and reports the import's time, its peak heap (largest heap in use before a collection, from
#    the GC log) and its peak resident set;
# 2. starts the portal with the result cache off (every search computed) and runs wrk, 8 connections
#    for 60 s, over the 737 development questions, then over their keyword forms, and reports p50/p99.
# Needs java 17, python3 and wrk (apt-get install wrk). Figures go to docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=$(realpath "${1:-../shared}")
jar=target/quarkus-app/quarkus-run.jar
work=target/question-bench
port=${PORT:-18090}
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
# SKIP_IMPORT=1 keeps the portal imported by the last run and only measures the searches again
[ "${SKIP_IMPORT:-}" = 1 ] || { rm -rf "$work" && mkdir -p "$work"; }
props=(-Xmx2g -Dportal.data-dir="$work/data" -Dquarkus.http.port="$port" -Dportal.search.result-cache-size=0)

peak_heap() { # largest "before" figure of the GC log's pauses, in MB
  grep -o '[0-9]*M->[0-9]*M' "$1" | sed 's/M->.*//' | sort -n | tail -1
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${SKIP_IMPORT:-}" != 1 ]; then
SECONDS=0
/usr/bin/time -f '%M' -o "$work/import.rss" java "${props[@]}" -Xlog:gc:file="$work/gc-import.log" \
  -jar "$jar" import "$shared/corpus/laws.jsonl.gz" > "$work/import.log" 2>&1
seconds=$SECONDS
echo "| laws import (3,423 laws, their articles indexed), one command | ${seconds} s | peak heap $(peak_heap "$work/gc-import.log") MB (limit 2,048) | peak RSS $(( $(cat "$work/import.rss") / 1024 )) MB | index $(du -sm "$work/data/index" | cut -f1) MB |"
fi

java "${props[@]}" -jar "$jar" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$port/q/health/ready" > /dev/null && break
  sleep 1
done

lua() { # $1: question or keywords
  python3 - "$shared/eval/legal-questions-dev.jsonl" "$1" <<'PY'
import json, sys, urllib.parse
field = sys.argv[2]
paths = []
for line in open(sys.argv[1], encoding='utf-8'):
    q = json.loads(line).get(field)
    if q:
        paths.append('/api/v1/search?q=' + urllib.parse.quote(q.replace('；', ' ')))
print('local paths = {')
for p in paths:
    print('  "%s",' % p)
print('}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend')
PY
}

for kind in question keywords; do
  lua "$kind" > "$work/$kind.lua"
  wrk -t2 -c8 -d10s -s "$work/$kind.lua" "http://localhost:$port" > /dev/null   # warm-up
  out=$(wrk -t2 -c8 -d60s --latency -s "$work/$kind.lua" "http://localhost:$port")
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  echo "| development half, ${kind} forms, 8 connections, 60 s, cache off | p50 $p50 | p99 $p99 | $rps searches/s | ${errors:-0} errors |"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
