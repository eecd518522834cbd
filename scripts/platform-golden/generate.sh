#!/usr/bin/env bash
# Builds every fixture site under src/test/resources/platform-golden/<name>/site twice with the real Jekyll
# (Debian packages: jekyll, ruby-kramdown-parser-gfm, ruby-jekyll-optional-front-matter, -relative-links,
# -titles-from-headings, -default-layout, -readme-index) and writes what the built site holds to
# <name>/golden-github-pages.json and <name>/golden-jekyll.json:
#   github-pages: the site's plugins plus GitHub Pages' fixed set, built by GitHub Pages' own versions (Jekyll
#                 3.10.0, Liquid 4.0.4, jekyll-relative-links 0.6.1: the command scripts/pages-engine/setup.sh
#                 makes, given as PAGES_JEKYLL); jekyll-github-metadata cannot run offline,
#                 so its effect is modelled (configure.rb): a project site without baseurl gets /<repository>.
#   jekyll:       the site's _config.yml as it is.
# The Java tests (PlatformGoldenTest) read the committed output; they do not need Ruby.
#   PAGES_JEKYLL=DIR/bin/jekyll scripts/platform-golden/generate.sh [FIXTURE...]   (all fixtures when none is named)
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby
: "${PAGES_JEKYLL:?set PAGES_JEKYLL to the jekyll command scripts/pages-engine/setup.sh makes (GitHub Pages versions)}"
golden_tmp
fixtures="$root/src/test/resources/platform-golden"
# with fixture names as arguments, only those are built again
for dir in "$fixtures"/*/; do
  if [ $# -gt 0 ] && [[ " $* " != *" $(basename "$dir") "* ]]; then continue; fi
  name=$(basename "$dir")
  for mode in github-pages jekyll; do
    copy="$work/$name-$mode"
    out="$work/$name-$mode-out"
    cp -r "$dir/site" "$copy"
    mkdir -p "$copy/_plugins"
    cp "$here/record.rb" "$copy/_plugins/faq_golden_record.rb"
    baseurl=$(ruby "$here/configure.rb" "$copy/_config.yml" "$mode")
    if [ "$mode" = github-pages ]; then build=$PAGES_JEKYLL; else build=jekyll; fi
    FAQ_GOLDEN_RECORD="$work/$name-$mode.pages.json" "$build" build --quiet -s "$copy" -d "$out" >/dev/null
    site_url=$(ruby -ryaml -e 'print((YAML.safe_load(File.read(ARGV[0])) || {})["url"].to_s)' "$copy/_config.yml")
    ruby "$here/extract.rb" "$work/$name-$mode.pages.json" "$out" "$baseurl" "$mode" "$site_url" > "$dir/golden-$mode.json"
    echo "$name/golden-$mode.json"
  done
done
