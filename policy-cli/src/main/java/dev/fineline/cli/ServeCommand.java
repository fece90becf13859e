package dev.fineline.cli;

import dev.fineline.server.FinelineServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policy serve}: the HTTP/JSON API, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve decisions over HTTP/JSON (docs/openapi.yaml) until stopped, writing one decision log line "
                + "per decision.",
            "Tokens also come from the environment: FINELINE_TOKENS and FINELINE_ADMIN_TOKENS (comma-separated, "
                + "each TOKEN or NAME TOKEN); FINELINE_TLS_PASSWORD is the PKCS #12 password."})
final class ServeCommand implements Callable<Integer> {

    /** Hears the started server; for tests, which stop it. */
    static volatile Consumer<FinelineServer> started = server -> { };

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions = new RuleOptions();

    @Option(names = "--port", paramLabel = "N", description = "the port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one)")
    private int port = 8181;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "the address to listen on (default ${DEFAULT-VALUE}); any other needs tokens")
    private String bind = "127.0.0.1";

    @Option(names = "--watch", description = "reload when a rule file given with --rules changes; a broken set is refused "
            + "and the old one stays")
    private boolean watch;

    @Option(names = "--token-file", paramLabel = "FILE", description = "bearer tokens, one per line: TOKEN or NAME TOKEN (repeatable)")
    private List<Path> tokenFiles = new ArrayList<>();

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "admin tokens, the only ones that may reload or validate rules (repeatable)")
    private List<Path> adminTokenFiles = new ArrayList<>();

    @Option(names = "--tls-cert", paramLabel = "FILE", description = "the PEM certificate chain to serve HTTPS with")
    private Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE", description = "the PEM (PKCS #8) private key, or a PKCS #12 file")
    private Path tlsKey;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "the largest request body (default ${DEFAULT-VALUE})")
    private int maxBody = 1024 * 1024;

    @Option(names = "--decision-log", paramLabel = "FILE",
            description = "append the decision log to this file; - for standard output (default ${DEFAULT-VALUE})")
    private String decisionLog = "-";

    @Option(names = "--no-decision-log", description = "write no decision log")
    private boolean noDecisionLog;

    @Option(names = "--log-inputs", description = "keep each request body in its log line, so `policy log` can replay it; "
            + "bodies hold names and texts")
    private boolean logInputs;

    @Option(names = "--log-explanations", description = "keep each finding's explanation in the log; it quotes names and texts")
    private boolean logExplanations;

    @Override
    public Integer call() throws InterruptedException {
        if (watch && ruleOptions.rules.isEmpty()) {
            throw new BadInputException("--watch: give the rule files to watch with --rules");
        }
        if (tlsCert != null && tlsKey == null) {
            throw new BadInputException("--tls-cert: give the private key with --tls-key");
        }
        FinelineServer.Builder builder = FinelineServer.builder(ruleOptions.builder()).port(port).bind(bind)
                .maxBodyBytes(maxBody).logInputs(logInputs).logExplanations(logExplanations);
        tokenFiles.forEach(builder::tokenFile);
        adminTokenFiles.forEach(builder::adminTokenFile);
        String tokens = System.getenv("FINELINE_TOKENS");
        if (tokens != null && !tokens.isBlank()) {
            builder.tokens(tokens, "FINELINE_TOKENS");
        }
        String adminTokens = System.getenv("FINELINE_ADMIN_TOKENS");
        if (adminTokens != null && !adminTokens.isBlank()) {
            builder.adminTokens(adminTokens, "FINELINE_ADMIN_TOKENS");
        }
        if (tlsKey != null) {
            String password = System.getenv("FINELINE_TLS_PASSWORD");
            builder.tls(tlsCert, tlsKey, password == null ? null : password.toCharArray());
        }
        if (watch) {
            builder.watch(ruleOptions.rules);
        }
        if (noDecisionLog) {
            builder.noDecisionLog();
        } else if (decisionLog.equals("-")) {
            builder.decisionLog(spec.commandLine().getOut(), false);
        } else {
            builder.decisionLog(append(Path.of(decisionLog)), true);
        }
        FinelineServer server;
        try {
            server = builder.build().start();
        } catch (IllegalStateException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("policy: serving on " + server.uri() + ", rule base " + server.ruleBaseId());
        Thread hook = new Thread(server::close, "fineline-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        started.accept(server);
        server.join();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        return PolicyCli.OK;
    }

    private static Writer append(Path file) {
        try {
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open decision log \"" + file + "\"", e);
        }
    }
}
