// 1 cold and saved; 2 a -Dfaq.* parameter differs: validated again; 3 unchanged: the extension finds
// build 1 in its local cache, skips faq:validate and puts target/faq back after the clean.
def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Loading cache configuration/).drop(1)
assert builds.size() == 3 : "expected 3 builds, found ${builds.size()}"
def (cold, otherTheme, unchanged) = builds

assert cold.contains('Found 4 input files') : 'the site files (_config.yml, index.md, docs, pics) are not the cache key'
assert cold =~ /--- faq:[^ ]+:validate/
assert cold.contains('Saved Build to local file') : 'the first build was not saved to the build cache'

assert otherTheme.contains('Plugin parameter mismatch found. Parameter: themeVersion, expected: null, actual: 0.9')
assert otherTheme =~ /--- faq:[^ ]+:validate/

assert unchanged.contains('Found cached build, restoring') : 'the last build was not a cache hit'
assert unchanged.contains('Skipping plugin execution (cached): faq:validate')
assert !(unchanged =~ /--- faq:[^ ]+:validate/)
// The last build cleaned target/ and did not validate: report.json can only come from the cache.
assert new File(basedir, 'target/faq/report.json').isFile() : 'report.json was not restored'
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/faq/report.json'))
assert report.findings != null
return true
