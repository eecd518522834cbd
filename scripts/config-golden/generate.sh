#!/usr/bin/env bash
# Builds each case of src/test/resources/config-golden with the real Jekyll (Debian package jekyll 4.3.1) and
# records which files of the site source the built site holds, in config-golden/golden.json:
#   cases/<name>/_config.yml   a site configuration as teams write it
#   fixed/<name>/_config.yml   the same after faq:fix (written by BuildFilesGoldenTest with
#                              -Dfaq.regenerateConfigGolden=true), built too: it must publish no build file
#   build-files.txt            the files created in every site before the build (the Maven build's own files,
#                              Jekyll's default excludes, one file every build publishes)
# Each site also gets index.md. A configuration Jekyll refuses is recorded as "build": "failed".
# The Java tests (BuildFilesGoldenTest) read the committed output; they do not need Ruby.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby
golden_tmp
golden="$root/src/test/resources/config-golden"

build() { # build <config file> -> JSON object on stdout
  local site="$work/site" out="$work/out"
  rm -rf "$site" "$out"
  mkdir -p "$site"
  grep -v '^#' "$golden/build-files.txt" | while read -r f; do
    [ -n "$f" ] || continue
    mkdir -p "$site/$(dirname "$f")"
    printf 'x\n' > "$site/$f"
  done
  printf -- '---\ntitle: Home\n---\nHello\n' > "$site/index.md"
  cp "$1" "$site/_config.yml"
  if jekyll build --quiet -s "$site" -d "$out" >"$work/log" 2>&1; then
    (cd "$out" && find . -type f ! -name index.html | sed 's|^\./||' | LC_ALL=C sort) |
      ruby -rjson -e 'puts JSON.generate({"build" => "ok", "published" => STDIN.read.split("\n")})'
  else
    ruby -rjson -e 'puts JSON.generate({"build" => "failed", "error" => ARGV[0]})' \
      "$(grep -o "should be set as an array[^.]*" "$work/log" | head -1)"
  fi
}

{
  echo '{"jekyll": "'"$(jekyll --version | cut -d' ' -f2)"'",'
  for kind in cases fixed; do
    echo "\"$kind\": {"
    first=1
    if [ -d "$golden/$kind" ]; then
      for dir in "$golden/$kind"/*/; do
        name=$(basename "$dir")
        [ $first = 1 ] || echo ','
        first=0
        printf '"%s": %s' "$name" "$(build "$dir/_config.yml")"
      done
    fi
    echo '}'
    [ $kind = fixed ] || echo ','
  done
  echo '}'
} | ruby -rjson -e 'puts JSON.pretty_generate(JSON.parse(STDIN.read))' > "$golden/golden.json"
echo "wrote $golden/golden.json"
