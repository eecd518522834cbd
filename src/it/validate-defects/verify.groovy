import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/faq/report.json'))

def expected = [
    'FM001 error fm001.md:1:1',
    'FM002 error fm002.md:1:1',
    'FM003 error fm003.md:4:1',
    'FM004 error fm004.md:4:1',
    'FM005 error fm005.md:1:1',
    'FM006 error fm006.md:3:15',
    'FM007 warning fm007.md:3:1',
    'FM008 error fm008.md:3:9',
    'FM009 warning fm009.md:3:12',
    'NAV006 warning nav/mac-b.md:2:1',
    'NAV002 error nav/nav002.md:3:9',
    'NAV003 error nav/nav003.md:4:15',
    'NAV001 error nav001.md:3:9',
    'NAV004 error nav004.md:3:12',
    'NAV005 warning nav005.md:3:12',
    'NAV008 warning nav008.md:3:15',
    'SRC001 error src001.md:4:4',
]
def actual = report.findings.collect { "${it.rule} ${it.severity} ${it.file}:${it.line}:${it.column}" as String }
assert actual == expected

assert report.summary.errors == 12
assert report.summary.warnings == 5

// every finding is on the console, in the SPEC format, with the path relative to the project
report.findings.each { f ->
    def level = f.severity == 'error' ? 'ERROR' : 'WARNING'
    def line = "[${level}] site/${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.rule} ${f.name}: ${f.message} [${f.hint}]"
    assert log.contains(line as String) : "console line missing: ${line}"
}
assert log.contains('FAQ validation failed: 12 error(s), 5 warning(s), 0 info(s) (failOn=error). See target/faq/report.json')
assert log.contains('did you mean \'Home\'') || log.contains('rename it to \'parent\'')
return true
