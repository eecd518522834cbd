// A finding silenced by a faq-disable comment does not fail the build; an unused comment is an info (SUP001).
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('FM001')
assert log.contains("index.md:7:1: info: SUP001 unused-suppression: 'faq-disable-next-line NAV005' silences nothing")

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/faq/report.json'))
assert json.findings*.rule == ['SUP001']
assert json.summary.errors == 0
['report.sarif', 'checkstyle-result.xml', 'TEST-faq.xml', 'report.html'].each {
    assert new File(basedir, "target/faq/$it").isFile() : "missing report $it"
}
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/faq/report.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.ruleId == ['SUP001']
return true
