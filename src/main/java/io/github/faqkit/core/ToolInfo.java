package io.github.faqkit.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Name and version of this tool, for reports, caches and manifests. */
public final class ToolInfo {
    public static final String NAME = "faq-maven-plugin";
    public static final String VERSION = readVersion();

    private ToolInfo() {}

    /**
     * The tool version that keys what runs keep for later runs (page summaries, the run record). A SNAPSHOT is
     * rebuilt under the same version and may parse differently, so its identity also carries the size and time
     * of the jar it runs from.
     */
    public static String identity() {
        if (!VERSION.endsWith("-SNAPSHOT")) {
            return VERSION;
        }
        try {
            Path jar = Path.of(ToolInfo.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isRegularFile(jar)) {
                return VERSION + "@" + Files.size(jar) + "-"
                        + Files.getLastModifiedTime(jar).toMillis();
            }
        } catch (java.net.URISyntaxException | IOException | RuntimeException e) {
            // an unusual class loader: the version alone keys the cache
        }
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("/io/github/faqkit/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "0.0.0");
            return v.startsWith("${") ? "0.0.0" : v;
        } catch (IOException e) {
            return "0.0.0";
        }
    }
}
