#!/usr/bin/env bash
# Makes a `jekyll` command that builds as GitHub Pages builds: the versions github-pages v232 pins
# (github/pages-gem, lib/github-pages/dependencies.rb) where they differ from what Debian packages:
#   jekyll 3.10.0, liquid 4.0.4, jekyll-relative-links 0.6.1 (and safe_yaml 1.0.5, which Jekyll 3 needs).
# The other plugins Pages pins are the versions Debian packages (kramdown 2.4.0, kramdown-parser-gfm 1.1.0,
# rouge 3.30.0, optional-front-matter 0.3.2, titles-from-headings 0.5.3, default-layout 0.1.5, readme-index
# 0.3.0, include-cache 0.2.1, redirect-from 0.16.0, sitemap 1.4.0, seo-tag 2.8.0): they are loaded from there.
# The sources are read from git checkouts of each project (tags v3.10.0, v4.0.4, v0.6.1, 1.0.5):
#   JEKYLL_GIT=… LIQUID_GIT=… RELATIVE_LINKS_GIT=… SAFE_YAML_GIT=… scripts/pages-engine/setup.sh DIR
# and DIR/bin/jekyll is the command (Jekyll 3 has no --disable-disk-cache: the option is dropped).
# Debian packages: ruby, git, jekyll (for the gems it pulls in), ruby-jekyll-* as listed above.
set -euo pipefail
dir=${1:?usage: setup.sh DIR}
: "${JEKYLL_GIT:?a git checkout of jekyll/jekyll}" "${LIQUID_GIT:?a git checkout of Shopify/liquid}"
: "${RELATIVE_LINKS_GIT:?a git checkout of benbalter/jekyll-relative-links}" "${SAFE_YAML_GIT:?a git checkout of dtao/safe_yaml}"
mkdir -p "$dir/bin"
dir=$(cd "$dir" && pwd)
# export_lib CHECKOUT FOLDER TAG PATH...: the paths of the tag, into DIR/FOLDER
export_lib() {
  local git_dir
  git_dir=$(git -C "$1" rev-parse --absolute-git-dir)
  rm -rf "${dir:?}/$2" && mkdir -p "$dir/$2"
  git --git-dir="$git_dir" archive "$3" "${@:4}" | tar -x -C "$dir/$2"
}
export_lib "$JEKYLL_GIT" jekyll v3.10.0 lib exe
export_lib "$LIQUID_GIT" liquid v4.0.4 lib
export_lib "$RELATIVE_LINKS_GIT" relative-links v0.6.1 lib
export_lib "$SAFE_YAML_GIT" safe_yaml 1.0.5 lib
cat > "$dir/bin/jekyll" <<SH
#!/bin/sh
# Jekyll 3.10.0 with Liquid 4.0.4 and jekyll-relative-links 0.6.1 ahead of the installed gems
d="$dir"
args=""
for a in "\$@"; do [ "\$a" = "--disable-disk-cache" ] || args="\$args '\$a'"; done
eval exec ruby -I "\$d/relative-links/lib" -I "\$d/safe_yaml/lib" -I "\$d/liquid/lib" -I "\$d/jekyll/lib" "\$d/jekyll/exe/jekyll" "\$args"
SH
chmod +x "$dir/bin/jekyll"
"$dir/bin/jekyll" --version
