#!/usr/bin/env bash
# Builds src/test/resources/polyglot-golden/site with the real Jekyll (Debian package jekyll) and jekyll-polyglot,
# and writes which page polyglot writes where in each language build to polyglot-golden/golden.txt, one line per
# written page or document: language build, source file, output file (sorted). PolyglotGoldenTest compares the
# plugin's language builds with it; it does not need Ruby.
#
# Debian packages polyglot 1.5.1; sites install the newest release with Bundler, so the golden is recorded with a
# release's own code: pass the folder of its lib/ (a checkout of the public untra/polyglot repository at a tag):
#   scripts/polyglot-golden/generate.sh /path/to/polyglot/lib 1.13.0
# (its version.rb says 1.3.3 at every tag, so the release is named on the command line)
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby
golden_tmp
lib=${1:?usage: $0 POLYGLOT_LIB_FOLDER RELEASE}
release=${2:?usage: $0 POLYGLOT_LIB_FOLDER RELEASE}
site="$root/src/test/resources/polyglot-golden/site"
cp -r "$site" "$work/site"
rm -f "$work/site/Gemfile"
mkdir -p "$work/site/_plugins"
cp "$here/record.rb" "$work/site/_plugins/faq_golden_record.rb"
FAQ_GOLDEN_RECORD="$work/written.txt" RUBYLIB="$lib" jekyll build --quiet -s "$work/site" -d "$work/out" >/dev/null
{
  echo "# jekyll-polyglot $release, jekyll $(jekyll --version | cut -d' ' -f2)"
  sort -u "$work/written.txt"
} > "$site/../golden.txt"
echo "polyglot-golden/golden.txt"
