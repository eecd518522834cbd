#!/usr/bin/env bash
# Regenerate the kramdown golden corpus:
#   src/test/resources/kramdown-golden/expected/NAME.{html,json}  for every cases/NAME.md
#   src/test/resources/kramdown-golden/VERSIONS
#   the case table in src/test/resources/kramdown-golden/README.md (from cases.tsv)
# then self-check every JSON against its HTML.
#
# Needs ruby with jekyll, kramdown and kramdown-parser-gfm (Debian/Ubuntu:
# apt-get install jekyll ruby-kramdown ruby-kramdown-parser-gfm).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
gold="$(cd "$here/../../src/test/resources/kramdown-golden" && pwd)"
cases="$gold/cases"
out="$gold/expected"
mkdir -p "$out"

# Work in a scratch directory so nothing (e.g. a .jekyll-cache) lands in the repo.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"

# --- tool versions --------------------------------------------------------
ruby -e '
  require "jekyll"; require "kramdown"; require "kramdown-parser-gfm"; require "rouge"
  puts "ruby #{RUBY_VERSION}p#{RUBY_PATCHLEVEL} (unicode #{RbConfig::CONFIG["UNICODE_VERSION"]})"
  puts "jekyll #{Jekyll::VERSION}"
  puts "kramdown #{Kramdown::VERSION}"
  puts "kramdown-parser-gfm #{Kramdown::Parser::GFM::VERSION}"
  puts "rouge #{Rouge.version}"
' > "$gold/VERSIONS"
cat "$gold/VERSIONS"

# --- every case must be described, every description must have a case -----
tsv="$here/cases.tsv"
diff <(cut -f1 "$tsv" | sort) <(cd "$cases" && ls *.md | sed 's/\.md$//' | sort) \
  || { echo "cases.tsv and cases/*.md disagree" >&2; exit 1; }

# --- render: one ruby process per case (Jekyll's converter caches by content
#     and Kramdown::JekyllDocument memoizes options per process) -------------
rm -f "$out"/*.html "$out"/*.json
n=0
for md in "$cases"/*.md; do
  ruby "$here/render.rb" "$md" "$out"
  n=$((n + 1))
done
echo "rendered $n cases"

# --- self-check: JSON agrees with HTML ------------------------------------
ruby "$here/selfcheck.rb" "$gold"

# --- end-to-end: a real `jekyll build` (with front matter) must produce exactly
#     the expected converter output as page content.  This proves which part of
#     the file Jekyll hands to the converter: the front matter regexp
#     (Document::YAML_FRONT_MATTER_REGEXP, `---\s*$\n?` after the closing dashes)
#     also swallows EVERY blank line directly after the closing `---`.
#       site/ai.md   = seed/ai.md (front matter + blank line) -> expected/s01_seed_ai.html
#       site/fm.md   = "---\ntitle: t\n---\n" + cases/a14 (leading blank line)
#                      -> expected/a12_ial_start_then_blank.html (NOT a14: the blank is gone)
seed="${SEED_AI_MD:-/work/shared/seed/ai.md}"
if command -v jekyll >/dev/null && [ -f "$seed" ]; then
  mkdir -p site
  cp "$seed" site/ai.md
  { printf -- '---\ntitle: t\npermalink: /fm.html\n---\n'; cat "$cases/a14_leading_blank_ial_blank.md"; } > site/fm.md
  : > site/_config.yml
  (cd site && jekyll build --quiet --safe --disable-disk-cache -s . -d _site >/dev/null 2>&1) \
    || { echo "jekyll build failed" >&2; exit 1; }
  check() { # built-file expected-file
    if cmp -s "$1" "$2"; then echo "jekyll build: $(basename "$1") == $(basename "$2")";
    else echo "jekyll build: $1 differs from $2" >&2; diff "$1" "$2" | head -20 >&2; exit 1; fi
  }
  check site/_site/docs/gpt/ai.html "$out/s01_seed_ai.html"
  check site/_site/fm.html "$out/a12_ial_start_then_blank.html"
else
  echo "jekyll or seed/ai.md not available: skipping the jekyll build check (set SEED_AI_MD)"
fi

# --- README case table ----------------------------------------------------
readme="$gold/README.md"
if [ -f "$readme" ]; then
  ruby -e '
    readme, tsv, cases = ARGV
    rows = File.readlines(tsv, chomp: true).map { |l| l.split("\t", 2) }
    table = +"| case | options | what it tests |\n|---|---|---|\n"
    rows.each do |name, desc|
      opts = File.file?(File.join(cases, "#{name}.opts")) ? File.read(File.join(cases, "#{name}.opts")).lines.map(&:strip).reject(&:empty?).join(", ") : ""
      table << "| `#{name}` | #{opts.empty? ? "" : "`#{opts}`"} | #{desc.gsub("|", "\\|")} |\n"
    end
    text = File.read(readme)
    text.sub!(/(<!-- cases:begin -->\n).*(<!-- cases:end -->)/m) { "#{$1}#{table}#{$2}" } or abort "README markers missing"
    File.write(readme, text)
  ' "$readme" "$tsv" "$cases"
  echo "README case table updated ($n cases)"
fi
