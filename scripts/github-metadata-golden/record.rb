# Jekyll hook (copied into each case's _plugins): after jekyll-github-metadata's :after_init munger, records which
# site keys hold the plugin's lazily computed value (Jekyll::GitHubMetadata::Value) instead of the config's own,
# and what Liquid shows for them offline. The values need the GitHub API; which keys the plugin takes over does not.
require "json"

Jekyll::Hooks.register :site, :post_read do |site|
  keys = %w[title description url baseurl github].select do |k|
    defined?(Jekyll::GitHubMetadata::Value) && site.config[k].is_a?(Jekyll::GitHubMetadata::Value)
  end
  File.write(ENV.fetch("FAQ_GHM_RECORD"), JSON.generate({ "plugin_keys" => keys }))
end
