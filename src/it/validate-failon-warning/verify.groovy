import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/faq/report.json'))
assert report.summary.errors == 0
assert report.findings.collect { "${it.rule} ${it.severity} ${it.file}:${it.line}:${it.column}" as String } ==
        ['FM009 warning index.md:3:12']
assert log.contains('[WARNING] site/index.md:3:12: warning: FM009 nav-order-quoted-number: ')
assert log.contains('FAQ validation failed: 0 error(s), 1 warning(s), 0 info(s) (failOn=warning)')
return true
