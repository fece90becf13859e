package dev.fineline.rules;

import dev.fineline.model.Situation;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.util.Drools;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in rule packages compiled and serialised at build time, so that an engine starts without
 * compiling DRL. The file is a classpath resource the build wrote ({@link #RESOURCE}), never a file from
 * elsewhere, and it is used only when its header matches what is running: the SHA-256 of the built-in
 * rule texts, the hash of the model classes the rules were compiled against, and the Drools version.
 * The header also holds the SHA-256 of the serialised packages, so a damaged file is never deserialised.
 * Anything else (no file, another header, a file that does not read back) means compiling from DRL.
 */
final class PackageCache {

    private static final Logger LOG = LoggerFactory.getLogger(PackageCache.class);

    /** Where the build writes the cache, inside the policy-rules jar. */
    static final String RESOURCE = "dev/fineline/rules/built-in-rules.packages";

    private static final String FORMAT = "fineline-package-cache 1";
    private static final String MODEL_PACKAGE = Situation.class.getPackageName().replace('.', '/') + "/";

    private PackageCache() {
    }

    /**
     * What a cache must have been built from to be used: the rule texts, the model classes and Drools.
     *
     * @param rules   SHA-256 of the built-in rule files, names and texts
     * @param model   SHA-256 of the model's class files
     * @param classes the model's class files, by name relative to the model package, comma-separated
     * @param drools  the Drools version
     */
    record Key(String rules, String model, String classes, String drools) {

        String header() {
            return FORMAT + "\nrules: " + rules + "\nmodel: " + model + "\nclasses: " + classes + "\ndrools: " + drools + "\n";
        }

        /** The key of what runs now, for the model classes a cache names. */
        static Key current(List<RuleSource> builtIns, List<String> modelClasses) throws IOException {
            return new Key(rulesHash(builtIns), modelHash(modelClasses), String.join(",", modelClasses), Drools.getFullVersion());
        }
    }

    /**
     * The cached built-in packages, when the classpath holds a cache that matches these rule texts, the
     * model classes and the Drools version in use.
     *
     * @param builtIns the built-in rule files as read now
     * @return the packages, or empty when they must be compiled from DRL
     */
    static Optional<Collection<KiePackage>> load(List<RuleSource> builtIns) {
        ClassLoader loader = PackageCache.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.debug("no built-in package cache on the class path; compiling from DRL");
                return Optional.empty();
            }
            return read(in, builtIns, loader);
        } catch (IOException | RuntimeException e) {
            LOG.debug("built-in package cache unreadable; compiling from DRL", e);
            return Optional.empty();
        }
    }

    /**
     * Reads a cache, checking its header against what runs now.
     *
     * @return the packages, or empty when the header does not match or the payload does not read back
     */
    static Optional<Collection<KiePackage>> read(InputStream in, List<RuleSource> builtIns, ClassLoader loader) {
        try {
            DataInputStream data = new DataInputStream(in);
            String header = data.readUTF();
            String classes = field(header, "classes");
            if (!header.startsWith(FORMAT + "\n") || classes == null) {
                LOG.debug("built-in package cache has an unknown format; compiling from DRL");
                return Optional.empty();
            }
            Key now = Key.current(builtIns, classes.isEmpty() ? List.of() : List.of(classes.split(",")));
            if (!header.startsWith(now.header())) {
                LOG.debug("built-in package cache was built from other rules, model or Drools; compiling from DRL");
                return Optional.empty();
            }
            byte[] payload = data.readAllBytes();
            if (!header.equals(now.header() + "payload: " + HexFormat.of().formatHex(sha256().digest(payload)) + "\n")) {
                LOG.debug("built-in package cache is damaged; compiling from DRL");
                return Optional.empty();
            }
            try (DroolsObjectInputStream objects = new DroolsObjectInputStream(new java.io.ByteArrayInputStream(payload), loader)) {
                Object read = objects.readObject();
                if (!(read instanceof Collection<?> packages) || packages.isEmpty()
                        || !packages.stream().allMatch(KiePackage.class::isInstance)) {
                    return Optional.empty();
                }
                List<KiePackage> result = new ArrayList<>();
                packages.forEach(p -> result.add((KiePackage) p));
                return Optional.of(result);
            }
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.debug("built-in package cache does not read back; compiling from DRL", e);
            return Optional.empty();
        }
    }

    /**
     * Writes packages with the header of the rules and model they were compiled from.
     *
     * @param packages     the compiled built-in packages
     * @param builtIns     the rule files they were compiled from
     * @param modelClasses the model's class files, relative to the model package
     * @param out          where to write
     */
    static void write(Collection<KiePackage> packages, List<RuleSource> builtIns, List<String> modelClasses, OutputStream out)
            throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DroolsObjectOutputStream objects = new DroolsObjectOutputStream(payload)) {
            objects.writeObject(new ArrayList<>(packages));
        }
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(Key.current(builtIns, modelClasses).header() + "payload: "
                + HexFormat.of().formatHex(sha256().digest(payload.toByteArray())) + "\n");
        payload.writeTo(data);
        data.flush();
    }

    private static String field(String header, String name) {
        for (String line : header.split("\n")) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2);
            }
        }
        return null;
    }

    /** SHA-256 of the built-in rule files: each name and text, in name order. */
    static String rulesHash(List<RuleSource> sources) {
        MessageDigest digest = sha256();
        sources.stream().sorted(Comparator.comparing(RuleSource::name)).forEach(s -> {
            digest.update(s.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(s.text().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of the named model class files, read through the class loader that loaded the model. */
    static String modelHash(List<String> classes) throws IOException {
        MessageDigest digest = sha256();
        ClassLoader loader = Situation.class.getClassLoader();
        for (String name : classes) {
            try (InputStream in = loader.getResourceAsStream(MODEL_PACKAGE + name)) {
                if (in == null) {
                    throw new IOException("model class file " + MODEL_PACKAGE + name + " is missing");
                }
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(in.readAllBytes());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every class file of the model package where the model was loaded from, a folder or a jar, by name. */
    static List<String> modelClasses() throws IOException {
        Path location;
        try {
            location = Path.of(Situation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot locate the model classes", e);
        }
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            Path root = location.resolve(MODEL_PACKAGE);
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".class"))
                        .forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                    if (entry.getName().startsWith(MODEL_PACKAGE) && entry.getName().endsWith(".class")) {
                        names.add(entry.getName().substring(MODEL_PACKAGE.length()));
                    }
                }
            }
        }
        names.sort(null);
        return names;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
