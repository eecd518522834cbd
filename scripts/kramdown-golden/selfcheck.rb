# frozen_string_literal: true
#
# selfcheck.rb -- verify that every NAME.json agrees with its NAME.html.
#
#   ruby selfcheck.rb GOLDEN_DIR      (GOLDEN_DIR holds cases/*.md and expected/*.{html,json})
#
# Checks, per case:
#  * every heading with a non-empty id appears as <hL ... id="ID" ...> in the HTML,
#    with textContent equal to "text"; headings with id "" render an <hL> without id;
#  * toc: when entries are non-empty, the HTML has exactly one rendered TOC list
#    (<ul|ol ... id="markdown-toc" or the IAL's id>) of the recorded type and classes whose
#    links, in order, are <a href="#ID" id="LISTID-ID">TEXT</a> with the recorded ids/texts
#    and whose nesting depth matches kramdown's stack algorithm over the levels;
#    when toc is null or has no entries, no TOC list is in the HTML;
#  * inToc agrees with toc.entries (same ids, same order);
#  * every attributed id/class value shows up as an attribute in the HTML;
#  * the <img src> values in the HTML equal the recorded images (same order),
#    the <a href> values (without TOC and footnote links) equal the recorded links
#    as a multiset.
require "json"
require "cgi"

dir = ARGV[0] or abort "usage: ruby selfcheck.rb GOLDEN_DIR"
failures = []
count = 0

def attrs_of(tag)
  tag.scan(/\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"]*)"/).to_h { |k, v| [k, CGI.unescapeHTML(v)] }
end

def text_of(fragment)
  CGI.unescapeHTML(fragment.gsub(/<[^>]*>/, ""))
end

def expected_depths(levels)
  stack = []
  levels.map do |l|
    stack.pop while !stack.empty? && stack.last >= l
    stack << l
    stack.size
  end
end

Dir.glob(File.join(dir, "cases", "*.md")).sort.each do |md|
  name = File.basename(md, ".md")
  html_path = File.join(dir, "expected", "#{name}.html")
  json_path = File.join(dir, "expected", "#{name}.json")
  unless File.file?(html_path) && File.file?(json_path)
    failures << "#{name}: output missing"
    next
  end
  count += 1
  # HTML comments are copied to the output verbatim; their content is not markup
  html = File.read(html_path, mode: "r:UTF-8").gsub(/<!--.*?-->/m, "")
  j = JSON.parse(File.read(json_path, mode: "r:UTF-8"))
  fail = ->(msg) { failures << "#{name}: #{msg}" }

  # headings
  heading_tags = html.scan(%r{<h([1-6])((?:\s[^>]*)?)>(.*?)</h\1>}m).map do |lvl, attrs, body|
    { level: lvl.to_i, attrs: attrs_of(attrs), text: text_of(body) }
  end
  seen = Hash.new(-1)
  j["headings"].each do |h|
    if h["id"].empty?
      ok = heading_tags.any? { |t| t[:level] == h["level"] && !t[:attrs].key?("id") && t[:text] == h["text"] }
      fail.call("heading without id (line #{h['line']}) not found as an id-less <h#{h['level']}>") unless ok
    else
      # duplicate ids are possible (e.g. FAQ-1 / FAQ / FAQ): take the n-th occurrence
      seen[h["id"]] += 1
      t = heading_tags.select { |x| x[:attrs]["id"] == h["id"] }[seen[h["id"]]]
      if t.nil?
        fail.call("heading id #{h['id'].inspect} not in HTML")
      else
        fail.call("heading #{h['id']}: level #{t[:level]} != #{h['level']}") unless t[:level] == h["level"]
        fail.call("heading #{h['id']}: text #{t[:text].inspect} != #{h['text'].inspect}") unless t[:text] == h["text"]
        cls = t[:attrs]["class"].to_s.split
        fail.call("heading #{h['id']}: classes #{cls} != #{h['classes']}") unless cls == h["classes"]
      end
    end
  end

  # toc
  toc = j["toc"]
  in_toc_ids = j["headings"].select { |h| h["inToc"] }.map { |h| h["id"] }
  toc_open = html.match(/<(ul|ol)((?:\s[^>]*)?\sid="([^"]*)"[^>]*)>\n\s*<li><a href="#[^"]*" id="\3-/)
  if toc.nil? || toc["entries"].empty?
    fail.call("TOC list rendered although JSON says none") if toc_open
  else
    fail.call("inToc ids #{in_toc_ids} != toc entry ids") unless in_toc_ids == toc["entries"].map { |e| e["id"] }
    if toc_open.nil?
      fail.call("rendered TOC list not found")
    else
      type = toc_open[1]
      list_id = toc_open[3]
      fail.call("TOC type #{type} != #{toc['type']}") unless type == toc["type"]
      cls = attrs_of(toc_open[2])["class"].to_s.split
      fail.call("TOC classes #{cls} != #{toc['classes']}") unless cls == toc["classes"]
      # walk the list, tracking nesting depth
      rest = html[toc_open.begin(0)..]
      depth = 0
      found = []
      rest.scan(%r{<(/?)(ul|ol)\b[^>]*>|<a href="#([^"]*)" id="([^"]*)">(.*?)</a>}m) do |close, list, href, aid, body|
        if list
          depth += close.empty? ? 1 : -1
          break if depth.zero?
        else
          found << { "id" => CGI.unescapeHTML(href), "aid" => CGI.unescapeHTML(aid), "text" => text_of(body), "depth" => depth }
        end
      end
      ents = toc["entries"]
      if found.size != ents.size
        fail.call("TOC has #{found.size} links, JSON #{ents.size}")
      else
        depths = expected_depths(ents.map { |e| e["level"] })
        ents.each_with_index do |e, i|
          f = found[i]
          fail.call("TOC entry #{i}: id #{f['id'].inspect} != #{e['id'].inspect}") unless f["id"] == e["id"]
          fail.call("TOC entry #{i}: anchor id #{f['aid']}") unless f["aid"] == "#{list_id}-#{e['id']}"
          fail.call("TOC entry #{i}: text #{f['text'].inspect} != #{e['text'].inspect}") unless f["text"] == e["text"]
          fail.call("TOC entry #{i}: depth #{f['depth']} != #{depths[i]}") unless f["depth"] == depths[i]
        end
      end
    end
  end

  # attributed: every id/class value appears as an attribute somewhere in the HTML
  all_attrs = html.scan(/<[a-zA-Z][a-zA-Z0-9]*((?:\s[^>]*)?)>/).map { |(a)| attrs_of(a) }
  j["attributed"].each do |a|
    next if toc && toc["entries"].empty? && a["line"] == toc["line"] && %w[ul ol].include?(a["type"]) # list vanished
    a["attrs"].each do |k, v|
      next unless %w[id class].include?(k)
      next if v.empty? # html_attributes omits empty values (e.g. the empty GFM id of "## !!!")
      ok = if k == "class"
             want = v.split - ["highlighter-rouge"]
             all_attrs.any? { |h| (want - h["class"].to_s.split).empty? }
           else
             all_attrs.any? { |h| h["id"] == v }
           end
      fail.call("attributed line #{a['line']} #{k}=#{v.inspect} not in HTML") unless ok
    end
  end

  # images
  html_imgs = html.scan(/<img\b([^>]*)>/).map { |(a)| attrs_of(a)["src"] }
  json_imgs = j["images"].map { |i| i["src"] }
  fail.call("images #{html_imgs} != #{json_imgs}") unless html_imgs == json_imgs

  # links (without TOC entries and footnote machinery)
  html_links = html.scan(/<a\b([^>]*)>/).map { |(a)| attrs_of(a) }.reject do |h|
    h["id"].to_s.start_with?("markdown-toc-") || (toc && h["id"].to_s.start_with?("#{toc_open && toc_open[3]}-")) ||
      %w[footnote reversefootnote].include?(h["class"]) || !h.key?("href")
  end.map { |h| h["href"] }
  json_links = j["links"].map { |l| l["href"] }
  fail.call("links #{html_links.sort} != #{json_links.sort}") unless html_links.sort == json_links.sort
end

if failures.empty?
  puts "selfcheck: #{count} cases OK"
else
  warn failures.map { |f| "selfcheck FAIL #{f}" }
  abort "selfcheck: #{failures.size} problem(s) in #{count} cases"
end
