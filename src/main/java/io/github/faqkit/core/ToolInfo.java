package io.github.faqkit.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Name and version of this tool, for reports, caches and manifests. */
public final class ToolInfo {
    public static final String NAME = "faq-maven-plugin";
    public static final String VERSION = readVersion();

    private ToolInfo() {}

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
