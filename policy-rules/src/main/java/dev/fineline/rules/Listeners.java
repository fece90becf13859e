package dev.fineline.rules;

import dev.fineline.model.Situation;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells an engine's decision listeners about a decision; a failing listener never changes it. */
final class Listeners {

    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private Listeners() {
    }

    static void tell(List<DecisionListener> listeners, Situation situation, Decision decision) {
        DecisionEvent event = new DecisionEvent(UUID.randomUUID().toString(), Instant.now(), decision.ruleBase(),
                hash(canonical(situation, new StringBuilder()).toString()), situation, decision);
        for (DecisionListener listener : listeners) {
            try {
                listener.decided(event);
            } catch (RuntimeException e) {
                LOG.warn("decision listener failed on decision {}: {}", event.id(), e.toString());
            }
        }
    }

    /**
     * Writes a value with every field: records as their components by name, collections in their
     * (fixed) order, maps by entry. The model's own toString methods are short descriptions, not this.
     */
    static StringBuilder canonical(Object value, StringBuilder out) {
        if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('(');
            RecordComponent[] components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(components[i].getName()).append('=');
                try {
                    canonical(components[i].getAccessor().invoke(record), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + components[i].getName(), e);
                }
            }
            return out.append(')');
        }
        if (value instanceof Collection<?> items) {
            out.append('[');
            String separator = "";
            for (Object item : items) {
                canonical(item, out.append(separator));
                separator = ", ";
            }
            return out.append(']');
        }
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                canonical(entry.getValue(), canonical(entry.getKey(), out.append(separator)).append('='));
                separator = ", ";
            }
            return out.append('}');
        }
        if (value instanceof String text) {
            return out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append(value);
    }

    /** {@code sha256:} and the hex SHA-256 of the text's UTF-8 bytes. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("sha-256 is missing from this JVM", e);
        }
    }
}
