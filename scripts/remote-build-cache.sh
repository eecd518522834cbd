#!/usr/bin/env bash
# Shares faq:validate results between two CI machines through the Maven Build Cache Extension's remote
# cache: a WebDAV server (nginx with its dav module) on loopback, started and stopped here.
#   agent A: a clean copy of src/it/build-cache, an empty local repository and build cache; validates and
#            uploads the build to the remote cache;
#   agent B: another clean copy in another folder, its own empty local repository and build cache; restores
#            target/faq/ from the remote cache and does not run faq:validate.
# Run after `./mvnw install` (the agents resolve the installed plugin through a read-only tail repository).
# Skipped with a message when nginx cannot be had (apt-get install nginx libnginx-mod-http-dav-ext).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
WORK="$ROOT/target/remote-build-cache"
PORT="${FAQ_CACHE_PORT:-18765}"
# read-only repositories the agents resolve the plugin and its dependencies from (comma-separated)
M2="${FAQ_TAIL_REPOSITORIES:-${HOME}/.m2/repository}"

if ! command -v nginx >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-dav-ext) \
      >/dev/null 2>&1 || true
  fi
fi
if ! command -v nginx >/dev/null; then
  echo "remote-build-cache: SKIPPED: nginx is not installed (apt-get install nginx libnginx-mod-http-dav-ext)"
  exit 0
fi

rm -rf "$WORK" && mkdir -p "$WORK/dav" "$WORK/nginx/logs"
user_line=""
[ "$(id -u)" = 0 ] && user_line="user root;"
cat > "$WORK/nginx/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
events { worker_connections 64; }
http {
  access_log $WORK/nginx/logs/access.log;
  client_body_temp_path $WORK/nginx/body;
  server {
    listen 127.0.0.1:$PORT;
    root $WORK/dav;
    client_max_body_size 0;
    location / {
      dav_methods PUT DELETE MKCOL COPY MOVE;
      create_full_put_path on;
      dav_access user:rw group:r all:r;
      autoindex on;
    }
  }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
stop_server() { [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true; }
trap stop_server EXIT
for _ in 1 2 3 4 5 6 7 8 9 10; do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" && break
  sleep 0.5
done
echo "remote-build-cache: WebDAV server on http://127.0.0.1:$PORT/ (pid $(cat "$WORK/nginx/nginx.pid"))"

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
agent() { # name
  local dir="$WORK/$1"
  mkdir -p "$dir"
  cp -r src/it/build-cache "$dir/project"
  sed -i -e "s/@project.groupId@/io.github.faqkit/" -e "s/@project.artifactId@/faq-maven-plugin/" \
      -e "s/@project.version@/$version/" "$dir/project/pom.xml"
  rm -f "$dir/project/invoker.properties" "$dir/project/verify.groovy"
  # the remote cache: where the CI machines share builds (saving to it is switched on per build below)
  sed -i "s|<hashAlgorithm>SHA-256</hashAlgorithm>|&<remote enabled=\"true\" id=\"faq-cache\"><url>http://127.0.0.1:$PORT/cache</url></remote>|" \
      "$dir/project/.mvn/maven-build-cache-config.xml"
  (cd "$dir/project" && ../../../../mvnw -B verify \
      -Dmaven.repo.local="$dir/repository" -Dmaven.repo.local.tail="$M2" \
      -Dmaven.build.cache.location="$dir/build-cache" \
      -Dmaven.build.cache.remote.save.enabled=true) \
      > "$dir/build.log" 2>&1 || { cat "$dir/build.log"; echo "remote-build-cache: agent $1 failed"; exit 1; }
}

agent agent-a
grep -q -- '--- faq:.*:validate' "$WORK/agent-a/build.log" || { echo "agent A did not validate"; exit 1; }
uploaded=$(find "$WORK/dav/cache" -type f | wc -l)
[ "$uploaded" -gt 0 ] || { cat "$WORK/agent-a/build.log"; echo "agent A uploaded nothing"; exit 1; }
echo "remote-build-cache: agent A validated and uploaded $uploaded file(s)"

agent agent-b
log="$WORK/agent-b/build.log"
grep -q 'Build info downloaded from remote repo' "$log" || { cat "$log"; echo "agent B did not use the remote cache"; exit 1; }
grep -q 'Found cached build, restoring' "$log" || { cat "$log"; echo "agent B found no cached build"; exit 1; }
grep -q 'Skipping plugin execution (cached): faq:validate' "$log" || { cat "$log"; echo "agent B validated"; exit 1; }
if grep -q -- '--- faq:.*:validate' "$log"; then cat "$log"; echo "agent B ran faq:validate"; exit 1; fi
# B's report names A's folder: it was restored from A's upload, not written by B
cmp "$WORK/agent-a/project/target/faq/report.json" "$WORK/agent-b/project/target/faq/report.json"
grep -q "agent-a/project" "$WORK/agent-b/project/target/faq/report.json"
echo "remote-build-cache: agent B restored target/faq/ from the remote cache without validating: passed"
