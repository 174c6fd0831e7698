package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.GetImportQuery;
import org.surgepolicy.application.imports.port.in.StartImportUseCase;
import org.surgepolicy.application.reference.port.in.GetReferenceDataQuery;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportStatus;

/**
 * Adding a format is one new type: {@link SectorTallyFile}, declared as a bean, with its reject limit set, is read,
 * staged, checked for repeated keys, published into the ledger and reported by the machinery as it is, which names no
 * format.
 */
@SpringBootTest(properties = "surge.import.max-rejects.sector-daily=1")
@Import(FourthImportFormatIT.SectorFormat.class)
class FourthImportFormatIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TestConfiguration(proxyBeanMethods = false)
    static class SectorFormat {
        @Bean
        SectorTallyFile sectorTallyFile() {
            return new SectorTallyFile();
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        JobTestDatabase.h2(registry);
    }

    @Autowired
    StartImportUseCase imports;
    @Autowired
    GetImportQuery importQuery;
    @Autowired
    GetReferenceDataQuery reference;
    @Autowired
    DataSource dataSource;

    @Test
    void aSectorsFileIsImportedIntoTheLedgerWithinItsOwnRejectLimit() throws Exception {
        String file = String.join("\r\n", "Day,Sector,Group,Nationality,Kind,Encounters",
            "2023-05-01,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,12",
            "2023-05-01,EPT,FMUA,GUATEMALA,APPREHENSIONS,5",
            "2023-05-01,XYZ,FMUA,GUATEMALA,APPREHENSIONS,3",
            "2023-05-02,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,9",
            "2023-05-01,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,13", "");

        Outcome<ImportRun> result = imports.start(new StartImportUseCase.Command("sector-daily",
            "rgv.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), null, "operator"));
        ImportRun run = waitForEnd(result.orElseThrow().id());

        assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.REJECTED);
        assertThat(run.maxRejects()).isEqualTo(1);
        assertThat(rejects(run.id())).extracting(ImportLine.Rejected::lineNumber).containsExactly(4L, 6L);
        assertThat(rejects(run.id()).get(1).reason()).isEqualTo("the same key (date, component, area,"
            + " demographic, citizenship, encounter_type) as line 2");

        Outcome<ImportRun> tolerant = imports.start(new StartImportUseCase.Command("sector-daily",
            "rgv.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), 2L, "operator"));
        ImportRun done = waitForEnd(tolerant.orElseThrow().id());

        assertThat(done.status()).as(done.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(done.rowsRevised()).isEqualTo(3);
        assertThat(done.rowsRejected()).isEqualTo(2);
        assertThat(JdbcClient.create(dataSource).sql("select sum(encounter_count) from tally_latest where"
            + " tally_date between '2023-05-01' and '2023-05-02'").query(Long.class).single()).isEqualTo(26);
        assertThat(reference.reference().formats()).contains(new SectorTallyFile());
    }

    private List<ImportLine.Rejected> rejects(long id) {
        List<ImportLine.Rejected> rejects = new ArrayList<>();
        importQuery.rejects(id, rejects::add);
        return rejects;
    }

    private ImportRun waitForEnd(long id) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            ImportRun run = importQuery.find(id).orElseThrow();
            if (run.status().finished() || run.status() == ImportStatus.FAILED) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not end within " + TIMEOUT);
    }
}
