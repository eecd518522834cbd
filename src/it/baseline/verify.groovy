// faq:baseline accepts the existing defect; faq:validate then fails only on the new one and lists only it.
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'faq-baseline.json'))
assert baseline.findings.size() == 1
assert baseline.findings[0].rule == 'NAV001'
assert baseline.findings[0].file == 'docs/old.md'
assert baseline.findings[0].fingerprint ==~ /[0-9a-f]{24}/

// build.log holds the three runs one after the other; the last one is the failing build
def runs = new File(basedir, 'build.log').text.split(/Building baseline 1\.0/)
assert runs.length == 4
assert runs[1].contains('docs/old.md:3:9: error: NAV001')
assert runs[2].contains('FAQ baseline faq-baseline.json: 1 finding(s) baselined (not listed), 0 new')
assert runs[2].contains('BUILD SUCCESS')
def log = runs[3]
assert !log.contains('docs/old.md')
assert log.contains('FAQ baseline faq-baseline.json: 1 finding(s) baselined (not listed), 1 new')
assert log.contains("docs/new.md:3:9: error: NAV001 parent-not-found")
assert log.contains('FAQ validation failed: 1 error(s)')

// the reports of the last (failing) run hold the new finding only
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/faq/report.json'))
assert json.findings*.file == ['docs/new.md']
return true
