package dev.fineline.rules;

/**
 * Hears every decision an engine makes, for a decision log or an audit trail. Register one with
 * {@link PolicyEngine.Builder#listener(DecisionListener)}; it is called on the deciding thread, right
 * after the decision and before {@link PolicyEngine#evaluate} returns, so it must be quick and safe to
 * call from many threads at once. An exception it throws is logged and does not change the decision.
 */
@FunctionalInterface
public interface DecisionListener {

    /**
     * Called once for each decision.
     *
     * @param event the decision with its id, time, rule base and input hash
     */
    void decided(DecisionEvent event);
}
