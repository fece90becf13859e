#!/bin/sh
# Lays out the policy distribution under TARGET/policy: bin/policy, lib/policy.jar and, when this JVM can
# make one, lib/policy.jsa, an application class-data sharing archive recorded on a sample check. Without
# the archive the launcher still works, only slower to start.
# usage: package.sh TARGET JAVA SAMPLE-SITUATION
set -e
target=$1
java=$2
sample=$3
dist=$target/policy
rm -rf "$dist"
mkdir -p "$dist/bin" "$dist/lib"
cp "$target/policy.jar" "$dist/lib/policy.jar"
cp "$(dirname -- "$0")/policy" "$dist/bin/policy"
chmod +x "$dist/bin/policy"
lib=$(CDPATH= cd -- "$dist/lib" && pwd -P)
if "$java" -XX:ArchiveClassesAtExit="$lib/policy.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        -Xlog:disable -Xlog:all=error:stderr -cp "$lib/policy.jar" dev.fineline.cli.PolicyCli check "$sample" >/dev/null \
        && [ -s "$lib/policy.jsa" ]; then
    :
else
    rm -f "$lib/policy.jsa"
    echo "policy launcher: no class-data sharing archive (this JVM could not make one); bin/policy starts without it" >&2
fi
