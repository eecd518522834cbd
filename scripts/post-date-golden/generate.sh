#!/usr/bin/env bash
# Reads the fixture site src/test/resources/post-date-golden/site with the real Jekyll (Debian package jekyll 4.3.1)
# under every site time zone and permalink below, and writes to post-date-golden/golden.txt, per document:
#   timezone <TAB> permalink <TAB> relative path <TAB> URL <TAB> date (ISO 8601, as page.date holds it)
# Jekyll takes a document's date from its front matter 'date' when there is one, else from its file name, parses
# it with Time.parse(...).localtime in the zone 'timezone' sets (the process's own without one: this script runs
# with TZ=UTC, as GitHub Pages builds), and fills :year, :month, :hour ... of the URL from it.
# Then builds every file of post-date-golden/invalid (posts, documents of collections with and without output,
# pages) alone and writes to invalid.txt whether the build stops and Jekyll's message. PostDateGoldenTest compares both with the plugin; it does not need Ruby.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby
golden_tmp
export TZ=UTC
dir="$root/src/test/resources/post-date-golden"
custom='/:year/:short_year/:month/:i_month/:day/:i_day/:y_day/:hour/:minute/:second/:title/'
: > "$work/golden.txt"
for tz in none Asia/Tokyo America/New_York; do
  for permalink in date pretty "$custom"; do
    rm -rf "$work/site" && cp -r "$dir/site" "$work/site"
    { [ "$tz" = none ] || echo "timezone: $tz"; echo "permalink: $permalink"; } >> "$work/site/_config.yml"
    # a new process per run: Jekyll sets ENV["TZ"] from the configuration once
    ruby -rjekyll -e '
      site = Jekyll::Site.new(Jekyll.configuration("source" => ARGV[0], "destination" => "/nonexistent", "quiet" => true))
      site.reset
      site.read
      docs = site.collections.values.flat_map(&:docs).sort_by(&:relative_path)
      docs.each { |d| puts [ARGV[1], ARGV[2], d.relative_path, d.url, d.date.iso8601].join("\t") }' \
      "$work/site" "$tz" "$permalink" >> "$work/golden.txt"
  done
done
cp "$work/golden.txt" "$dir/golden.txt"
echo "post-date-golden/golden.txt"
: > "$work/invalid.txt"
# each file alone: posts, documents of a collection with output (docs) and without (notes), and pages
(cd "$dir/invalid" && find _posts _docs _notes pages -name '*.md' | LC_ALL=C sort) > "$work/invalid-files"
while read -r rel; do
  rm -rf "$work/bad" && mkdir -p "$work/bad/$(dirname "$rel")" && cp "$dir/invalid/_config.yml" "$work/bad/"
  cp "$dir/invalid/$rel" "$work/bad/$rel"
  if out=$(jekyll build -s "$work/bad" -d "$work/bad-out" 2>&1); then status=built; else status=stopped; fi
  # without the machine's paths and colours
  message=$(printf '%s\n' "$out" | grep -m1 -o "Invalid date.*\|Error:.*" | sed -e "s#$work/bad/##g" -e 's/\x1b\[[0-9;]*m//g' || true)
  printf '%s\t%s\t%s\n' "$rel" "$status" "$message" >> "$work/invalid.txt"
done < "$work/invalid-files"
cp "$work/invalid.txt" "$dir/invalid.txt"
echo "post-date-golden/invalid.txt"
