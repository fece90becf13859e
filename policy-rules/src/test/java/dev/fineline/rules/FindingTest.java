package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding's obligations come in one fixed order, whatever order or collection a rule used. */
class FindingTest {

    @Test
    void new_obligationsInAnyOrderWithDuplicates_declarationOrderEachOnce() {
        Finding finding = new Finding("R", "X-1", Verdict.WARN, "p-1", "why",
                List.of(Obligation.ROTATE_PASSWORD, Obligation.REVOKE_ACCESS, Obligation.ROTATE_PASSWORD));

        assertThat(finding.obligations()).containsExactly(Obligation.REVOKE_ACCESS, Obligation.ROTATE_PASSWORD);
        assertThat(Obligation.REVOKE_ACCESS.ordinal()).isLessThan(Obligation.ROTATE_PASSWORD.ordinal());
    }
}
