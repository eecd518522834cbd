// A new user's site: pom.xml beside _config.yml. The first build fails on CFG001 (Jekyll would publish the POM and
// target/ with the reports); faq:fix adds the entries to exclude: and changes nothing else; then the build passes.
def runs = new File(basedir, 'build.log').text.split(/Building config-build-files 1\.0/)
assert runs.length == 4
assert runs[1].contains('_config.yml:3:1: error: CFG001 build-files-published: Jekyll publishes the build files pom.xml, target/')
assert runs[1].contains('FAQ validation failed: 1 error(s)')
assert runs[2].contains('_config.yml:3:1: CFG001 fixed: added pom.xml, target/ to exclude: in _config.yml')
assert runs[3].contains('BUILD SUCCESS')
assert !runs[3].contains('CFG001')

def config = new File(basedir, '_config.yml').text
assert config == '# Team FAQ settings\ntitle: Team FAQ\nexclude:\n  - README.md   # the repository readme\n' +
        '  - build.log\n  - invoker.properties\n  - verify.groovy\n  - pom.xml\n  - target/\n\nsearch_enabled: true\n'
return true
