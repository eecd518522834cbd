# Jekyll plugin of scripts/content-golden/generate.sh: after each page is placed in its layouts, records whether
# its body (the paragraph 'body-marker of …' every fixture page has) is in the written file.
require "json"

FAQ_CONTENT_SHOWN = {}

Jekyll::Hooks.register [:pages, :documents], :post_render do |page|
  next unless page.respond_to?(:relative_path) && page.relative_path.end_with?(".md")
  FAQ_CONTENT_SHOWN[page.relative_path] = page.output.to_s.include?("body-marker")
end

Jekyll::Hooks.register :site, :post_write do |_site|
  File.write(ENV.fetch("FAQ_CONTENT_RECORD"), JSON.pretty_generate(FAQ_CONTENT_SHOWN.sort.to_h) + "\n")
end
