package dev.fineline.server;

import dev.fineline.rules.InvalidRulesException;
import dev.fineline.rules.PolicyEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fineline as an HTTP/JSON service (described in docs/openapi.yaml): decisions, batches, the rules in
 * force, rule validation and reloading, health probes and Prometheus metrics, with a decision log line
 * for every decision.
 *
 * <pre>{@code
 * try (FinelineServer server = FinelineServer.builder(PolicyEngine.builder()).port(8181).build().start()) {
 *     server.join();
 * }
 * }</pre>
 *
 * <p>It listens on 127.0.0.1 unless told otherwise, and refuses to listen anywhere else without bearer
 * tokens. Built on Jetty 12's core HTTP server (no servlets).
 */
public final class FinelineServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FinelineServer.class);

    private final Builder config;
    private final AtomicReference<PolicyEngine> engine = new AtomicReference<>();
    private final Metrics metrics = new Metrics(() -> engine.get() != null);
    private Server jetty;
    private ServerConnector connector;
    private RuleWatcher watcher;
    private DecisionSink sink;

    private FinelineServer(Builder config) {
        this.config = config;
    }

    /**
     * A builder for a server judging with the engine this engine builder builds.
     *
     * @param engine the engine's builder; the server builds it once it listens, and is ready after
     * @return a new builder
     */
    public static Builder builder(PolicyEngine.Builder engine) {
        return new Builder(Objects.requireNonNull(engine, "engine"));
    }

    /**
     * Starts listening, then builds the rule base; {@code /health/ready} answers 200 once it is built.
     *
     * @return this server, listening and ready
     * @throws IllegalStateException    when it cannot listen, or would listen beyond loopback without tokens
     * @throws IllegalArgumentException when a token file or the TLS key or certificate cannot be used
     * @throws InvalidRulesException    when the rules do not compile; the server is stopped then
     */
    public FinelineServer start() {
        Tokens tokens = config.tokens;
        if (tokens.isEmpty() && !isLoopback(config.bind)) {
            throw new IllegalStateException("listening on \"" + config.bind + "\" needs bearer tokens: give a token file "
                    + "or FINELINE_TOKENS, or bind to 127.0.0.1");
        }
        sink = config.decisionLog ? new DecisionSink(config.logWriter, config.closeLogWriter) : null;
        QueuedThreadPool threads = new QueuedThreadPool(config.maxThreads, Math.min(8, config.maxThreads));
        threads.setName("fineline-http");
        jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        HttpConnectionFactory plain = new HttpConnectionFactory(http);
        if (config.tlsKey != null) {
            KeyStore store = Tls.keyStore(config.tlsCert, config.tlsKey, config.tlsPassword);
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStore(store);
            ssl.setKeyStorePassword(new String(config.tlsPassword));
            ssl.setKeyManagerPassword(new String(config.tlsPassword));
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            secure.setSniHostCheck(false);
            http.addCustomizer(secure);
            connector = new ServerConnector(jetty, new SslConnectionFactory(ssl, plain.getProtocol()), plain);
        } else {
            connector = new ServerConnector(jetty, plain);
        }
        connector.setHost(config.bind);
        connector.setPort(config.port);
        connector.setIdleTimeout(config.readTimeout.toMillis());
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(config.maxConnections, connector));
        jetty.setHandler(new Api(this, config, metrics, sink, tokens, config.adminTokens));
        jetty.setErrorHandler(new JsonErrorHandler(metrics));
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("cannot listen on \"" + config.bind + ":" + config.port + "\": " + e.getMessage());
        }
        try {
            engine.set(config.engine.build());
        } catch (RuntimeException e) {
            stopQuietly();
            throw e;
        }
        if (!config.watch.isEmpty()) {
            try {
                watcher = new RuleWatcher(config.watch, this::reloadQuietly);
            } catch (IOException e) {
                stopQuietly();
                throw new UncheckedIOException("cannot watch the rule files", e);
            }
        }
        LOG.info("serving on {}, rule base {}", uri(), engine.get().ruleBaseId());
        return this;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("unknown address \"" + host + "\"");
        }
    }

    /** The engine once built, else null. */
    PolicyEngine engine() {
        return engine.get();
    }

    /**
     * The port the server listens on: the one asked for, or the one the system gave for port 0.
     *
     * @return the port
     */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * The address to reach the server at.
     *
     * @return for example {@code http://127.0.0.1:8181/}
     */
    public URI uri() {
        String host = config.bind.contains(":") ? "[" + config.bind + "]" : config.bind;
        return URI.create((config.tlsKey != null ? "https" : "http") + "://" + host + ":" + port() + "/");
    }

    /**
     * The id of the rule base in force.
     *
     * @return the id, or null before the rule base is built
     */
    public String ruleBaseId() {
        PolicyEngine current = engine.get();
        return current == null ? null : current.ruleBaseId();
    }

    /**
     * Whether the rule base is built and decisions are answered.
     *
     * @return true once ready
     */
    public boolean ready() {
        return engine.get() != null;
    }

    /**
     * Reloads the rule files, as {@code POST /v1/reload} does: the new set is swapped in atomically, and
     * a set that does not compile is refused while the old one stays.
     *
     * @return the id of the rule base now in force
     * @throws InvalidRulesException with every problem; the old rules stay in force
     */
    public String reload() {
        return reload("request");
    }

    synchronized String reload(String trigger) {
        PolicyEngine current = engine.get();
        String before = current.ruleBaseId();
        try {
            String now = current.reload();
            metrics.reload(now.equals(before) ? "unchanged" : "applied", trigger);
            LOG.info("reload ({}): rule base {}", trigger, now.equals(before) ? "unchanged, " + now : before + " replaced by " + now);
            config.onReload.accept(now);
            return now;
        } catch (InvalidRulesException e) {
            metrics.reload("refused", trigger);
            LOG.warn("reload ({}) refused, rule base {} stays: {}", trigger, before, e.getMessage());
            config.onReload.accept(null);
            throw e;
        }
    }

    private void reloadQuietly() {
        try {
            reload("watch");
        } catch (InvalidRulesException e) {
            // logged and counted by reload
        }
    }

    /**
     * Blocks until the server stops.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops listening, lets requests in flight finish for a moment, and closes the decision log. */
    @Override
    public void close() {
        stopQuietly();
    }

    private void stopQuietly() {
        try {
            if (watcher != null) {
                watcher.close();
            }
            if (jetty != null) {
                jetty.stop();
            }
            if (sink != null) {
                sink.close();
            }
        } catch (Exception e) {
            LOG.debug("while stopping: {}", e.toString());
        }
    }

    /** Configures a {@link FinelineServer}. Mutable; build one server from it. */
    public static final class Builder {

        final PolicyEngine.Builder engine;
        int port = 8181;
        String bind = "127.0.0.1";
        Tokens tokens = Tokens.none();
        Tokens adminTokens = Tokens.none();
        Path tlsCert;
        Path tlsKey;
        char[] tlsPassword = new char[0];
        List<Path> watch = List.of();
        int maxBodyBytes = 1024 * 1024;
        int maxBatch = 1000;
        int maxThreads = 200;
        int maxConnections = 1000;
        Duration readTimeout = Duration.ofSeconds(10);
        boolean decisionLog = true;
        Writer logWriter;
        boolean closeLogWriter;
        boolean logInputs;
        boolean logExplanations;
        Consumer<String> onReload = id -> { };

        private Builder(PolicyEngine.Builder engine) {
            this.engine = engine;
        }

        /**
         * The port to listen on.
         *
         * @param port 0 to 65535; 0 lets the system choose (default 8181)
         * @return this builder
         * @throws IllegalArgumentException quoting a port out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port: must be 0 to 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The address to listen on. Any address but a loopback one needs bearer tokens.
         *
         * @param address an IP address or host name (default 127.0.0.1)
         * @return this builder
         */
        public Builder bind(String address) {
            this.bind = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Adds bearer tokens that may call the API: one per line or comma-separated, each {@code TOKEN} or
         * {@code NAME TOKEN} (the name is the caller the decision log records), at least 16 characters;
         * blank lines and lines starting with {@code #} are skipped. With any token set, every endpoint
         * but the health probes needs one.
         *
         * @param text   the tokens
         * @param source where they come from, for messages (a file name, an environment variable)
         * @return this builder
         * @throws IllegalArgumentException quoting the source and line of a malformed or short token
         */
        public Builder tokens(String text, String source) {
            tokens = tokens.plus(Tokens.parse(text, source));
            return this;
        }

        /**
         * Adds bearer tokens from a file, in the format of {@link #tokens(String, String)}.
         *
         * @param file the token file
         * @return this builder
         * @throws IllegalArgumentException when the file cannot be read or holds a malformed token
         */
        public Builder tokenFile(Path file) {
            tokens = tokens.plus(Tokens.read(file));
            return this;
        }

        /**
         * Adds admin tokens, in the format of {@link #tokens(String, String)}: once any is set,
         * {@code /v1/reload} and {@code /v1/rules:validate} answer only to an admin token. With ordinary
         * tokens and no admin token, those two endpoints are closed. Admin tokens may call the rest too.
         *
         * @param text   the tokens
         * @param source where they come from, for messages
         * @return this builder
         */
        public Builder adminTokens(String text, String source) {
            adminTokens = adminTokens.plus(Tokens.parse(text, source));
            return this;
        }

        /**
         * Adds admin tokens from a file; see {@link #adminTokens(String, String)}.
         *
         * @param file the token file
         * @return this builder
         */
        public Builder adminTokenFile(Path file) {
            adminTokens = adminTokens.plus(Tokens.read(file));
            return this;
        }

        /**
         * Serves HTTPS with a key and its certificate: a PEM certificate chain and a PEM PKCS #8 key, or
         * a PKCS #12 file as the key (then the certificate may be null).
         *
         * @param certificate the PEM certificate chain, or null with a PKCS #12 key file
         * @param key         the PEM private key, or a PKCS #12 file
         * @param password    the PKCS #12 password, or null for none
         * @return this builder
         */
        public Builder tls(Path certificate, Path key, char[] password) {
            this.tlsCert = certificate;
            this.tlsKey = Objects.requireNonNull(key, "key");
            this.tlsPassword = password == null ? new char[0] : password.clone();
            return this;
        }

        /**
         * Reloads the rules whenever a {@code .drl} file in these files' folders (or these folders)
         * changes; a set that does not compile is refused and logged, and the old one stays.
         *
         * @param paths the custom rule files and folders, as given to the engine builder
         * @return this builder
         */
        public Builder watch(List<Path> paths) {
            this.watch = List.copyOf(paths);
            return this;
        }

        /**
         * Caps a request body; a larger one is refused with 413 while it is read, before it is parsed.
         *
         * @param bytes at least 1 (default 1 MiB)
         * @return this builder
         */
        public Builder maxBodyBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes: must be at least 1, was " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * Caps the situations of one batch request.
         *
         * @param situations at least 1 (default 1,000)
         * @return this builder
         */
        public Builder maxBatch(int situations) {
            if (situations < 1) {
                throw new IllegalArgumentException("maxBatch: must be at least 1, was " + situations);
            }
            this.maxBatch = situations;
            return this;
        }

        /**
         * Caps the time a client may stay silent on a connection, and the time to send a whole body;
         * a slower client is cut off (408 when it can still be told).
         *
         * @param timeout a positive duration (default 10 seconds)
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("readTimeout: must be a positive duration, was " + timeout);
            }
            this.readTimeout = timeout;
            return this;
        }

        /**
         * Caps the connections open at once; more wait to be accepted.
         *
         * @param connections at least 1 (default 1,000)
         * @return this builder
         */
        public Builder maxConnections(int connections) {
            if (connections < 1) {
                throw new IllegalArgumentException("maxConnections: must be at least 1, was " + connections);
            }
            this.maxConnections = connections;
            return this;
        }

        /**
         * Caps the threads answering requests.
         *
         * @param threads at least 8 (default 200)
         * @return this builder
         */
        public Builder maxThreads(int threads) {
            if (threads < 8) {
                throw new IllegalArgumentException("maxThreads: must be at least 8, was " + threads);
            }
            this.maxThreads = threads;
            return this;
        }

        /**
         * Where decision log lines go besides the SLF4J logger {@code fineline.decisions}: a writer that
         * gets one line per decision, flushed each time.
         *
         * @param writer the writer, or null for the logger only
         * @param close  true to close the writer when the server stops
         * @return this builder
         */
        public Builder decisionLog(Writer writer, boolean close) {
            this.decisionLog = true;
            this.logWriter = writer;
            this.closeLogWriter = close;
            return this;
        }

        /**
         * Writes no decision log at all (it is written by default).
         *
         * @return this builder
         */
        public Builder noDecisionLog() {
            this.decisionLog = false;
            this.logWriter = null;
            return this;
        }

        /**
         * Keeps each decision's input (the request body) in its log line, so that {@code policy log}
         * can replay it. The input holds names and texts: ask for it only where the log is guarded.
         *
         * @param enabled true to keep inputs (default false)
         * @return this builder
         */
        public Builder logInputs(boolean enabled) {
            this.logInputs = enabled;
            return this;
        }

        /**
         * Keeps each finding's explanation in the decision log; explanations quote names and texts.
         *
         * @param enabled true to keep explanations (default false)
         * @return this builder
         */
        public Builder logExplanations(boolean enabled) {
            this.logExplanations = enabled;
            return this;
        }

        /** Hears each reload's outcome: the new rule base id, or null when the set was refused. For tests. */
        Builder onReload(Consumer<String> listener) {
            this.onReload = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The server, not yet started.
         *
         * @return the server; call {@link FinelineServer#start()}
         */
        public FinelineServer build() {
            return new FinelineServer(this);
        }
    }
}
