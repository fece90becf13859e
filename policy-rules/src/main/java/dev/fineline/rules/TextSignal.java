package dev.fineline.rules;

import dev.fineline.content.Signal;
import dev.fineline.model.ContentTag;
import java.util.Objects;

/**
 * A signal the content analysis read in the text of a post or message. Each one is also a fact the
 * rules can match, so that a rule can tell what the text says from what the caller tagged; a restricted
 * rule file matches it first and joins the post or message by id:
 *
 * <pre>{@code
 * TextSignal(tag == ContentTag.THREAT, $id : subject)
 * $post : Post(id == $id)
 * }</pre>
 *
 * @param subject the id of the post or message whose text it was read in
 * @param signal  what was read: tag, span, redacted evidence, detector, entry and language
 */
public record TextSignal(String subject, Signal signal) {

    /** Validates. */
    public TextSignal {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(signal, "signal");
    }

    /**
     * The content tag the signal supports.
     *
     * @return the tag
     */
    public ContentTag tag() {
        return signal.tag();
    }

    /**
     * The detector that found it, such as a checksum or a lexicon.
     *
     * @return the detector's name
     */
    public String detector() {
        return signal.detector();
    }

    /**
     * The lexicon entry or pattern that matched.
     *
     * @return the entry
     */
    public String entry() {
        return signal.entry();
    }

    /** The subject, tag, span and detector: the evidence and the entry stay out of log lines. */
    @Override
    public String toString() {
        return "TextSignal[subject=" + subject + ", tag=" + signal.tag() + ", span=" + signal.start() + ".." + signal.end()
                + ", detector=" + signal.detector() + "]";
    }
}
