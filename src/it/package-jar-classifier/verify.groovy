import java.util.zip.ZipFile

File dir = new File(localRepositoryPath, 'it/faq/package-jar-classifier/1.0')
assert new File(dir, 'package-jar-classifier-1.0.jar').isFile()
File zip = new File(dir, 'package-jar-classifier-1.0-faq.zip')
assert zip.isFile() : "a jar project must attach the content with classifier faq"
new ZipFile(zip).withCloseable { z ->
    assert z.entries().toList().findAll { !it.directory }*.name == ['META-INF/faq/manifest.json', 'content/help.md']
}
return true
