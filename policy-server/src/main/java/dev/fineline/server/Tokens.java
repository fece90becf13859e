package dev.fineline.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A set of bearer tokens, each with the caller name the decision log records. Tokens are kept only as
 * SHA-256 digests and compared in constant time: every digest is compared in full, whatever matches.
 */
final class Tokens {

    /** The shortest token accepted: 16 characters. */
    static final int MIN_LENGTH = 16;

    private record Entry(String caller, byte[] digest) {
    }

    private final List<Entry> entries;

    private Tokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static Tokens none() {
        return new Tokens(List.of());
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Parses tokens: one per line or comma-separated, each {@code TOKEN} or {@code NAME TOKEN}; blank
     * lines and lines starting with {@code #} are skipped.
     */
    static Tokens parse(String text, String source) {
        List<Entry> entries = new ArrayList<>();
        int line = 0;
        for (String raw : text.split("[\\n,]")) {
            line++;
            String item = raw.strip();
            if (item.isEmpty() || item.startsWith("#")) {
                continue;
            }
            String[] parts = item.split("\\s+");
            if (parts.length > 2) {
                throw new IllegalArgumentException(source + ":" + line + ": expected TOKEN or NAME TOKEN");
            }
            String token = parts[parts.length - 1];
            if (token.length() < MIN_LENGTH) {
                throw new IllegalArgumentException(source + ":" + line + ": a token must be at least " + MIN_LENGTH
                        + " characters long");
            }
            byte[] digest = sha256(token);
            String caller = parts.length == 2 ? parts[0] : "token-" + HexFormat.of().formatHex(digest, 0, 4);
            entries.add(new Entry(caller, digest));
        }
        return new Tokens(entries);
    }

    static Tokens read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read token file");
        }
    }

    Tokens plus(Tokens other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new Tokens(all);
    }

    /**
     * The caller a presented token belongs to, or null when it matches none; takes the same time whether
     * or where it matches.
     */
    String caller(String presented) {
        if (presented == null) {
            return null;
        }
        byte[] digest = sha256(presented);
        String found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest) & found == null) {
                found = entry.caller();
            }
        }
        return found;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("sha-256 is missing from this JVM", e);
        }
    }
}
