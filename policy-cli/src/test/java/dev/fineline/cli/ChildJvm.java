package dev.fineline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of the test class path in a fresh JVM, for what one JVM cannot show about itself. */
final class ChildJvm {

    /** What a child printed and how it ended. */
    record Result(int exitCode, String out, String err) {
    }

    private ChildJvm() {
    }

    /**
     * Runs a class's main method in a child JVM with the test class path.
     *
     * @param dir       where the child's output files go
     * @param jvmOptions options such as {@code -Xmx512m}
     * @param mainClass the class
     * @param args      its arguments
     * @return its exit code and output
     */
    static Result run(Path dir, List<String> jvmOptions, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // Surefire's class path is a manifest-only jar that names every entry; a child can use it as it is.
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("child JVM still running after 5 minutes: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
