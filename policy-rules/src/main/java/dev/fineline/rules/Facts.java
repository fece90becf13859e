package dev.fineline.rules;

import dev.fineline.model.Account;
import dev.fineline.model.Contact;
import dev.fineline.model.Person;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;

/**
 * The situation being judged, indexed by id for rules: every rule file may declare
 * {@code global Facts facts;} and look up in a consequence what an explanation needs, instead of
 * joining a pattern whose only job is to word the explanation. A look-up costs nothing when the rule
 * does not fire; a join costs on every fact inserted, whether the rule fires or not.
 *
 * <pre>{@code
 * rule "AcmeNoTradeFairLeaks" @guidance("ACME-1") @verdict(FORBIDDEN)
 * when
 *     $post : Post(hasTag(ContentTag.UPCOMING_LAUNCH))
 * then
 *     findings.emit(Verdict.FORBIDDEN, $post.id(), facts.person($post.author()).label() + " shows ...");
 * end
 * }</pre>
 *
 * <p>Look-ups are safe for the references a situation holds (a post's author and account, a connection's
 * account and contact, an account's owner and holders): the model refuses a situation whose references
 * name nobody. A look-up never selects: a pattern that constrains the person, account or contact stays a
 * pattern.
 */
public interface Facts {

    /**
     * The person with an id.
     *
     * @param id a person's id
     * @return the person, as the rules see them (jurisdiction defaulted to the organisation's)
     * @throws IllegalArgumentException quoting an id that names no person of the situation
     */
    Person person(String id);

    /**
     * The account with an id.
     *
     * @param id an account's id
     * @return the account
     * @throws IllegalArgumentException quoting an id that names no account of the situation
     */
    Account account(String id);

    /**
     * The business contact with an id.
     *
     * @param id a contact's id
     * @return the contact
     * @throws IllegalArgumentException quoting an id that names no contact of the situation
     */
    Contact contact(String id);

    /**
     * The situation being judged: the same object as the {@code Situation} fact ({@code today()},
     * {@code daysSince(day)}).
     *
     * @return the situation
     */
    Situation situation();

    /**
     * The organisation's settings: the same object as the {@code Settings} fact.
     *
     * @return the settings
     */
    Settings settings();
}
