package dev.fineline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A load generator for {@code policy serve}, over loopback only: keep-alive HTTP/1.1 connections, each
 * on its own thread, posting the typical situation to {@code /v1/decisions}. Bounded in requests and in
 * time, it stops by itself and prints throughput and latency percentiles.
 *
 * <p>Without {@code --rate} it sends as fast as the server answers (closed loop: throughput). With
 * {@code --rate R} it sends R requests a second on a fixed schedule and measures each latency from
 * the moment the request was due, so a stalled server shows in the percentiles (no coordinated omission).
 *
 * <pre>
 * java -cp policy-bench/target/benchmarks.jar dev.fineline.bench.HttpLoad --url http://127.0.0.1:8181 \
 *     --connections 8 --requests 300000 --seconds 20 [--rate 5000] [--warmup 5] [--body FILE]
 * </pre>
 */
public final class HttpLoad {

    private HttpLoad() {
    }

    /** The options of one run. */
    record Options(URI url, int connections, long requests, int seconds, int rate, int warmup, byte[] body) {
    }

    /**
     * Runs the load and prints its figures.
     *
     * @param args the options, see the class description
     * @throws Exception when the server cannot be reached
     */
    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(options.url().resolve("/v1/decisions"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(options.body())).build();
        if (options.warmup() > 0) {
            System.out.printf(Locale.ROOT, "warm-up: %d s%n", options.warmup());
            run(client, request, new Options(options.url(), options.connections(), Long.MAX_VALUE, options.warmup(),
                    options.rate(), 0, options.body()));
        }
        Result result = run(client, request, options);
        result.print(options);
    }

    /** What a run measured. */
    private record Result(long ok, long failed, long nanos, long[] latencies, String firstFailure) {
        void print(Options options) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            double seconds = nanos / 1e9;
            System.out.printf(Locale.ROOT, "%s, %d connections%s: %d answered 200, %d failed in %.2f s%n", options.url(),
                    options.connections(), options.rate() > 0 ? ", target " + options.rate() + "/s" : ", closed loop",
                    ok, failed, seconds);
            System.out.printf(Locale.ROOT, "throughput %.0f decisions/s%n", ok / seconds);
            System.out.printf(Locale.ROOT, "latency ms: p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f%n",
                    pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), pct(sorted, 99.9), sorted.length == 0 ? 0
                            : sorted[sorted.length - 1] / 1e6);
            if (firstFailure != null) {
                System.out.println("first failure: " + firstFailure);
            }
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    private static Result run(HttpClient client, HttpRequest request, Options options) throws InterruptedException {
        int n = options.connections();
        long perThread = Math.max(1, options.requests() == Long.MAX_VALUE ? Long.MAX_VALUE / n : options.requests() / n);
        long capacity = Math.min(perThread, options.rate() > 0 ? (long) options.rate() / n * options.seconds() + 16
                : 2_000_000L / n);
        long[][] latencies = new long[n][(int) capacity];
        int[] counts = new int[n];
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        String[] firstFailure = new String[1];
        long start = System.nanoTime();
        long end = start + options.seconds() * 1_000_000_000L;
        long interval = options.rate() > 0 ? 1_000_000_000L * n / options.rate() : 0;
        Thread[] threads = new Thread[n];
        for (int t = 0; t < n; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                long due = start + (interval * id) / n;
                for (long i = 0; i < perThread; i++) {
                    long now = System.nanoTime();
                    if (now - end > 0) {
                        return;
                    }
                    if (interval > 0) {
                        while ((now = System.nanoTime()) < due) {
                            LockSupport.parkNanos(due - now);
                        }
                    }
                    long from = interval > 0 ? due : now;
                    due += interval;
                    try {
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 200) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            synchronized (firstFailure) {
                                if (firstFailure[0] == null) {
                                    firstFailure[0] = "status " + response.statusCode();
                                }
                            }
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        synchronized (firstFailure) {
                            if (firstFailure[0] == null) {
                                firstFailure[0] = e.toString();
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (counts[id] < latencies[id].length) {
                        latencies[id][counts[id]++] = System.nanoTime() - from;
                    }
                }
            }, "load-" + t);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long nanos = System.nanoTime() - start;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int t = 0; t < n; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        return new Result(ok.get(), failed.get(), nanos, all, firstFailure[0]);
    }

    static Options parse(String[] args) throws IOException {
        URI url = URI.create("http://127.0.0.1:8181");
        int connections = 8;
        long requests = 300_000;
        int seconds = 20;
        int rate = 0;
        int warmup = 5;
        byte[] body = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--url" -> url = URI.create(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--requests" -> requests = Long.parseLong(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--rate" -> rate = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--body" -> body = Files.readAllBytes(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option \"" + args[i] + "\"");
            }
            i++;
        }
        if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("--url: loopback only, was \"" + url.getHost() + "\"");
        }
        if (connections < 1 || requests < 1 || seconds < 1 || seconds > 600 || rate < 0 || warmup < 0) {
            throw new IllegalArgumentException("connections, requests and seconds (at most 600) must be positive");
        }
        if (body == null) {
            try (InputStream in = HttpLoad.class.getResourceAsStream("typical.json")) {
                body = in.readAllBytes();
            }
        }
        return new Options(url, connections, requests, seconds, rate, warmup, body);
    }

}
