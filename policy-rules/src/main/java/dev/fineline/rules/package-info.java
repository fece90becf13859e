/**
 * The Fineline engine: {@link dev.fineline.rules.PolicyEngine} judges a
 * {@link dev.fineline.model.Situation} against the built-in Drools rule base, plus any custom rule
 * files, and returns a {@link dev.fineline.rules.Decision}: the verdict, the
 * {@link dev.fineline.rules.Finding findings} behind it with their explanations and
 * {@link dev.fineline.rules.Obligation obligations}, and any errors met while judging.
 *
 * <p>An {@link dev.fineline.rules.OrgSession} keeps one organisation resident instead: it takes
 * {@link dev.fineline.rules.Change changes} (a post drafted, a person leaving, the clock moving) and
 * returns the {@link dev.fineline.rules.Delta findings that appeared and went away} with each, judging
 * only what the change touches.
 *
 * <p>Rule files find their facts among the model's records and report through a
 * {@link dev.fineline.rules.FindingSink} global named {@code findings}. Drools itself stays behind
 * package-private classes: no Drools type is part of this API.
 *
 * <p>Every finding carries the ids it {@link dev.fineline.rules.Involved involves}, by type, worked out
 * from the facts of the rule match that made it; {@link dev.fineline.rules.Decision#involving(String)}
 * selects findings by id, and {@link dev.fineline.rules.PolicyEngine#evaluate(dev.fineline.model.Situation,
 * dev.fineline.rules.Focus)} answers about one subject of a situation.
 */
package dev.fineline.rules;
