// Content edited "an hour ago": stamps taken just after a write are not trusted (a write in the same
// clock tick keeps the time), and this scenario is about content that was not edited during the build.
import java.nio.file.*
import java.nio.file.attribute.FileTime
def past = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L)
Files.walk(new File(basedir, 'site').toPath()).forEach { Files.setLastModifiedTime(it, past) }
return true
