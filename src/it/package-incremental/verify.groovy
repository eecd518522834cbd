// A package built from a taken-over validation (no pages parsed) is byte-identical to a cold one.
import java.security.MessageDigest
import java.util.zip.ZipFile

def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^\[INFO\] Scanning for projects/).findAll { it.contains('faq:') }
assert builds.size() == 3 : "expected 3 builds, got ${builds.size()}"
def unchanged = 'FAQ content unchanged since the last run'
def kept = 'as in the manifest kept from the last package'
assert !builds[0].contains(unchanged) && !builds[0].contains(kept)
assert builds[1].contains(unchanged) && builds[1].contains(kept) : builds[1]
assert !builds[2].contains(unchanged) && !builds[2].contains(kept)

File installed = new File(localRepositoryPath, 'it/faq/package-incremental/1.0/package-incremental-1.0.zip')
File latest = new File(basedir, 'target/package-incremental-1.0.zip')
assert installed.isFile() && latest.isFile()
assert sha(installed) == sha(latest) : "a cold build and a rebuild from the kept manifest must give the same zip"
new ZipFile(latest).withCloseable { zip ->
    def names = zip.entries().toList().findAll { !it.directory }*.name
    assert names == ['META-INF/faq/manifest.json', 'content/docs/guide.md', 'content/index.md', 'content/pics/start.png']
}
assert new File(basedir, 'target/faq/cache/package-manifest.json').isFile()
assert !new File(basedir, 'site/target').exists()
return true
