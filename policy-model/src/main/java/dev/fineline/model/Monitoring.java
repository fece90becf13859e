package dev.fineline.model;

/**
 * How the employer watches social media.
 *
 * @param id                 unique id
 * @param kind               brand listening, a private-account watch or colleague reporting
 * @param target             the person watched; required for the last two kinds
 * @param concernsThreat     the watch or report is about a threat (MON-2)
 * @param concernsOrganizing it touches organising or concerted activity (MON-2)
 */
public record Monitoring(String id, MonitoringKind kind, String target, boolean concernsThreat,
        boolean concernsOrganizing) {

    /** Validates. */
    public Monitoring {
        Checks.id("monitoring.id", id);
        Checks.required("monitoring.kind", kind);
        Checks.optionalId("monitoring.target", target);
        if (kind != MonitoringKind.BRAND_LISTENING && target == null) {
            throw new IllegalArgumentException("monitoring.target: is required for " + kind + " monitoring "
                    + Checks.quote(id));
        }
    }

    /**
     * Brand listening.
     *
     * @param id unique id
     * @return the monitoring
     */
    public static Monitoring brandListening(String id) {
        return new Monitoring(id, MonitoringKind.BRAND_LISTENING, null, false, false);
    }
}
