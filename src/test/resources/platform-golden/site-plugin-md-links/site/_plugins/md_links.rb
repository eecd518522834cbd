# The kind of hook a site built without jekyll-relative-links writes (Asya-Yesayan/as8x-docs): before a page is
# rendered, every relative Markdown link to a .md file becomes a link to the .html file next to it.
Jekyll::Hooks.register [:pages, :documents], :pre_render do |doc, _payload|
  next unless doc.content.respond_to?(:gsub!)
  doc.content.gsub!(/\]\(([^)\s]+?)\.md(#[^)\s]*)?\)/) do
    path = Regexp.last_match(1)
    fragment = Regexp.last_match(2).to_s
    path.start_with?("http://", "https://") ? Regexp.last_match(0) : "](#{path}.html#{fragment})"
  end
end
