# Jekyll hook (copied into the fixture copy's _plugins): records each written page and document.
require "json"

FAQ_NAV_PAGES = []

Jekyll::Hooks.register [:pages, :documents], :post_write do |page|
  FAQ_NAV_PAGES << {
    "source" => page.relative_path.sub(%r!\A/!, ""),
    "url" => page.url,
    "output" => page.destination(page.site.dest).sub(page.site.dest + "/", ""),
  }
end

Jekyll::Hooks.register :site, :post_write do |_site|
  File.write(ENV.fetch("FAQ_NAV_RECORD"), JSON.generate(FAQ_NAV_PAGES))
end
