# Jekyll hook copied into each fixture copy's _plugins by generate.sh. For every page it records what
# the real build made of the page body (content after Liquid and kramdown, before the layout): element
# ids, <img src> with alt, <a href>; and which front matter values reach the final output only through
# the layout and includes (keys the templates read).
require "set"

OUT = ENV.fetch("LIQUID_GOLDEN_OUT")
# which Jekyll and Liquid built the fixture (the plugin loads before any page renders, also when the build stops)
File.write(ENV.fetch("LIQUID_GOLDEN_ENGINE"), "engine jekyll #{Jekyll::VERSION} liquid #{Liquid::VERSION}\n")

def attrs(html, tag, attr)
  html.scan(/<#{tag}\b[^>]*>/i).map { |t| [t, t[/\s#{attr}="([^"]*)"/i, 1]] }.select { |_, v| v }
end

# Jekyll 3 (GitHub Pages' 3.10) has no :post_convert hook; its renderer leaves the converted body in doc.content
JEKYLL3 = Jekyll::VERSION.start_with?("3.")

unless JEKYLL3
  Jekyll::Hooks.register [:pages, :documents], :post_convert do |doc|
    doc.data["__golden_content"] = doc.content.dup
  end
end

Jekyll::Hooks.register [:pages, :documents], :post_render do |doc|
  next unless JEKYLL3 || doc.data.key?("__golden_content")
  content = JEKYLL3 ? doc.content.to_s : doc.data["__golden_content"]
  lines = []
  content.scan(/<[a-z0-9]+\b[^>]*\sid="([^"]*)"/i) { |m| lines << "id #{m[0]}" }
  attrs(content, "img", "src").each do |tag, src|
    alt = tag[/\salt="([^"]*)"/i, 1]
    lines << "img #{src} alt=#{alt.nil? ? '(none)' : alt}"
  end
  attrs(content, "a", "href").each { |_, href| lines << "a #{href}" }
  content.scan(%r{<code[^>]*>(.*?)</code>}m) { |m| lines << "code #{m[0].gsub("\n", "\\n")}" }
  output = doc.output.to_s
  layout_only = output.sub(content, "")
  attrs(layout_only, "img", "src").each { |_, src| lines << "layout-img #{src}" }
  doc.data.each do |k, v|
    next if k.start_with?("__") || !v.is_a?(String) || v.length < 6
    lines << "key #{k}" if output.include?(v)
  end
  # a document by its path in the site source (relative_path leaves out collections_dir)
  path = doc.is_a?(Jekyll::Document) ? doc.path.sub("#{doc.site.source}/", "") : doc.relative_path
  File.open(OUT, "a") { |f| f.puts "page #{path}", *lines.sort.uniq, "" }
end
