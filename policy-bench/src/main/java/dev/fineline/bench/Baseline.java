package dev.fineline.bench;

import dev.fineline.model.Account;
import dev.fineline.model.Connection;
import dev.fineline.model.Contact;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import dev.fineline.rules.Finding;
import dev.fineline.rules.Obligation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written Java for the rules that apply to the typical decision (CONN-1, PROMO-4, POST-13),
 * returning the same findings as the rule base. Written for the benchmark only: it is the floor a rule
 * engine is measured against, not a second implementation of the policy.
 */
public final class Baseline {

    private Baseline() {
    }

    /**
     * Judges a situation by the three rules.
     *
     * @param s the situation
     * @return the findings, in no particular order
     */
    public static List<Finding> evaluate(Situation s) {
        Map<String, Person> people = new HashMap<>();
        s.people().forEach(p -> people.put(p.id(), p));
        Map<String, Account> accounts = new HashMap<>();
        s.accounts().forEach(a -> accounts.put(a.id(), a));
        Map<String, Contact> contacts = new HashMap<>();
        s.contacts().forEach(c -> contacts.put(c.id(), c));
        Verdict setting = s.organization().settings().clientConnections();
        List<Finding> findings = new ArrayList<>();
        for (Connection c : s.connections()) {
            Account a = accounts.get(c.account());
            if (!a.isPersonal()) {
                continue;
            }
            Person p = people.get(a.owner());
            Contact k = contacts.get(c.contact());
            if (p.isDeparted()) {
                continue;
            }
            if (p.noClientConnectionClause()) {
                findings.add(new Finding("PersonalClientConnectionAgainstContract", "CONN-1", Verdict.FORBIDDEN, a.id(),
                        p.label() + " is connected with " + k.label() + " from " + a.label()
                                + " although their contract forbids connecting with clients", List.of()));
            } else {
                findings.add(new Finding("PersonalClientConnection", "CONN-1", setting, a.id(), p.label() + " is connected with "
                        + k.label() + " from " + a.label() + "; the organisation's setting for personal-account client connections is "
                        + setting, List.of()));
            }
        }
        for (Post post : s.posts()) {
            judgePost(post, people.get(post.author()), accounts.get(post.account()), findings);
        }
        return findings;
    }

    /**
     * Judges one post by the two post rules (PROMO-4, POST-13), given its author and account already looked
     * up: the floor for a post judged in an organisation whose records are kept indexed.
     *
     * @param post     the post
     * @param p        its author
     * @param a        its account
     * @param findings where the findings go
     */
    public static void judgePost(Post post, Person p, Account a, List<Finding> findings) {
        if (!a.isPersonal()) {
            return;
        }
        boolean praise = post.hasTag(ContentTag.PRODUCT_PRAISE);
        if (praise && !post.disclosesEmployment()) {
            findings.add(new Finding("UndisclosedPraiseOnPersonalAccount", "PROMO-4", Verdict.WARN, post.id(), p.label()
                    + " praises the business's products in post `" + post.id() + "` on " + a.label()
                    + " without saying next to the praise that they work there (FTC Endorsement Guides, 16 CFR 255"
                    + (p.jurisdiction() != null && "NO".equals(p.jurisdiction().country())
                            ? "; in Norway the Marketing Control Act bans hidden advertising" : "")
                    + ")" + (a.profileNamesEmployer() ? "; the employer named in the profile is not a disclosure" : ""),
                    List.of(Obligation.DISCLOSE_CONNECTION)));
        } else if (praise || post.hasTag(ContentTag.PRODUCT_PROMOTION)) {
            findings.add(new Finding("PromotionOnPersonalAccount", "PROMO-4", Verdict.WARN, post.id(), p.label()
                    + " promotes the business's products in post `" + post.id() + "` on " + a.label()
                    + "; platforms treat personal accounts as individuals, and using one for business gain may breach their terms",
                    List.of()));
        }
        boolean work = post.hasTag(ContentTag.WORK_RELATED) || post.hasTagIn(ContentTag.Group.PROPRIETARY)
                || post.hasTagIn(ContentTag.Group.WORKPLACE) || post.hasTagIn(ContentTag.Group.PROMOTION);
        if (work && a.isEffectivelyPublic()) {
            findings.add(new Finding("WorkContentOnPublicPersonalAccount", "POST-13", Verdict.WARN, post.id(), "post `"
                    + post.id() + "` is about work and goes out on " + a.label() + ", which anyone can read"
                    + (a.platform().isPublicByNature() ? " whatever its privacy settings" : "")
                    + "; write it as if clients, colleagues and managers will see it", List.of()));
        } else if (work) {
            findings.add(new Finding("WorkContentOnPrivatePersonalAccount", "POST-13", Verdict.ALLOWED, post.id(), "post `"
                    + post.id() + "` is about work but goes out on private " + a.label(), List.of()));
        }
    }
}
