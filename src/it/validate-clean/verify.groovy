import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/faq/report.json'))
assert report.schemaVersion == 1
assert report.summary.pages == 5
assert report.summary.errors == 0 && report.summary.warnings == 0
assert report.findings.isEmpty()
assert log.contains('FAQ validation: 5 pages')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'site/target').exists()
return true
