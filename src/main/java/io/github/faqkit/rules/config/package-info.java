/**
 * Configuration rules: what {@code _config.yml} makes Jekyll publish.
 *
 * <ul>
 *   <li>CFG001 build-files-published: {@code exclude:} does not keep the build ({@code pom.xml}, the build folder
 *       with the reports, the baseline, {@code mvnw}, {@code .mvn}) out of the built site.</li>
 * </ul>
 *
 * {@link io.github.faqkit.rules.config.ConfigRules} registers them.
 */
package io.github.faqkit.rules.config;
