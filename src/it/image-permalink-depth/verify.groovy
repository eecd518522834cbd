// Same site, permalink without trailing slash: the editor path works on the site too.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/faq/report.json'))
assert report.findings.findAll { it.rule.startsWith('IMG') || it.rule == 'LNK001' }.isEmpty()
return true
