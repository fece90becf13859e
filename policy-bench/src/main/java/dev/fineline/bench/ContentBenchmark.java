package dev.fineline.bench;

import dev.fineline.content.ContentAnalyzer;
import dev.fineline.content.Signal;
import dev.fineline.content.TextContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Content analysis of a typical post of about 280 characters with the standard analyzer (every built-in lexicon in
 * one automaton) and an organisation context of confidential terms, a secret client and contacts: latency
 * in sample mode (p50, p99). {@code typicalPost} has no identifiers; {@code postWithIdentifiers} has a
 * phone number, a payment card and the organisation's terms, so the checksum validators run too.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ContentBenchmark {

    /** 282 characters of ordinary work chatter with a little venting, no identifiers. */
    static final String TYPICAL = "Long week but we got there! The team pulled together for the launch of the new "
            + "booking flow and customers already love it. Still annoyed that the printer on floor two ate my slides "
            + "before the demo, typical Monday. Drinks on Friday? Thanks everyone who stayed late, you are the best!";

    /** 256 characters with a phone number, a card number, a confidential term and a secret client. */
    static final String WITH_IDENTIFIERS = "Great kickoff at Nordbank today, #ProjectFalcon is really moving. "
            + "The card terminal died mid-demo though, f*cking typical, and a guest read out his card "
            + "4539 1488 0343 6467 to the whole room. Call me on 928 44 310 if you want the details. Drinks on Friday?";

    private ContentAnalyzer analyzer;
    private TextContext context;

    /** Builds the analyzer and the context once. */
    @Setup
    public void setUp() {
        analyzer = ContentAnalyzer.standard();
        context = new TextContext(List.of("Falcon", "Project Nordlys"), Map.of("c-nordbank", "Nordbank"),
                Map.of("c-nordbank", "Nordbank", "c-eva", "Eva Lindqvist", "c-tor", "Tor Haugen"),
                Set.of("kari@acme.no", "+47 412 34 567"));
        if (TYPICAL.length() < 250 || TYPICAL.length() > 290 || WITH_IDENTIFIERS.length() < 250
                || WITH_IDENTIFIERS.length() > 290) {
            throw new IllegalStateException("posts are " + TYPICAL.length() + " and " + WITH_IDENTIFIERS.length()
                    + " characters");
        }
    }

    /** @return the signals of a typical post */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Signal> typicalPost() {
        return analyzer.analyze(TYPICAL, context);
    }

    /** @return the signals of a post with identifiers and the organisation's terms */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Signal> postWithIdentifiers() {
        return analyzer.analyze(WITH_IDENTIFIERS, context);
    }
}
