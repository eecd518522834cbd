#!/usr/bin/env bash
# Which entries exclude: holds under Jekyll 3 (3.10.0, the version the github-pages gem pins), computed by Jekyll
# 3.10.0's own Configuration code over each configuration of src/test/resources/config-golden/jekyll3 (cases/ as
# teams write them, fixed/ as faq:fix leaves them on a site Jekyll 3 builds; BuildFilesJekyll3GoldenTest writes
# fixed/ with -Dfaq.regenerateConfigGolden=true). Jekyll 3 merges the site's settings over its defaults and a
# list replaces a list, where Jekyll 4 adds its defaults to any exclude: list. Where Jekyll 4 stops on an exclude:
# that is text or empty, Jekyll 3 reads text as comma-separated entries and keeps its own list for an empty one
# (scalar/ holds such configurations).
# Needs ruby (Debian package ruby) and a git checkout of jekyll/jekyll, whose tag v3.10.0 is read:
#   JEKYLL_SOURCE=/path/to/jekyll/.git scripts/config-golden/jekyll3.sh
# The Java test reads the committed output; it does not need Ruby.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init ruby git
golden_tmp
: "${JEKYLL_SOURCE:?set JEKYLL_SOURCE to a git checkout of jekyll/jekyll (its tag v3.10.0 is read)}"
golden="$root/src/test/resources/config-golden/jekyll3"
mkdir -p "$work/lib/jekyll"
for f in configuration utils; do
  git -C "$JEKYLL_SOURCE" show "v3.10.0:lib/jekyll/$f.rb" > "$work/lib/jekyll/$f.rb"
done
# Only Configuration and Utils are loaded (not the whole gem with its dependencies): Utils names Drops::Drop
# in a type test, which a configuration never holds.
ruby -I"$work/lib" -ryaml -rjson -e '
module Jekyll; module Drops; class Drop; end; end; end
# backwards_compatibilize warns through the deprecator and the logger: their messages are not recorded
module Jekyll; module Deprecator; def self.deprecation_message(*); end; end; end
module Jekyll; QUIET = Object.new; def QUIET.method_missing(*); end; def self.logger; QUIET; end; end
require "jekyll/utils"
require "jekyll/configuration"
out = { "jekyll" => "3.10.0" }
%w[cases fixed scalar].each do |kind|
  out[kind] = {}
  Dir.glob(File.join(ARGV[0], kind, "*", "_config.yml")).sort.each do |file|
    # as Jekyll.configuration reads a file: its backwards_compatibilize (a text exclude: read as comma-separated
    # values, with a deprecation message) before the merge over the defaults
    user = Jekyll::Configuration[YAML.safe_load(File.read(file)) || {}].backwards_compatibilize
    out[kind][File.basename(File.dirname(file))] = Jekyll::Configuration.from(user)["exclude"]
  end
end
puts JSON.pretty_generate(out)
' "$golden" > "$golden/golden.json"
echo "wrote $golden/golden.json"
