package dev.fineline.cli;

import picocli.CommandLine;

/** The version shown by {@code policy --version}. */
final class Versions implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = PolicyCli.class.getPackage().getImplementationVersion();
        return new String[] {"policy " + (version == null ? "(development build)" : version)};
    }
}
