# Jekyll hook (copied into the fixture copy's _plugins): records each written page and the static files.
require "json"

FAQ_GOLDEN_PAGES = []

Jekyll::Hooks.register [:pages, :documents], :post_write do |page|
  dest = page.destination(page.site.dest).sub(page.site.dest + "/", "")
  FAQ_GOLDEN_PAGES << {
    "source" => page.relative_path.sub(%r!\A/!, ""),
    "url" => page.url,
    "output" => dest,
    "title" => page.data["title"],
    "layout" => page.data["layout"],
  }
end

Jekyll::Hooks.register :site, :post_write do |site|
  statics = site.static_files.map { |f| f.relative_path.sub(%r!\A/!, "") }.sort
  File.write(ENV.fetch("FAQ_GOLDEN_RECORD"), JSON.generate({ "pages" => FAQ_GOLDEN_PAGES, "static" => statics }))
end
