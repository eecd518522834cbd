def log = new File(basedir, 'build.log').text
assert log.contains('FAQ validation skipped (faq.skip)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/faq/report.json').exists()
return true
