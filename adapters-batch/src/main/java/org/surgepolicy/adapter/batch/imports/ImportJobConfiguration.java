package org.surgepolicy.adapter.batch.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.surgepolicy.adapter.batch.JobRunAudit;
import org.surgepolicy.application.imports.port.in.BeginImportUseCase;
import org.surgepolicy.application.imports.port.in.EndImportJobUseCase;
import org.surgepolicy.application.imports.port.in.GetImportQuery;
import org.surgepolicy.application.imports.port.in.PublishImportUseCase;
import org.surgepolicy.application.imports.port.in.StageImportLinesUseCase;
import org.surgepolicy.application.jobs.port.in.RecordJobRunUseCase;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.policy.PolicyDefinition;

/**
 * The import job: {@code stageLinesStep} reads the file in chunks, one physical line at a time (a restartable reader: a
 * resumed job starts after the chunks already committed) and stages each line, valid or rejected; {@code publishImportStep} then makes the
 * whole file visible in one transaction, or nothing when it holds too many rejects. A plain factory of the job and its
 * parts, which the adapter's configuration ({@code BatchAdapterConfiguration}) declares as beans.
 */
public final class ImportJobConfiguration {

    public static final String JOB_NAME = "importJob";
    /** The identifying job parameter: one job instance per import, so that a restart resumes the same one. */
    public static final String IMPORT_ID = "importId";
    public static final String FILE = "file";
    public static final String FORMAT = "format";

    private ImportJobConfiguration() {
    }

    public static Job importJob(JobRepository jobRepository, Step stageLinesStep, Step publishImportStep,
                                BeginImportUseCase begin, EndImportJobUseCase end, GetImportQuery imports,
                                RecordJobRunUseCase audit) {
        return new JobBuilder(JOB_NAME, jobRepository)
            .listener(new ImportJobListener(begin, end))
            .listener(new JobRunAudit(audit, execution -> words(execution, imports)))
            .start(stageLinesStep)
            .next(publishImportStep)
            .build();
    }

    /** The import in words for the audit trail: the file, who sent it, its lines and rows. */
    private static JobRunAudit.Words words(JobExecution execution, GetImportQuery imports) {
        Long id = execution.getJobParameters().getLong(IMPORT_ID);
        return imports.find(id == null ? -1 : id).toOptional().map(run -> new JobRunAudit.Words(run.format().code()
                + " import " + run.id() + (run.fileName().isBlank() ? "" : " of " + run.fileName()),
                run.createdBy(), List.of(JobRunAudit.count(run.linesRead(), "line", "lines") + " read",
                    JobRunAudit.count(run.rowsImported(), "row", "rows") + " imported",
                    JobRunAudit.count(run.rowsRejected(), "line", "lines") + " rejected")))
            .orElseGet(() -> new JobRunAudit.Words("import " + id, null, List.of()));
    }

    /** What one run of the staging step reads: its import, the file and the file's format (the job's parameters). */
    public record StagingRun(Long importId, String file, String format) {
    }

    /**
     * The staging step of one job execution. Its reader and parser share the file's columns (the reader reads the
     * header into them); both, and the writer, belong to this execution alone.
     */
    public static Step stageLinesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                      StagingRun run, ImportFormats formats, Clock clock, PolicyCatalog catalog,
                                      StageImportLinesUseCase staging, SurgeImportProperties properties) {
        ImportFormat format = formats.require(run.format());
        CsvLayout layout = new CsvLayout(format.columns());
        ItemStreamReader<SourceLine> reader = new ImportFileReader(Path.of(run.file()), layout,
            properties.maxLineLength());
        ItemProcessor<SourceLine, ImportLine> parser = new ImportLineParser(format, layout,
            PolicyDefinition.latestToday(catalog.all(), clock.instant()));
        Long importId = run.importId();
        ItemWriter<ImportLine> writer = chunk -> staging.stage(importId, List.copyOf(chunk.getItems()));
        return new StepBuilder("stageLinesStep", jobRepository)
            .<SourceLine, ImportLine>chunk(properties.chunkSize())
            .transactionManager(transactionManager)
            .reader(reader)
            .processor(parser)
            .writer(writer)
            .listener(new HeaderCheck(layout))
            .build();
    }

    public static Step publishImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                         PublishImportUseCase publisher) {
        Tasklet publish = (contribution, context) -> {
            Long importId = context.getStepContext().getStepExecution().getJobParameters().getLong(IMPORT_ID);
            publisher.publish(importId).orElseThrow();
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("publishImportStep", jobRepository).tasklet(publish, transactionManager).build();
    }

    /** Fails the staging step of a file that has no header at all (an empty file), rather than importing nothing. */
    private record HeaderCheck(CsvLayout layout) implements StepExecutionListener {
        @Override
        public ExitStatus afterStep(StepExecution stepExecution) {
            if (!layout.hasHeader() && stepExecution.getStatus() == BatchStatus.COMPLETED) {
                stepExecution.setStatus(BatchStatus.FAILED);
                return ExitStatus.FAILED.addExitDescription("line 1: the file is empty; expected a header with the"
                    + " columns " + layout.expected());
            }
            return null;
        }
    }
}
