// mvn site with the plugin under <reporting> renders the findings, the counts per rule and the navigation
// tree into target/site/faq-report.html, and lists the page in the site menu.
def page = new File(basedir, 'target/site/faq-report.html')
assert page.isFile() : 'mvn site wrote no faq-report.html'
def html = page.text

// the counts, under one heading with the other sections below it
assert html =~ /<h1>FAQ content<\/h1>/
assert html =~ /<h2>Findings per rule<\/h2>/ && html =~ /<h2>Navigation<\/h2>/
assert html.contains('4 pages and 0 images checked: 1 error(s), 1 warning(s), 0 info(s).')
// one row per rule with its counts (rule, name, errors, warnings, infos, total)
assert html =~ /(?s)<td>NAV001<\/td>\s*<td>parent-not-found<\/td>\s*<td>1<\/td>\s*<td>0<\/td>\s*<td>0<\/td>\s*<td>1<\/td>/
assert html =~ /(?s)<td>FM007<\/td>\s*<td>[^<]+<\/td>\s*<td>0<\/td>\s*<td>1<\/td>\s*<td>0<\/td>\s*<td>1<\/td>/
// each finding at its place, relative to the project as on the console
assert html.contains('<td>site/docs/orphan.md:3:9</td>')
assert html.contains('<td>site/docs/unknown.md:3:1</td>')
assert html.contains('Hme')
// the navigation tree: Install nested under Home; the orphan listed apart
assert html =~ /(?s)Home <code>\/<\/code>.*?<ul>\s*<li>Install <code>\/docs\/install.html<\/code>/
assert html =~ /Orphan <code>[^<]+<\/code> <code>site\/docs\/orphan.md<\/code> \(orphan: parent 'Hme' not found\)/

// the site's report overview and menu link the page; the build did not fail on the error
assert new File(basedir, 'target/site/project-reports.html').text.contains('<a href="faq-report.html">FAQ content</a>')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
return true
