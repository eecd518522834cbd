package io.github.faqkit.robustness;

/** Named by a YAML tag in a hostile front matter: if anything initialises it, a system property says so. */
public final class YamlCanary {
    /** Set by the static initialiser; read through System, since reading a field here would initialise it. */
    static final String PROPERTY = "faqkit.yamlCanary.initialised";

    static {
        System.setProperty(PROPERTY, "true");
    }

    public YamlCanary() {}

    public YamlCanary(String any) {}
}
