package org.surgepolicy.application.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.surgepolicy.application.fakes.InMemoryApplication.row;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.aPolicy;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.Tallies.borderPatrol;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.audit.Auditor;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.fakes.WorkedExample3;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase.Command;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase.PolicyStateSummary;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase.Receipt;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase.Row;
import org.surgepolicy.application.tally.port.out.TallyLedger.TallyQuery;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyRevision;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

class SubmitTalliesServiceTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);
    private static final LocalDate JUNE_2 = LocalDate.of(2024, 6, 2);
    /** 22:00 in New York on 2024-07-19, already 2024-07-20 in UTC. */
    private static final Instant LATE_ON_JULY_19 = Instant.parse("2024-07-20T02:00:00Z");

    private static Row rgv(LocalDate date, Long count) {
        return new Row(date, "USBP", "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", count);
    }

    private static Receipt done(Outcome<Receipt> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<Receipt>) outcome).value();
    }

    @Test
    void aValidSubmissionCountsNewKeysApartFromRevisedOnesAndAnswersEveryPolicysStatesWithTheirSince() {
        InMemoryApplication app = new InMemoryApplication(LATE_ON_JULY_19, securingTheBorder(),
            aPolicy().withId("border-watch").startingDiscontinued().build());
        app.store(List.of(borderPatrol(JUNE_1, "RGV", 400), borderPatrol(JUNE_1, "TCA", 100)));

        Receipt receipt = done(app.submit(List.of(borderPatrol(JUNE_1, "RGV", 400), borderPatrol(JUNE_1, "TCA", 120),
            borderPatrol(JUNE_2, "MIP", 30))));

        // JUNE_2 MIP is a key never reported: added, not revised; TCA changed its count; RGV is the same.
        assertThat(receipt.received()).isEqualTo(3);
        assertThat(receipt.added()).isEqualTo(1);
        assertThat(receipt.revised()).isEqualTo(1);
        assertThat(receipt.unchanged()).isEqualTo(1);
        assertThat(receipt.policies()).containsExactly(
            new PolicyStateSummary("border-watch", PolicyStateKind.DISCONTINUED, P10773_FROM,
                PolicyStateKind.DISCONTINUED, P10773_FROM),
            new PolicyStateSummary(SHIPPED_ID, PolicyStateKind.IN_EFFECT, P10773_FROM, PolicyStateKind.IN_EFFECT,
                P10773_FROM));
        List<TallyRevision> june1 = app.ledger().revisions(new TallyQuery(JUNE_1, null, null, false));
        assertThat(june1).extracting(TallyRevision::tally)
            .containsExactly(borderPatrol(JUNE_1, "RGV", 400), borderPatrol(JUNE_1, "TCA", 120));
        assertThat(june1.getLast().recordedBy()).isEqualTo(InMemoryApplication.OPERATOR);
        assertThat(june1.getLast().source()).isEqualTo(InMemoryApplication.REPORT);
        assertThat(june1.getLast().recordedAt()).isEqualTo(LATE_ON_JULY_19);
    }

    @Test
    void theSameRequestTwiceStoresNothingTheSecondTime() {
        InMemoryApplication app = new InMemoryApplication(LATE_ON_JULY_19, securingTheBorder());
        List<Tally> tallies = List.of(borderPatrol(JUNE_1, "RGV", 400), borderPatrol(JUNE_1, "TCA", 100),
            borderPatrol(JUNE_2, "RGV", 380));
        Receipt first = done(app.submit(tallies));
        long version = app.ledger().version();
        app.clock().advance(Duration.ofMinutes(5));

        Receipt second = done(app.submit(tallies));

        assertThat(first.added()).isEqualTo(3);
        assertThat(first.revised()).isZero();
        assertThat(second.received()).isEqualTo(3);
        assertThat(second.added()).isZero();
        assertThat(second.revised()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.policies()).isEqualTo(first.policies());
        assertThat(app.ledger().version()).isEqualTo(version);
        assertThat(app.ledger().revisions(new TallyQuery(JUNE_1, null, null, true))).hasSize(2);
        assertThat(app.auditTrail().actions()).containsExactly("TALLIES_SUBMITTED");
    }

    @Test
    void everyBadRowIsNamedByIndexAndFieldAndNothingIsStored() {
        InMemoryApplication app = new InMemoryApplication(LATE_ON_JULY_19, securingTheBorder());
        List<Row> rows = List.of(
            new Row(JUNE_1, "USBP", "XYZ", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", 1L),
            new Row(JUNE_1, "OFO", "RGV", "SINGLE_ADULTS", "MEXICO", "INADMISSIBLES", 1L),
            new Row(JUNE_1, "USBP", "RGV", "SINGLE_ADULTS", "ATLANTIS", "APPREHENSIONS", 1L),
            rgv(JUNE_1, -1L),
            rgv(JUNE_2, 1_000_001L),
            rgv(LocalDate.of(2024, 6, 3), null),
            rgv(LocalDate.of(2024, 7, 20), 5L),
            rgv(LocalDate.of(2024, 7, 19), 5L),
            rgv(LocalDate.of(2024, 7, 19), 6L),
            row(borderPatrol(JUNE_1, "TCA", 100)));

        Outcome<Receipt> outcome = app.submitTallies().submit(new Command("rgv-daily-report", "operator", rows));

        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
        List<Violation> violations = ((Outcome.Invalid<Receipt>) outcome).violations();
        assertThat(violations).extracting(Violation::field).containsExactly("tallies[0].area", "tallies[1].area",
            "tallies[2].citizenship", "tallies[3].count", "tallies[4].count", "tallies[5].count", "tallies[6].date",
            "tallies[8]");
        assertThat(violations.get(0).message()).contains("'XYZ'");
        assertThat(violations.get(1).message()).contains("RGV").contains("belongs to USBP, not to OFO");
        assertThat(violations.get(2).message()).contains("'ATLANTIS'");
        assertThat(violations.get(3).message()).isEqualTo("must be between 0 and 1000000, was -1");
        assertThat(violations.get(4).message()).isEqualTo("must be between 0 and 1000000, was 1000001");
        assertThat(violations.get(5).message()).isEqualTo("is required");
        assertThat(violations.get(6).message()).isEqualTo("2024-07-20 is in the future (today is 2024-07-19)");
        assertThat(violations.get(7).message()).startsWith("has the same key as tallies[7]");
        assertThat(app.ledger().version()).isZero();
        assertThat(app.ledger().revisions(new TallyQuery(JUNE_1, null, null, true))).isEmpty();
        assertThat(app.auditTrail().entries()).isEmpty();
    }

    @Test
    void aRowDatedTodayInThePolicysZoneIsAccepted() {
        InMemoryApplication app = new InMemoryApplication(LATE_ON_JULY_19, securingTheBorder());

        Receipt receipt = done(app.submitTallies().submit(new Command("rgv-daily-report", "operator",
            List.of(rgv(LocalDate.of(2024, 7, 19), 5L)))));

        assertThat(receipt.added()).isEqualTo(1);
    }

    @Test
    void theCommandRefusesAnEmptyListAMissingSourceAndTooManyRows() {
        List<Row> one = List.of(rgv(JUNE_1, 1L));

        assertThatThrownBy(() -> new Command("report", "operator", List.of()))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("tallies", "must hold at least one tally")));
        assertThatThrownBy(() -> new Command(null, "operator", one))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("source", "is required")));
        assertThatThrownBy(() -> new Command(" ", "operator", one))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .extracting(Violation::field).containsExactly("source"));
        assertThatThrownBy(() -> new Command("report", "operator",
            Collections.nCopies(SubmitTalliesUseCase.MAX_ROWS + 1, rgv(JUNE_1, 1L))))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("tallies", "must hold at most 50000 tallies, held 50001")));
        assertThat(new Command("report", "operator",
            Collections.nCopies(SubmitTalliesUseCase.MAX_ROWS, rgv(JUNE_1, 1L))).rows())
            .hasSize(SubmitTalliesUseCase.MAX_ROWS);
    }

    @Test
    void workedExample3RecordsTheLowDeterminationOnceWithAnAuditEvent() {
        InMemoryApplication app = new InMemoryApplication(WorkedExample3.AFTERWARDS, securingTheBorder());

        Receipt receipt = done(app.submit(WorkedExample3.tallies()));

        assertThat(receipt.policies()).containsExactly(new PolicyStateSummary(SHIPPED_ID,
            PolicyStateKind.DISCONTINUED, WorkedExample3.DISCONTINUED_FROM, PolicyStateKind.DISCONTINUED,
            WorkedExample3.DISCONTINUED_FROM));
        RecordedDetermination recorded = new RecordedDetermination(SHIPPED_ID, WorkedExample3.low(),
            WorkedExample3.AFTERWARDS);
        assertThat(app.determinationLog().recorded(SHIPPED_ID, null)).containsExactly(recorded);
        assertThat(app.auditTrail().actions()).containsExactly("TALLIES_SUBMITTED", "DETERMINATION_RECORDED");
        AuditEntry event = app.auditTrail().entries().getLast();
        assertThat(event.event().actor()).isEqualTo(Auditor.SYSTEM);
        assertThat(event.event().subject()).isEqualTo(SHIPPED_ID);
        assertThat(event.event().summary()).isEqualTo("LOW on 2024-07-11, effective 2024-07-25 (p10773)");

        app.clock().advance(Duration.ofHours(1));
        Receipt later = done(app.submit(DailySeries.startingOn(WorkedExample3.FALL.plusDays(1))
            .repeat(1_200, 10).tallies()));

        assertThat(later.added()).isEqualTo(10);
        assertThat(later.revised()).isZero();
        assertThat(app.determinationLog().recorded(SHIPPED_ID, null)).containsExactly(recorded);
        assertThat(app.auditTrail().actions())
            .containsExactly("TALLIES_SUBMITTED", "DETERMINATION_RECORDED", "TALLIES_SUBMITTED");
        assertThat(app.auditTrail().verify().intact()).isTrue();
    }
}
