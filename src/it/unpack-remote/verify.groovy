import java.security.MessageDigest

def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
File producer = new File(basedir, 'producer')

// The producer deployed to the file-based remote.
File deployed = new File(basedir, 'remote-repo/it/faq/producer/1.0/producer-1.0.zip')
assert deployed.isFile()

// (c) The consumer ran with an empty local repository of its own (invoker.properties,
// unpack-remote-settings.xml): prebuild.groovy deleted it, so anything in it was downloaded by that run.
File emptyRepo = new File(basedir, 'empty-local-repo')
File fetched = new File(emptyRepo, 'it/faq/producer/1.0/producer-1.0.zip')
assert fetched.isFile() : "the consumer did not use its own local repository $emptyRepo"
assert sha(fetched) == sha(deployed)

// Provenance, per repository id recorded by the resolver in each _remote.repositories file:
// content only from faq-remote, the plugin only from the invoker's staging repo, the rest from the
// outer build's local repository (settings id "central").
def origins = [:]
emptyRepo.eachFileRecurse { f ->
    if (f.name == '_remote.repositories') {
        f.readLines().findAll { it.contains('>') }.each { line ->
            origins[new File(f.parentFile, line.substring(0, line.indexOf('>')))] = line.substring(line.indexOf('>') + 1, line.lastIndexOf('='))
        }
    }
}
def pathOf = { File f -> emptyRepo.toPath().relativize(f.toPath()).toString().replace(File.separatorChar, '/' as char) }
origins.each { file, repo ->
    String path = pathOf(file)
    String expected = path.startsWith('it/faq/') ? 'faq-remote' : path.startsWith('io/github/faqkit/') ? 'it-staging' : 'central'
    assert repo == expected : "$path came from $repo, expected $expected"
}
assert origins[fetched] == 'faq-remote'
// The plugin jar carries its libraries and its POM lists none: the consumer resolves no dependency of the plugin.
File pluginPom = new File(emptyRepo, 'io/github/faqkit/faq-maven-plugin').listFiles().find { it.isDirectory() }
        .listFiles().find { it.name.endsWith('.pom') }
def resolved = new groovy.xml.XmlSlurper().parse(pluginPom).dependencies.dependency.findAll {
    !(it.scope.text() in ['provided', 'test'])
}.collect { "${it.groupId.text()}:${it.artifactId.text()}" }
assert resolved.isEmpty() : "the plugin's POM lists dependencies to resolve: $resolved"

// The plugin the consumer ran is the one this build produced, byte for byte.
File pluginDir = new File(emptyRepo, 'io/github/faqkit/faq-maven-plugin')
def versions = pluginDir.listFiles().findAll { it.isDirectory() }*.name
assert versions.size() == 1 : "one plugin version expected in $pluginDir, found $versions"
String version = versions[0]
File usedPlugin = new File(pluginDir, "$version/faq-maven-plugin-${version}.jar")
File builtPlugin = new File(basedir.parentFile.parentFile, "faq-maven-plugin-${version}.jar")
assert builtPlugin.isFile() : "$builtPlugin: the consumer ran a plugin version this build did not produce"
assert sha(usedPlugin) == sha(builtPlugin) : 'the consumer ran a stale plugin jar'
assert origins[usedPlugin] == 'it-staging'

// The consumer's part of the build log (the invoker appends every invocation to one build.log):
// the prefix filters were active, the zip was downloaded (so it was absent from the empty local
// repository), from faq-remote, and no other repository was asked for any content artifact.
List<String> lines = new File(basedir, 'build.log').readLines()
int building = lines.findIndexOf { it.contains('Building consumer 1.0') }
assert building >= 0
int start = lines.subList(0, building).findLastIndexOf { it.contains('Scanning for projects...') }
int end = lines.findIndexOf(building) { it.contains('Total time:') }
List<String> consumerLog = lines.subList(start, end)
// Resolver 2 (Maven 4) says "Loaded 15 user-provided prefixes for remote repository central (prefixes-central.txt)"
assert consumerLog.any { it =~ /^\[INFO\] Loaded \d+ (user-provided )?prefixes for remote repository central\b/ }
assert consumerLog.any { it ==~ /\[INFO\] Downloaded from faq-remote: file:.*\/it\/faq\/producer\/1\.0\/producer-1\.0\.zip .*/ }
def askedElsewhere = consumerLog.findAll { it =~ /Downloading from (?!faq-remote:).*\/it\/faq\// }
assert askedElsewhere.isEmpty() : "content requested from another repository: $askedElsewhere"
assert consumerLog.any { it.contains('BUILD SUCCESS') }

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

// (f) The same two artifacts with <excludes>docs/a.md</excludes>: both verified whole, the left-out page and
// the image only it shows are not written, the other artifact's page takes the URL, the merged site is clean.
File selected = new File(basedir, 'consumer-select')
assert !new File(selected, 'docs/a.md').exists()
assert !new File(selected, 'pics/overview.png').exists()
assert sha(new File(selected, 'docs/index.md')) == sha(new File(producer, 'docs/index.md'))
assert sha(new File(selected, 'docs/other.md')) == sha(new File(basedir, 'producer-b/docs/other.md'))
def selectRecord = new groovy.json.JsonSlurper().parse(new File(selected, '.faq-unpack.json'))
assert selectRecord.files*.path == ['docs/index.md', 'docs/other.md']
assert logs.any { it.contains('left out by includes/excludes: docs/a.md, pics/overview.png') }
def selectReport = new groovy.json.JsonSlurper().parse(new File(selected, 'target/faq/report.json'))
assert selectReport.summary.pages == 3
assert selectReport.summary.errors == 0
return true
