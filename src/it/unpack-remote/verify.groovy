import java.security.MessageDigest

def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
File producer = new File(basedir, 'producer')

// The producer deployed to the file-based remote.
File deployed = new File(basedir, 'remote-repo/it/faq/producer/1.0/producer-1.0.zip')
assert deployed.isFile()

// (c) The producer never installed: the consumer resolved the zip from the remote.
File fetched = new File(localRepositoryPath, 'it/faq/producer/1.0/producer-1.0.zip')
assert fetched.isFile()
assert sha(fetched) == sha(deployed)
assert new File(fetched.parentFile, '_remote.repositories').text.contains('faq-remote')
File consumer = new File(basedir, 'consumer')
['docs/index.md', 'docs/a.md', 'pics/overview.png'].each { p ->
    assert sha(new File(consumer, p)) == sha(new File(producer, p)) : "$p must be byte-identical to the producer's"
}
def record = new groovy.json.JsonSlurper().parse(new File(consumer, '.faq-unpack.json'))
assert record.artifacts == ['it.faq:producer:1.0']
assert record.files*.path == ['docs/a.md', 'docs/index.md', 'pics/overview.png']
def report = new groovy.json.JsonSlurper().parse(new File(consumer, 'target/faq/report.json'))
assert report.summary.pages == 3 : "the merged site has the consumer's page and the two unpacked ones"
assert report.summary.errors == 0

// (d) mountPath: files under shared/, permalink and root-relative links rewritten, merged site clean.
File mounted = new File(basedir, 'consumer-mount')
String a = new File(mounted, 'shared/docs/a.md').text
assert a.contains('permalink: /shared/docs/a-page/')
assert a.contains('[Shared Docs](/shared/docs/)')
assert a.contains('](../../pics/overview.png)')
assert new File(mounted, 'shared/pics/overview.png').bytes == new File(producer, 'pics/overview.png').bytes
assert new File(mounted, 'shared/docs/index.md').text.contains('(/shared/docs/a-page/)')
def mountReport = new groovy.json.JsonSlurper().parse(new File(mounted, 'target/faq/report.json'))
assert mountReport.summary.pages == 3
assert mountReport.summary.errors == 0

// (e) Two artifacts claiming one URL: refused, both named, nothing written.
File collision = new File(basedir, 'consumer-collision')
def logs = []
basedir.eachFileRecurse { if (it.name.endsWith('.log')) logs << it.text }
assert logs.any { it.contains('URL /docs/a-page/ is claimed by docs/a.md (it.faq:producer:1.0) and docs/other.md (it.faq:producer-b:1.0)') }
assert !new File(collision, 'docs').exists()
assert !new File(collision, '.faq-unpack.json').exists()
return true
