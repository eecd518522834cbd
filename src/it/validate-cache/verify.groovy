// The mojo keeps its page cache under the report directory, never in the content directory, and a
// rerun of unchanged content reuses every page (ValidatorCacheTest proves the reports are identical).
def log = new File(basedir, 'build.log').text
def reuse = (log =~ /faq cache: reused the parsed summaries of (\d+) of (\d+) pages/).collect { [it[1], it[2]] }
assert reuse == [['0', '5'], ['5', '5']] : "cache lines: ${reuse}"
assert new File(basedir, 'target/faq/cache/pages.bin').isFile()
assert !new File(basedir, 'site/target').exists()
assert log.count('FAQ validation: 5 pages') == 4
assert log.count('BUILD SUCCESS') == 4
return true
