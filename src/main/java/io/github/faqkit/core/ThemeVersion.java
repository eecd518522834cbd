package io.github.faqkit.core;

/** A just-the-docs version such as {@code 0.10} or {@code 0.9.1}, compared numerically. */
public record ThemeVersion(int major, int minor, int patch) implements Comparable<ThemeVersion> {

    public static final ThemeVersion DEFAULT = new ThemeVersion(0, 10, 0);
    /**
     * The newest release whose navigation this plugin has measured (nav-golden builds each fixture with it); the
     * releases after it (0.11, 0.12) changed no navigation. A {@code remote_theme} without a release builds the
     * theme's default branch, which is taken as this.
     */
    public static final ThemeVersion NEWEST_KNOWN = new ThemeVersion(0, 10, 1);
    /** v0.10.0: unlimited depth, {@code has_children} redundant, {@code ancestor} added. */
    public static final ThemeVersion UNLIMITED_NAV = new ThemeVersion(0, 10, 0);

    public static ThemeVersion parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String[] parts = text.trim().replaceFirst("^v", "").split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int patch = parts.length > 2 ? Integer.parseInt(parts[2].replaceAll("\\D.*", "")) : 0;
            return new ThemeVersion(major, minor, patch);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("themeVersion '" + text + "' is not a version like 0.10 or 0.9.1");
        }
    }

    public boolean before(ThemeVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(ThemeVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c == 0 ? Integer.compare(patch, o.patch) : c;
    }

    @Override
    public String toString() {
        return major + "." + minor + (patch > 0 ? "." + patch : "");
    }
}
