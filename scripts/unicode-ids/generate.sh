#!/usr/bin/env bash
# Writes the Unicode tables the plugin makes kramdown's header ids with, from the Ruby each platform runs, so
# that the ids do not depend on the JDK's Unicode version:
#   Ruby 3.1 (Debian's jekyll 4.3.1: ruby3.1, Unicode 13.0.0)          -> the `ruby` on PATH
#   Ruby 3.3 (GitHub Pages: actions/jekyll-build-pages, Unicode 15.0.0) -> CRuby 3.3 as WebAssembly under Node
# Each table (src/main/resources/io/github/faqkit/core/kramdown/ruby-unicode-<version>.txt) lists the code
# points Ruby's String#downcase changes and the ranges of \p{Word}: all that kramdown-parser-gfm's
# generate_gfm_header_id (downcase, drop /[^\p{Word}\- \t]/, spaces to '-') takes from Ruby.
# It also writes the golden ids of src/test/resources/unicode-ids/headings.txt for each Ruby
# (ids-<unicode version>.tsv): with real kramdown on Ruby 3.1 (Kramdown::Document, GFM input) and with the
# installed gem's generate_gfm_header_id on Ruby 3.3. RubyUnicodeTest compares the plugin with them.
#   Needs: ruby, ruby-kramdown, ruby-kramdown-parser-gfm (Debian), node and npm (for @ruby/3.3-wasm-wasi).
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init ruby node npm
tables="$root/src/main/resources/io/github/faqkit/core/kramdown"
golden="$root/src/test/resources/unicode-ids"
work="$root/target/unicode-ids"
mkdir -p "$tables" "$work"

write_table() { # file holding the table on stdin
  local tmp="$work/table.txt"
  cat > "$tmp"
  local version
  version=$(sed -n 's/^unicode //p' "$tmp")
  mv "$tmp" "$tables/ruby-unicode-$version.txt"
  echo "$tables/ruby-unicode-$version.txt"
}

# Ruby 3.1, here
ruby -e 'print eval(File.read(ARGV[0]))' "$here/table.rb" | write_table
version=$(ruby -e 'print RbConfig::CONFIG["UNICODE_VERSION"]')
ruby -rkramdown -rkramdown-parser-gfm -e '
  out = +"# Ruby #{RUBY_VERSION}, Unicode #{RbConfig::CONFIG["UNICODE_VERSION"]}: id of each case as a heading, by kramdown #{Kramdown::VERSION} (GFM input)\n"
  File.foreach(ARGV[0], chomp: true) do |text|
    next if text.empty? || text.start_with?("#")
    html = Kramdown::Document.new("# #{text}\n", input: "GFM").to_html
    out << html[/ id="([^"]*)"/, 1].to_s << "\t" << text << "\n"
  end
  print out' "$golden/headings.txt" > "$golden/ids-$version.tsv"
echo "$golden/ids-$version.tsv"

# Ruby 3.3, as WebAssembly
if [ ! -d "$work/node_modules/@ruby/3.3-wasm-wasi" ]; then
  npm install --prefix "$work" --no-audit --no-fund --no-save @ruby/3.3-wasm-wasi@2.10.1 >/dev/null
fi
node --no-warnings "$here/ruby-wasm.mjs" "$work/node_modules" "$here/table.rb" 2>/dev/null | write_table
gfm=$(ruby -e 'print Gem::Specification.find_by_name("kramdown-parser-gfm").gem_dir')/lib/kramdown/parser/gfm.rb
ruby -e '
  print "GFM_SOURCE = " + File.read(ARGV[0]).dump + "\n"
  print "CASES = " + File.read(ARGV[1]).dump + "\n"
  print File.read(ARGV[2])' "$gfm" "$golden/headings.txt" "$here/ids.rb" > "$work/ids33.rb"
node --no-warnings "$here/ruby-wasm.mjs" "$work/node_modules" "$work/ids33.rb" 2>/dev/null > "$work/ids33.tsv"
version=$(sed -n 's/^# Ruby [^,]*, Unicode \([0-9.]*\):.*/\1/p' "$work/ids33.tsv")
mv "$work/ids33.tsv" "$golden/ids-$version.tsv"
echo "$golden/ids-$version.tsv"
