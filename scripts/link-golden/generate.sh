#!/usr/bin/env bash
# What {% link %} gives under Jekyll 4 and Jekyll 3 (baseurl in front or not; paths with spaces), recorded with the
# real tools: the fixture under src/test/resources/link-golden/site is built with Debian's Jekyll 4.3.1 (packages
# jekyll, ruby-kramdown-parser-gfm) as it is -> golden-jekyll4.json, and again with the link tag of Jekyll 3.10.0
# (the version the github-pages gem pins) evaluated over Jekyll 4's -> golden-jekyll3.json. The Jekyll 3 source
# is read from a Jekyll git checkout:
#   JEKYLL_SOURCE=/path/to/jekyll/.git scripts/link-golden/generate.sh
# LinkTagGoldenTest reads the committed output; it does not need Ruby.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby git
golden_tmp
: "${JEKYLL_SOURCE:?set JEKYLL_SOURCE to a git checkout of jekyll/jekyll (its tag v3.10.0 is read)}"
fixture="$root/src/test/resources/link-golden"
git -C "$JEKYLL_SOURCE" show v3.10.0:lib/jekyll/tags/link.rb > "$work/link-3.10.0.rb"
for major in 4 3; do
  copy="$work/site-$major"
  out="$work/out-$major"
  cp -r "$fixture/site" "$copy"
  mkdir -p "$copy/_plugins"
  cp "$root/scripts/platform-golden/record.rb" "$copy/_plugins/faq_golden_record.rb"
  if [ "$major" = 3 ]; then
    cp "$here/jekyll3_link.rb" "$copy/_plugins/jekyll3_link.rb"
  fi
  FAQ_JEKYLL3_LINK_RB="$work/link-3.10.0.rb" FAQ_GOLDEN_RECORD="$work/$major.pages.json" \
    jekyll build --quiet -s "$copy" -d "$out" >/dev/null
  ruby "$root/scripts/platform-golden/extract.rb" "$work/$major.pages.json" "$out" /kb jekyll > "$fixture/golden-jekyll$major.json"
  echo "link-golden/golden-jekyll$major.json"
done
