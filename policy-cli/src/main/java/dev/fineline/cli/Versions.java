package dev.fineline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version shown by {@code policy --version}: the Maven project version, filtered in at build time. */
final class Versions implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"policy " + version()};
    }

    /** The version the build wrote into {@code version.properties}, else the jar manifest's, else "unknown". */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String version = properties.getProperty("version", "");
        if (version.isEmpty() || version.startsWith("${")) {
            version = PolicyCli.class.getPackage().getImplementationVersion();
        }
        return version == null ? "unknown" : version;
    }
}
