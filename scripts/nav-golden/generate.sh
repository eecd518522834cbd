#!/usr/bin/env bash
# Builds every fixture site under src/test/resources/nav-golden/<name>/site with the real Jekyll (Debian
# package jekyll 4.3.1, with jekyll-seo-tag and jekyll-include-cache) and the real just-the-docs theme of each
# version in VERSIONS, and writes the navigation the built site shows to <name>/nav-<version>.json:
#   sidebar: the main navigation of the first page that has one, section by section (a section is the
#            site's pages or one collection of just_the_docs.collections; its name is the nav-category text),
#            each entry with its title, URL and the entries listed under it;
#   tocs:    for each page that shows the list of its children below its content ("Table of contents"
#            under an <hr>), the titles and URLs of that list.
# The theme comes from a clone of https://github.com/just-the-docs/just-the-docs with its tags:
#   JTD_REPO=/path/to/just-the-docs scripts/nav-golden/generate.sh
# (ONLY=<fixture> builds one fixture.)
# The Java tests (NavGoldenTest) read the committed output; they do not need Ruby.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby git
fixtures="$root/src/test/resources/nav-golden"
repo="${JTD_REPO:?set JTD_REPO to a clone of just-the-docs with its tags}"
VERSIONS="${VERSIONS:-v0.3.3 v0.4.2 v0.5.4 v0.6.2 v0.7.0 v0.8.2 v0.9.0 v0.10.1}"
golden_tmp
for dir in "$fixtures"/*/; do
  name=$(basename "$dir")
  # ONLY=name limits a run to one fixture; a fixture's own `versions` file lists the versions it builds with
  # (one that includes a theme file that older versions lack)
  [ -n "${ONLY:-}" ] && [ "$ONLY" != "$name" ] && continue
  tags="$VERSIONS"
  [ -f "$dir/versions" ] && tags=$(cat "$dir/versions")
  for tag in $tags; do
    copy="$work/$name-$tag"
    out="$work/$name-$tag-out"
    mkdir -p "$copy/_plugins"
    # the theme first, the site's own files over it (as a gem theme is overridden by the site)
    git -C "$repo" archive "$tag" _layouts _includes _sass assets | tar -x -C "$copy"
    # the theme's stylesheets need its Sass pipeline, which nothing here reads
    rm -rf "$copy/assets/css" "$copy/assets/js/zzzz-search-data.json"
    find "$copy/assets" -name '*.scss' -delete
    cp -r "$dir/site/." "$copy/"
    cp "$here/record.rb" "$copy/_plugins/faq_nav_record.rb"
    ruby -ryaml -e '
      c = YAML.safe_load(File.read(ARGV[0])) || {}
      c["plugins"] = ((c["plugins"] || []) + %w[jekyll-seo-tag jekyll-include-cache]).uniq
      File.write(ARGV[0], YAML.dump(c))' "$copy/_config.yml"
    FAQ_NAV_RECORD="$work/$name-$tag.pages.json" jekyll build --quiet -s "$copy" -d "$out" >/dev/null
    version=${tag#v}
    ruby "$here/extract.rb" "$work/$name-$tag.pages.json" "$out" "$version" > "$dir/nav-$version.json"
    echo "$name/nav-$version.json"
  done
done
