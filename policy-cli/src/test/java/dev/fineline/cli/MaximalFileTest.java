package dev.fineline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap a maximal situation file needs: a valid file just under both the 10 MB and the 500,000-value
 * limits, judged by {@code policy check} in a child JVM capped at 512 MB of heap, as the README promises.
 */
class MaximalFileTest {

    /** The documented heap. */
    static final String HEAP = "-Xmx512m";

    /**
     * Writes a valid situation of about 9.9 MB and just under 500,000 values: many people, each with a
     * personal account and a post whose text fills the bytes.
     *
     * @return the number of people written
     */
    static int writeMaximal(Path file) throws IOException {
        long budgetBytes = 10L * 1024 * 1024 - 64 * 1024;
        int budgetValues = 500_000 - 1_000;
        // Per person: person 3 values, account 5, post 7 (with its one-tag list) = 15.
        int people = budgetValues / 15;
        String head = "at: 2026-11-20T10:15:00Z\norganization: {name: Big Co, jurisdiction: NO}\n";
        long fixed = head.length() + "people:\naccounts:\nposts:\n".length();
        long perPersonFixed = "  - {id: p-000000, engagement: EMPLOYEE}\n".length()
                + "  - {id: a-000000, platform: LINKEDIN, owner: p-000000, visibility: PUBLIC}\n".length()
                + "  - {id: post-000000, author: p-000000, account: a-000000, tags: [WORK_RELATED], text: \"\"}\n".length();
        int textChars = (int) ((budgetBytes - fixed) / people - perPersonFixed);
        String text = "quarterly numbers look good, proud of the team ".repeat(10).substring(0, textChars);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head);
            out.write("people:\n");
            for (int i = 0; i < people; i++) {
                out.write(String.format("  - {id: p-%06d, engagement: EMPLOYEE}%n", i));
            }
            out.write("accounts:\n");
            for (int i = 0; i < people; i++) {
                out.write(String.format("  - {id: a-%06d, platform: LINKEDIN, owner: p-%06d, visibility: PUBLIC}%n", i, i));
            }
            out.write("posts:\n");
            for (int i = 0; i < people; i++) {
                out.write(String.format("  - {id: post-%06d, author: p-%06d, account: a-%06d, tags: [WORK_RELATED], text: \"%s\"}%n",
                        i, i, i, text));
            }
        }
        return people;
    }

    /** The child: runs {@code policy check} on the file, then prints the peak heap used, in MB. */
    public static void main(String[] args) {
        int code = PolicyCli.run(new java.io.PrintWriter(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintWriter(System.err, true), "check", "--json", args[0]);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("exit " + code + ", peak heap " + peak / (1024 * 1024) + " MB");
        System.exit(code);
    }

    @Test
    void check_maximalValidFile_judgedWithinHalfAGigabyteOfHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("maximal.yaml");
        int people = writeMaximal(file);

        ChildJvm.Result result = ChildJvm.run(dir, List.of(HEAP), MaximalFileTest.class, file.toString());

        assertThat(Files.size(file)).isBetween(9L * 1024 * 1024, 10L * 1024 * 1024);
        assertThat(people).isGreaterThan(30_000);
        assertThat(result.err()).doesNotContain("internal error");
        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        assertThat(result.out()).startsWith("exit 0, peak heap ");
        System.out.println("maximal file " + Files.size(file) + " bytes, " + people + " people: " + result.out().strip());
    }
}
