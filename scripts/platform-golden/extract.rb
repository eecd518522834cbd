# Reads the built HTML of each recorded page: heading ids, and every <a href> / <img src> with its text
# (link text or alt), resolved as a browser does against the page URL and looked up in the output.
#   ruby extract.rb RECORD.json OUT BASEURL MODE [SITE_URL] > golden.json
# An absolute URL that starts with the site's own url (SITE_URL, from _config.yml) is resolved as the path after it.
require "json"
require "nokogiri"
require "uri"

record_file, out, baseurl, mode, site_url = ARGV
site_url = site_url.to_s.sub(%r!/+\z!, "")
record = JSON.parse(File.read(record_file))

def served?(out, path)
  rel = path.sub(%r!\A/!, "")
  candidates = rel.empty? || rel.end_with?("/") ? ["#{rel}index.html"] : [rel, "#{rel}.html", "#{rel}/index.html"]
  # percent-escapes only: in a URL's path '+' is a plus (decode_www_form_component would read a space)
  candidates.any? { |c| File.file?(File.join(out, URI::DEFAULT_PARSER.unescape(c))) }
end

def resolve(out, baseurl, page_url, ref, site_url = "")
  ref = ref[site_url.length..] if !site_url.empty? && (ref == site_url || ref.start_with?(site_url + "/"))
  ref = "/" if ref.empty?
  return "external" if ref =~ %r!\A[a-z][a-z0-9+.-]*:!i || ref.start_with?("//")
  path = ref.sub(%r!#.*\z!, "").sub(%r!\?.*\z!, "")
  return "self" if path.empty?
  # the URL Standard: in the path of an http(s) URL a backslash is a '/' (URI.join would refuse it)
  path = path.tr("\\", "/")
  absolute = URI.join("http://host", baseurl + page_url, path).path
  return "outside-baseurl" unless baseurl.empty? || absolute == baseurl || absolute.start_with?(baseurl + "/")
  served?(out, absolute[baseurl.length..]) ? "found" : "not-found"
end

pages = record["pages"].map do |p|
  entry = { "source" => p["source"], "url" => p["url"], "title" => p["title"], "layout" => p["layout"] }
  if p["output"].end_with?(".html")
    doc = Nokogiri::HTML(File.read(File.join(out, p["output"])))
    entry["ids"] = doc.css("h1,h2,h3,h4,h5,h6").map { |h| h["id"] }.compact
    entry["links"] = doc.css("a[href]").map do |a|
      { "text" => a.text.strip, "href" => a["href"], "resolved" => resolve(out, baseurl, p["url"], a["href"], site_url) }
    end
    entry["images"] = doc.css("img[src]").map do |i|
      { "alt" => i["alt"].to_s, "src" => i["src"], "resolved" => resolve(out, baseurl, p["url"], i["src"], site_url) }
    end
  end
  entry
end.sort_by { |p| p["source"] }

puts JSON.pretty_generate({ "mode" => mode, "baseurl" => baseurl, "pages" => pages, "static" => record["static"] })
