package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Advice on joins that could be look-ups. */
class LookupAdvisorTest {

    private static final String HEAD = """
            package com.acme.policy;
            import dev.fineline.model.*;
            import dev.fineline.rules.*;
            global FindingSink findings;
            global Facts facts;
            """;

    private static List<RuleProblem> advise(String rules) {
        return LookupAdvisor.advise(new RuleSource("acme.drl", "acme.drl", HEAD + rules));
    }

    @Test
    void advise_personJoinedOnlyForExplanation_warnsWithLine() {
        List<RuleProblem> advice = advise("""
                rule "AcmeLaunch" @guidance("ACME-1") @verdict(FORBIDDEN)
                when
                    $post : Post(hasTag(ContentTag.UPCOMING_LAUNCH), $author : author)
                    $p : Person(id == $author)
                then
                    findings.emit(Verdict.FORBIDDEN, $post.id(), $p.label() + " leaks");
                end
                """);

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.file()).isEqualTo("acme.drl");
            assertThat(a.line()).isEqualTo(9);
            assertThat(a.message()).isEqualTo("warning: rule \"AcmeLaunch\" joins Person by \"id == $author\" only to use it "
                    + "in the consequence: look it up there with facts.person($author) instead; a join costs on every decision, "
                    + "a look-up only when the rule fires");
        });
    }

    @Test
    void advise_accountAndContactWithPlainBindings_warnsForEach() {
        List<RuleProblem> advice = advise("""
                rule "AcmeConnection" @guidance("ACME-2") @verdict(WARN)
                when
                    $c : Connection(contact == "c-rival", $aid : account, $cid : contact)
                    $a : Account(id == $aid, $owner : owner)
                    Contact($cid == id)
                then
                    findings.emit(Verdict.WARN, $aid, $a.label() + " " + $owner);
                end
                """);

        assertThat(advice).extracting(RuleProblem::line).containsExactly(9, 10);
        assertThat(advice.get(1).message()).contains("facts.contact($cid)");
    }

    @Test
    void advise_joinThatSelects_noWarning() {
        assertThat(advise("""
                rule "AcmePersonal" @guidance("ACME-3") @verdict(WARN)
                when
                    $post : Post($aid : account)
                    $a : Account(id == $aid, personal == true)
                then
                    findings.emit(Verdict.WARN, $post.id(), $a.label());
                end

                rule "AcmeToContact" @guidance("ACME-3") @verdict(WARN)
                when
                    $m : Message($to : to)
                    $k : Contact(id == $to)
                then
                    findings.emit(Verdict.WARN, $m.id(), $k.label());
                end
                """)).isEmpty();
    }

    @Test
    void advise_bindingUsedByLaterCondition_noWarning() {
        assertThat(advise("""
                rule "AcmeOwnerPosts" @guidance("ACME-4") @verdict(WARN)
                when
                    $c : Connection($aid : account)
                    $a : Account(id == $aid, $owner : owner)
                    $post : Post(author == $owner)
                then
                    findings.emit(Verdict.WARN, $post.id(), "owner posts");
                end
                """)).isEmpty();
    }

    @Test
    void advise_joinByLiteralOrFromOrNegation_noWarning() {
        assertThat(advise("""
                rule "AcmeLiteral" @guidance("ACME-5") @verdict(WARN)
                when
                    $p : Person(id == "p-ceo")
                    $post : Post(author == "p-ceo")
                    not Person(id == "p-cfo")
                then
                    findings.emit(Verdict.WARN, $post.id(), $p.label());
                end
                """)).isEmpty();
    }

    @Test
    void advise_fileThatDoesNotParse_noAdvice() {
        assertThat(advise("rule \"Broken\" when Person( then end")).isEmpty();
    }

    @Test
    void advise_builtInRules_noAdvice() {
        assertThat(RuleSource.builtIn()).allSatisfy(source -> assertThat(LookupAdvisor.advise(source)).isEmpty());
    }
}
