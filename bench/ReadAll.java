import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The floor of any checker: a JVM that reads (and decodes) every Markdown file once. */
public class ReadAll {
    public static void main(String[] args) throws IOException {
        long chars = 0;
        int files = 0;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".md"))::iterator) {
                chars += Files.readString(p).length();
                files++;
            }
        }
        System.out.println(files + " files, " + chars + " chars");
    }
}
