// A rerun of unchanged content takes the findings over and shows them again; any change of the
// configuration, or -Dfaq.incremental=false, checks every page again. The content is never written.
def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^\[INFO\] Scanning for projects/).findAll { it.contains('faq:') }
assert builds.size() == 4 : "expected 4 builds, got ${builds.size()}"
def unchanged = 'FAQ content unchanged since the last run'
assert !builds[0].contains(unchanged)
assert builds[1].contains(unchanged)
assert !builds[2].contains(unchanged)
assert !builds[3].contains(unchanged)
// the finding is shown by every build, with the same text; HDR004 as info in build 3
def finding = ~/(?m)^\[WARNING\] .*HDR004.*$/
def first = (builds[0] =~ finding).collect { it }
assert first.size() == 1 : builds[0]
assert (builds[1] =~ finding).collect { it } == first
assert (builds[2] =~ /(?m)^\[INFO\] .*HDR004.*$/).find()
assert (builds[3] =~ finding).collect { it } == first
builds.each { assert it.contains('FAQ validation: 2 pages') }
assert log.count('BUILD SUCCESS') == 4
assert new File(basedir, 'target/faq/cache/run.smile').isFile()
assert new File(basedir, 'target/faq/report.json').text.contains('HDR004')
assert !new File(basedir, 'site/target').exists()
return true
