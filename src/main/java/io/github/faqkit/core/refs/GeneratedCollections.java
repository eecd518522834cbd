package io.github.faqkit.core.refs;

import io.github.faqkit.core.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The URL folders of collections that {@code _config.yml} declares with {@code output: true} but whose folder
 * ({@code _<label>}, under {@code collections_dir}) the site's source does not have: a build step writes their
 * documents before Jekyll runs (Netbeheer-Nederland/stelsel's {@code invoke build} generates {@code _registers} from
 * its LinkML models into a staging copy of docs/, with the diagrams beside them), so what is published there is not
 * known here, never missing. Only a folder the collection's permalink names before its first placeholder counts:
 * {@code /:collection/…} (Jekyll's default) is {@code /<label>/}, a literal {@code /models/:path/} is
 * {@code /models/}; a permalink that starts with a placeholder ({@code /:path/}) leaves nothing.
 */
record GeneratedCollections(List<String> folders) {

    static GeneratedCollections of(Site site) {
        List<String> out = new ArrayList<>();
        String dir = site.config().collectionsDir();
        Path root = site.contentDirectory();
        for (Map.Entry<String, Boolean> c : site.config().collections().entrySet()) {
            String label = c.getKey();
            if (!c.getValue() || label.equals("posts") || label.isEmpty()) {
                continue;
            }
            Path folder = root.resolve(dir.isEmpty() ? "_" + label : dir + "/_" + label);
            if (Files.exists(folder)) {
                continue; // the collection's documents are in the source: checked as they are
            }
            String permalink = site.config()
                    .raw()
                    .path("collections")
                    .path(label)
                    .path("permalink")
                    .asText("")
                    .strip();
            String first = permalink.isEmpty() || permalink.startsWith("/:collection/")
                    ? label
                    : firstLiteralFolder(permalink);
            if (first != null) {
                out.add("/" + first + "/");
            }
        }
        return new GeneratedCollections(List.copyOf(out));
    }

    /** The first folder of {@code permalink} when it is written out ({@code /models/:path/} → models); else null. */
    private static String firstLiteralFolder(String permalink) {
        if (!permalink.startsWith("/")) {
            return null;
        }
        int end = permalink.indexOf('/', 1);
        if (end < 0) {
            return null;
        }
        String first = permalink.substring(1, end);
        return first.isEmpty() || first.contains(":") ? null : first;
    }

    /** True when {@code sitePath} ({@code /registers/x/}) lies in the URL folder of such a collection. */
    boolean covers(String sitePath) {
        for (String f : folders) {
            if (sitePath.startsWith(f)) {
                return true;
            }
        }
        return false;
    }
}
