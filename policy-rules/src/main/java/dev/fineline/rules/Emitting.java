package dev.fineline.rules;

import dev.fineline.model.Verdict;
import java.util.Locale;

/**
 * The finding sink of a judgement, stateless or resident: the four ways a rule emits come down to one
 * {@link #found}, with a phrase rendered in the judgement's language first.
 */
interface Emitting extends FindingSink {

    /**
     * Records a finding of the firing rule.
     *
     * @param explanation the explanation in words
     * @param phrase      the phrase it was rendered from, or null for a plain sentence
     * @throws IllegalStateException when no rule is firing
     */
    void found(Verdict verdict, Verdict ceiling, String subject, String explanation, Phrase phrase, Obligation[] obligations);

    /** The language phrases are rendered in. */
    Locale language();

    @Override
    default void emit(Verdict verdict, String subject, String explanation, Obligation... obligations) {
        found(verdict, Verdict.FORBIDDEN, subject, explanation, null, obligations);
    }

    @Override
    default void emitAtMost(Verdict verdict, Verdict ceiling, String subject, String explanation, Obligation... obligations) {
        found(verdict, ceiling, subject, explanation, null, obligations);
    }

    @Override
    default void emit(Verdict verdict, String subject, Phrase explanation, Obligation... obligations) {
        emitAtMost(verdict, Verdict.FORBIDDEN, subject, explanation, obligations);
    }

    @Override
    default void emitAtMost(Verdict verdict, Verdict ceiling, String subject, Phrase explanation, Obligation... obligations) {
        found(verdict, ceiling, subject, explanation == null ? null : explanation.render(language()), explanation, obligations);
    }
}
