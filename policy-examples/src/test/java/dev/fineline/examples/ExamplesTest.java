package dev.fineline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.examples.corporate.CorporateAccountAudit;
import dev.fineline.examples.offboarding.OffboardingAudit;
import dev.fineline.examples.prepublish.PrePublishCheck;
import dev.fineline.model.Verdict;
import dev.fineline.rules.Decision;
import dev.fineline.rules.Finding;
import dev.fineline.rules.Obligation;
import dev.fineline.rules.PolicyEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The examples judge their situations as the catalogue says and print explained decisions. */
class ExamplesTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:15:00Z");
    private static final PolicyEngine ENGINE = PolicyEngine.builder().build();

    @Test
    void prePublishCheck_draftNamesConfidentialProject_forbiddenAndPublicReminder() {
        Decision decision = ENGINE.evaluate(PrePublishCheck.draftAboutToGoOut(AT));

        assertThat(decision.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(decision.guidance()).contains("POST-1", "POST-13");
        assertThat(decision.findingsFor("post-draft")).extracting(Finding::explanation)
                .anySatisfy(e -> assertThat(e).contains("Project Falcon"));
    }

    @Test
    void focusedPrePublishCheck_harmlessDraftInOrganisationWithDepartedHolder_allowedForTheDraft() {
        String printed = run(() -> dev.fineline.examples.prepublish.FocusedPrePublishCheck.main(new String[0]));

        assertThat(printed).contains("whole organisation: FORBIDDEN [CORP-3, CORP-4]")
                .contains("post-draft: ALLOWED: no rule applied")
                .contains("about p-ola: [CORP-3 DepartedPersonHoldsAccess, CORP-4 PasswordNotRotatedAfterDeparture]")
                .contains("p-ola, på norsk: FORBUDT")
                .contains("tidligere ansatt `p-ola` (sluttet 2026-10-30) har fortsatt tilgang til X-firmakonto `a-nordlys-x`")
                .contains("forpliktelser: ta fra personen tilgangen til kontoen [REVOKE_ACCESS]");
    }

    @Test
    void offboardingAudit_departedPeopleKeepAccessAndClients_forbiddenWithNextSteps() {
        Decision decision = ENGINE.evaluate(OffboardingAudit.agencyAfterDepartures(AT));

        assertThat(decision.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(decision.guidance()).contains("CORP-3", "CORP-4", "CONN-2");
        assertThat(decision.obligations()).contains(Obligation.REVOKE_ACCESS, Obligation.ROTATE_PASSWORD,
                Obligation.REQUEST_DISCONNECTION);
        assertThat(decision.findingsFor("a-nordlys-ig")).extracting(Finding::guidance).doesNotContain("CORP-4");
    }

    @Test
    void corporateAccountAudit_sharedAccount_warnsOnEveryWeakness() {
        Decision decision = ENGINE.evaluate(CorporateAccountAudit.sharedAccounts(AT));

        assertThat(decision.verdict()).isEqualTo(Verdict.WARN);
        assertThat(decision.guidance()).contains("CORP-1", "CORP-2", "CORP-5", "CORP-6");
    }

    @Test
    void main_eachExample_printsVerdictAndReasons() {
        assertThat(run(() -> PrePublishCheck.main(new String[0]))).contains("FORBIDDEN", "POST-1", "do not publish");
        assertThat(run(() -> OffboardingAudit.main(new String[0]))).contains("a-nordlys-x:", "CORP-3", "next:");
        assertThat(run(() -> CorporateAccountAudit.main(new String[0]))).contains("WARN", "CORP-1");
    }

    private static String run(Runnable main) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
