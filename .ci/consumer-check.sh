#!/bin/sh
# Shows that the README's Maven snippet works in a fresh project outside the repository.
#
# Run by `mvn verify` (policy-cli, integration-test phase) once every library jar is built, or by hand
# after `mvn package`:  .ci/consumer-check.sh
#
# 1. The freshly built jars and POMs of the reactor are laid out in a throwaway local repository, as
#    `mvn install` would lay them out (nothing is installed into ~/.m2).
# 2. Everything else (Drools, Jackson, SLF4J, Maven's plugins) comes from the developer's own local
#    repository, used read-only as the only remote repository: no network, so it works offline.
# 3. A new project in a temporary folder takes the <dependencies> block of the README verbatim, compiles
#    a class that judges a situation file, runs it, and checks the verdict and that SLF4J found its binding.
# On the way it checks the jars: an Automatic-Module-Name in each library jar, sources and javadoc jars
# next to them, and no JUnit inside policy.jar.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
MVN=${MVN:-mvn}
M2=${M2_REPO:-$HOME/.m2/repository}
VERSION=$(sed -n '/<artifactId>fineline-parent<\/artifactId>/,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fineline-consumer.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
REPO=$WORK/repository

say() { printf 'consumer-check: %s\n' "$*"; }

# 1. the reactor's artifacts, as `mvn install` lays them out
mkdir -p "$REPO/dev/fineline/fineline-parent/$VERSION"
cp "$ROOT/pom.xml" "$REPO/dev/fineline/fineline-parent/$VERSION/fineline-parent-$VERSION.pom"
for module in policy-model policy-content policy-rules policy-format policy-testkit; do
  jar=$ROOT/$module/target/$module-$VERSION.jar
  if [ ! -f "$jar" ]; then
    say "missing $jar: build the libraries first (mvn package)" >&2
    exit 2
  fi
  dir=$REPO/dev/fineline/$module/$VERSION
  mkdir -p "$dir"
  cp "$ROOT/$module/pom.xml" "$dir/$module-$VERSION.pom"
  cp "$jar" "$dir/"
done

# The jars themselves: a module name, sources and javadoc next to each library jar; no JUnit in policy.jar
if command -v unzip > /dev/null 2>&1; then
  for module in policy-model policy-content policy-rules policy-format policy-testkit; do
    name=dev.fineline.${module#policy-}
    if ! unzip -p "$ROOT/$module/target/$module-$VERSION.jar" META-INF/MANIFEST.MF | grep -q "^Automatic-Module-Name: $name"; then
      say "FAILED: $module's jar has no Automatic-Module-Name $name" >&2
      exit 1
    fi
    for kind in sources javadoc; do
      if [ ! -f "$ROOT/$module/target/$module-$VERSION-$kind.jar" ]; then
        say "FAILED: no $kind jar for $module" >&2
        exit 1
      fi
    done
  done
  CLI_JAR=$ROOT/policy-cli/target/policy.jar
  if [ -f "$CLI_JAR" ]; then
    if unzip -l "$CLI_JAR" | grep -q ' org/junit/'; then
      say "FAILED: policy.jar bundles JUnit" >&2
      exit 1
    fi
    if ! unzip -p "$CLI_JAR" META-INF/MANIFEST.MF | grep -q "^Implementation-Version: $VERSION"; then
      say "FAILED: policy.jar does not carry version $VERSION" >&2
      exit 1
    fi
  fi
else
  say "no unzip: the jars' manifests and contents are not checked" >&2
fi

# 2. the developer's own repository as the only remote one
cat > "$WORK/settings.xml" <<SETTINGS
<settings>
  <mirrors>
    <mirror>
      <id>local-copy</id>
      <mirrorOf>*</mirrorOf>
      <url>file://$M2</url>
    </mirror>
  </mirrors>
</settings>
SETTINGS

# 3. a fresh project: the README's dependencies, verbatim
SNIPPET=$(sed -n '/<!-- consumer-snippet:start -->/,/<!-- consumer-snippet:end -->/p' "$ROOT/README.md" | sed '1d;$d' | sed '/^```/d')
case "$SNIPPET" in
  *"<version>$VERSION</version>"*) ;;
  *) say "the README's snippet does not name version $VERSION" >&2; exit 2 ;;
esac
APP=$WORK/hr-app
mkdir -p "$APP/src/main/java/com/example/hr"
cat > "$APP/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>hr-app</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
$SNIPPET
  <build>
    <plugins>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
      <plugin><groupId>org.codehaus.mojo</groupId><artifactId>exec-maven-plugin</artifactId><version>3.5.0</version></plugin>
    </plugins>
  </build>
</project>
POM
cat > "$APP/src/main/java/com/example/hr/Audit.java" <<'JAVA'
package com.example.hr;

import dev.fineline.format.SituationFiles;
import dev.fineline.rules.Decision;
import dev.fineline.rules.PolicyEngine;
import java.nio.file.Path;

public class Audit {
    public static void main(String[] args) {
        PolicyEngine engine = PolicyEngine.builder().build();
        Decision decision = engine.evaluate(SituationFiles.read(Path.of(args[0]), engine));
        System.out.println("verdict " + decision.verdict() + " " + decision.reasons());
    }
}
JAVA

say "building a fresh project with the README's dependencies ($VERSION) in $APP"
OUT=$WORK/out.txt
if ! (cd "$APP" && "$MVN" -B -q -Dstyle.color=never -s "$WORK/settings.xml" -Dmaven.repo.local="$REPO" compile exec:java \
      -Dexec.mainClass=com.example.hr.Audit -Dexec.args="$ROOT/examples/situations/offboarding.yaml") > "$OUT" 2>&1; then
  cat "$OUT" >&2
  say "FAILED: the README's snippet does not build and run" >&2
  exit 1
fi
if ! grep -q "verdict FORBIDDEN" "$OUT"; then
  cat "$OUT" >&2
  say "FAILED: expected the offboarding example to be FORBIDDEN" >&2
  exit 1
fi
if grep -q 'No SLF4J providers' "$OUT"; then
  cat "$OUT" >&2
  say "FAILED: SLF4J found no binding with the README's snippet" >&2
  exit 1
fi
say "ok: $(grep -o "verdict .*" "$OUT")"
