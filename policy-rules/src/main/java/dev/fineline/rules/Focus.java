package dev.fineline.rules;

/**
 * A question about one subject of a situation: {@code engine.evaluate(situation, Focus.on("post-draft"))}
 * judges the whole situation, since a subject's verdict can depend on everything around it, and returns a
 * decision whose findings and verdict concern that subject only.
 *
 * <p>A finding concerns the subject when the subject is its {@link Finding#subject() subject} or among
 * its {@link Finding#involved() involved ids}. What that means by the subject's type:
 * <ul>
 * <li>a post, message, employer request, monitoring or relationship: the findings whose match included it
 *     (a finding about a reshare also concerns the post it reshares);</li>
 * <li>an account: the findings about it, and about posts and messages made from it, connections of it and
 *     relationships from or to it;</li>
 * <li>a person: the findings that name them in a match (as author, sender, recipient, requester, person
 *     asked, person watched, manager or report), and those involving an account they own;</li>
 * <li>a contact: connections with it, messages to it and posts that mention it.</li>
 * </ul>
 * The narrowed decision keeps every error of the judgement, since an error may concern any subject.
 *
 * @param subject the id of a person, account, contact, post, message, request, monitoring or relationship
 */
public record Focus(String subject) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException when the subject is null or blank
     */
    public Focus {
        if (subject == null) {
            throw new IllegalArgumentException("focus: is required");
        }
        if (subject.isBlank()) {
            throw new IllegalArgumentException("focus: must not be blank, was \"" + subject + "\"");
        }
    }

    /**
     * A focus on one subject.
     *
     * @param subject the id of a person, account, contact, post, message, request, monitoring or relationship
     * @return the focus
     * @throws IllegalArgumentException when the subject is null or blank
     */
    public static Focus on(String subject) {
        if (subject == null) {
            throw new IllegalArgumentException("focus: is required");
        }
        return new Focus(subject);
    }
}
