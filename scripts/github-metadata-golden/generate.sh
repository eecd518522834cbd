#!/usr/bin/env bash
# Builds one tiny site per case in cases.json with the real Jekyll and jekyll-github-metadata (Debian packages
# jekyll, ruby-jekyll-github-metadata), offline, and writes which site keys the plugin sets in place of
# _config.yml's to src/test/resources/github-metadata-golden/golden.json. Offline the plugin still runs: it takes
# the repository from PAGES_REPO_NWO and only the values that need the GitHub API (description, url) stay empty.
# The Java test (GithubMetadataGoldenTest) reads the committed output; it does not need Ruby.
#   scripts/github-metadata-golden/generate.sh
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby
golden_tmp
dir="$root/src/test/resources/github-metadata-golden"
ruby -rjson -e 'puts JSON.parse(File.read(ARGV[0])).map { |c| c["name"] }' "$dir/cases.json" > "$work/names"
results="$work/results"
mkdir -p "$results"
while read -r name; do
  site="$work/$name"
  mkdir -p "$site/_plugins"
  cp "$here/record.rb" "$site/_plugins/faq_ghm_record.rb"
  ruby -rjson -ryaml -e '
    c = JSON.parse(File.read(ARGV[0])).find { |x| x["name"] == ARGV[1] }
    File.write(ARGV[2], YAML.dump((c["config"] || {}).merge("plugins" => ["jekyll-github-metadata"])))
    File.write(ARGV[3], (c["env"] || {}).map { |k, v| "#{k}=#{v}" }.join("\n"))
    File.write(ARGV[4], "---\n---\ntitle=[{{ site.title }}] description=[{{ site.description }}]\n")
  ' "$dir/cases.json" "$name" "$site/_config.yml" "$work/$name.env" "$site/index.md"
  env $(cat "$work/$name.env") FAQ_GHM_RECORD="$results/$name.json" \
    jekyll build --quiet -s "$site" -d "$work/$name-out" >/dev/null 2>&1
  ruby -rjson -e '
    r = JSON.parse(File.read(ARGV[0]))
    r["shown"] = File.read(ARGV[1]).strip.sub(%r!\A<p>!, "").sub(%r!</p>\z!, "")
    File.write(ARGV[0], JSON.generate(r))' "$results/$name.json" "$work/$name-out/index.html"
done < "$work/names"
ruby -rjson -e '
  cases = JSON.parse(File.read(ARGV[0]))
  out = cases.map { |c| c.merge(JSON.parse(File.read(File.join(ARGV[1], c["name"] + ".json")))) }
  puts JSON.pretty_generate(out)' "$dir/cases.json" "$results" > "$dir/golden.json"
echo "github-metadata-golden/golden.json"
