import java.security.MessageDigest
import java.util.zip.ZipFile

def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }

File installed = new File(localRepositoryPath, 'it/faq/package-faq-reproducible/1.0/package-faq-reproducible-1.0.zip')
File rebuilt = new File(basedir, 'target/package-faq-reproducible-1.0.zip')
assert installed.isFile() : "faq packaging must install artifactId-version.zip"
assert rebuilt.isFile()
assert sha(installed) == sha(rebuilt) : "two builds must give byte-identical archives"

new ZipFile(rebuilt).withCloseable { zip ->
    def names = zip.entries().toList().findAll { !it.directory }*.name
    assert names == ['META-INF/faq/manifest.json', 'content/docs/guide.md', 'content/index.md']
    zip.entries().toList().each { assert it.time == 1735689600000L : "${it.name} has time ${it.time}" }
    def manifest = new groovy.json.JsonSlurper().parse(zip.getInputStream(zip.getEntry('META-INF/faq/manifest.json')))
    assert manifest.formatVersion == 1
    assert manifest.artifactId == 'package-faq-reproducible'
    assert manifest.pages*.url == ['/docs/guide.html', '/']
    assert manifest.pages[0].sha256 == sha(new File(basedir, 'docs/guide.md'))
    assert manifest.nav*.title == ['Home', 'Guide']
}
def log = new File(basedir, 'build.log').text
assert log.contains('Reusing the result of faq:validate from this build')
return true
