# Reads the navigation of the built site: the sidebar (from the first page that has one; the theme renders the
# same sidebar on every page) and each page's list of children.
#   ruby extract.rb RECORD.json OUT VERSION > nav-VERSION.json
require "json"
require "nokogiri"

record_file, out, version = ARGV
pages = JSON.parse(File.read(record_file)).select { |p| p["output"].end_with?(".html") }.sort_by { |p| p["source"] }

def entries(ul)
  ul.xpath("./li").map do |li|
    a = li.xpath("./a[contains(concat(' ', @class, ' '), ' nav-list-link ')]").first
    sub = li.xpath("./ul[contains(concat(' ', @class, ' '), ' nav-list ')]").first
    { "title" => a.text.strip, "url" => a["href"], "children" => sub ? entries(sub) : [] }
  end
end

# The nav element holds, in order: the site's pages (a nav-list without a category before it), then per shown
# collection a nav-category div and its nav-list, or (nav_fold) a nav-category-list wrapping both.
def sidebar(nav)
  sections = []
  name = nil
  nav.element_children.each do |el|
    classes = el["class"].to_s.split
    if el.name == "div" && classes.include?("nav-category")
      name = el.text.strip
    elsif el.name == "ul" && classes.include?("nav-category-list")
      li = el.xpath("./li").first
      list = li.xpath("./ul[contains(concat(' ', @class, ' '), ' nav-list ')]").first
      sections << { "section" => li.xpath("./div").first.text.strip, "items" => list ? entries(list) : [] }
    elsif el.name == "ul" && classes.include?("nav-list")
      next if el.xpath("./li").any? { |li| li["class"].to_s.include?("external") }
      sections << { "section" => name, "items" => entries(el) }
      name = nil
    end
  end
  sections
end

side = nil
tocs = {}
pages.each do |p|
  doc = Nokogiri::HTML(File.read(File.join(out, p["output"])))
  nav = doc.at_css("nav#site-nav")
  side ||= sidebar(nav) if nav
  heading = doc.xpath("//hr/following-sibling::*[1][self::h2][normalize-space(.)='Table of contents']").first
  next unless heading
  list = heading.xpath("following-sibling::ul[1]").first
  tocs[p["source"]] = list.xpath("./li/a").map { |a| { "title" => a.text.strip, "url" => a["href"] } }
end

puts JSON.pretty_generate({
  "version" => version,
  "pages" => pages.to_h { |p| [p["source"], p["url"]] },
  "sidebar" => side || [],
  "tocs" => tocs,
})
