#!/usr/bin/env bash
# Builds every fixture site under src/test/resources/content-golden/<name>/site with the real Jekyll (Debian
# package jekyll 4.3.1, with jekyll-seo-tag) over the real just-the-docs theme of each version in VERSIONS, and
# writes to <name>/shown-<version>.json, for each page, whether its body reaches the page's built file (each
# fixture page's body is the paragraph 'body-marker of <page>'): false where a layout of the chain never reads
# `content`.
# The theme comes from a clone of https://github.com/just-the-docs/just-the-docs with its tags:
#   JTD_REPO=/path/to/just-the-docs scripts/content-golden/generate.sh
# The Java tests (ContentLayoutsTest) read the committed output; they do not need Ruby.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby git
fixtures="$root/src/test/resources/content-golden"
repo="${JTD_REPO:?set JTD_REPO to a clone of just-the-docs with its tags}"
VERSIONS="${VERSIONS:-v0.3.3 v0.10.1}"
golden_tmp
for dir in "$fixtures"/*/; do
  name=$(basename "$dir")
  for tag in $VERSIONS; do
    copy="$work/$name-$tag"
    out="$work/$name-$tag-out"
    mkdir -p "$copy/_plugins"
    # the theme first, the site's own files over it (as a gem theme is overridden by the site)
    git -C "$repo" archive "$tag" _layouts _includes | tar -x -C "$copy"
    cp -r "$dir/site/." "$copy/"
    cp "$here/record.rb" "$copy/_plugins/faq_content_record.rb"
    ruby -ryaml -e '
      c = YAML.safe_load(File.read(ARGV[0])) || {}
      c["plugins"] = ((c["plugins"] || []) + %w[jekyll-seo-tag]).uniq
      File.write(ARGV[0], YAML.dump(c))' "$copy/_config.yml"
    # the theme's include_cached (jekyll-include-cache) renders as include does
    printf '%s\n' 'Liquid::Template.register_tag("include_cached", Jekyll::Tags::IncludeTag)' \
      > "$copy/_plugins/include_cached.rb"
    FAQ_CONTENT_RECORD="$dir/shown-${tag#v}.json" jekyll build --quiet -s "$copy" -d "$out" >/dev/null
    echo "$name/shown-${tag#v}.json"
  done
done
