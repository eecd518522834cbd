#!/usr/bin/env bash
# Records which image sources jekyll-spaceship's media-processor turns into an embedded player, in
# src/test/resources/spaceship-golden/golden.tsv: each line of cases.txt is written as ![](SOURCE) in a page,
# the site is built with the real Jekyll (Debian package jekyll 4.3.1, with ruby-nokogiri) and the plugin, and the
# element that stands in the built page for that image is recorded (img, iframe, audio or video), once with the
# media-processor among the processors and once without it. Both runs list every other default processor but the
# emoji-processor, which needs the gemoji gem (no Debian package) and never touches an <img>.
# jekyll-spaceship is no Debian package: pass the lib/ folder of a checkout of jeffreytse/jekyll-spaceship
# (recorded with v0.10.2, commit c24aa96):
#   scripts/spaceship-golden/generate.sh /path/to/jekyll-spaceship/lib
# The Java tests (SpaceshipMediaGoldenTest) read the committed output; they do not need Ruby.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby
golden_tmp
lib=${1:?usage: $0 JEKYLL_SPACESHIP_LIB_DIR}
golden="$root/src/test/resources/spaceship-golden"

build() { # build <extra config> -> one element name per case on stdout
  local site="$work/site" out="$work/out"
  rm -rf "$site" "$out"
  mkdir -p "$site"
  printf 'title: T\nplugins:\n  - jekyll-spaceship\n%s' "$1" > "$site/_config.yml"
  {
    printf -- '---\ntitle: Media\n---\n'
    grep -v '^#' "$golden/cases.txt" | while read -r src; do
      printf '<div class="case" markdown="1">\n![](%s)\n</div>\n\n' "$src"
    done
  } > "$site/media.md"
  RUBYLIB="$lib" jekyll build --quiet -s "$site" -d "$out" >"$work/log" 2>&1
  ruby -rnokogiri -e '
    Nokogiri::HTML(File.read(ARGV[0])).css("div.case").each do |d|
      e = d.at_css("img, iframe, audio, video")
      puts(e ? e.name : "none")
    end' "$out/media.html"
}

others="table-processor, mathjax-processor, plantuml-processor, mermaid-processor, polyfill-processor, element-processor"
build "jekyll-spaceship:
  processors: [$others, media-processor]
" > "$work/default"
build "jekyll-spaceship:
  processors: [$others]
" > "$work/nomedia"
{
  printf "# source\telement with media-processor\telement without it\n"
  grep -v '^#' "$golden/cases.txt" | paste - "$work/default" "$work/nomedia"
} > "$golden/golden.tsv"
echo "wrote $golden/golden.tsv"
