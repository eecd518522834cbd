// The trailing slash puts the page one folder deeper than its source file: IMG001 with the hint.
def log = new File(basedir, 'build.log').text
assert log.contains('docs/gpt/ai.md:7:30: error: IMG001')
assert log.contains("ends with '/'")
assert log.contains('../../../pics/answer-flow.png')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/faq/report.json'))
def img = report.findings.findAll { it.rule == 'IMG001' }
assert img.size() == 1
assert img[0].file == 'docs/gpt/ai.md' && img[0].line == 7 && img[0].column == 30
assert img[0].hint.contains('1 folder deeper')
return true
