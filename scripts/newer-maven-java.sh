#!/usr/bin/env bash
# Builds the plugin and runs its unit tests on JDK 25 (javac's lint and the JDK's own Unicode data move with
# the JDK; heading ids must not), then builds sample-site/ with the newest Maven and Java this plugin supports:
# Maven 4 (a release candidate, fetched as the Maven artifact org.apache.maven:apache-maven:<version>:tar.gz:bin)
# on JDK 25, and Maven 3.9 (the wrapper) on JDK 25. Run after `./mvnw install` (the sample site uses the
# installed plugin). The unit tests take about three minutes.
# What is not available here (no JDK 25, Maven 4 not resolvable) is skipped with a message, not failed.
#   MAVEN4_VERSION  default 4.0.0-rc-5
#   JAVA25_HOME     default /usr/lib/jvm/temurin-25-jdk-amd64
set -euo pipefail
cd "$(dirname "$0")/.."
MAVEN4_VERSION="${MAVEN4_VERSION:-4.0.0-rc-5}"
JAVA25_HOME="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
WORK=target/newer-maven-java
mkdir -p "$WORK"

if [ ! -x "$JAVA25_HOME/bin/java" ]; then
  echo "newer-maven-java: SKIPPED: no JDK 25 at $JAVA25_HOME (set JAVA25_HOME)"
  exit 0
fi
"$JAVA25_HOME/bin/java" -version 2>&1 | head -1

echo "newer-maven-java: the plugin's unit tests on JDK 25"
JAVA_HOME="$JAVA25_HOME" ./mvnw -B test

echo "newer-maven-java: sample-site with Maven 3.9 (wrapper) on JDK 25"
rm -rf sample-site/target
JAVA_HOME="$JAVA25_HOME" ./mvnw -B -f sample-site/pom.xml verify

maven4="$WORK/apache-maven-$MAVEN4_VERSION"
if [ ! -x "$maven4/bin/mvn" ]; then
  if ! ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.apache.maven:apache-maven:$MAVEN4_VERSION:tar.gz:bin" -DoutputDirectory="$WORK"; then
    echo "newer-maven-java: SKIPPED Maven 4: org.apache.maven:apache-maven:$MAVEN4_VERSION does not resolve"
    exit 0
  fi
  tar xzf "$WORK/apache-maven-$MAVEN4_VERSION-bin.tar.gz" -C "$WORK"
fi
echo "newer-maven-java: sample-site with Maven $MAVEN4_VERSION on JDK 25"
rm -rf sample-site/target
JAVA_HOME="$JAVA25_HOME" "$maven4/bin/mvn" -B -f sample-site/pom.xml verify
test -f sample-site/target/sample-faq-1.0.0-SNAPSHOT.zip
test -f sample-site/target/faq/report.json
echo "newer-maven-java: passed on Maven 3.9 and $MAVEN4_VERSION with JDK 25"
