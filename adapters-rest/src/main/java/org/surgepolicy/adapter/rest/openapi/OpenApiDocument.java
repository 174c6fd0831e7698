package org.surgepolicy.adapter.rest.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.surgepolicy.adapter.rest.error.ProblemType;
import org.surgepolicy.adapter.rest.knownat.KnownAt;

/**
 * The OpenAPI document: the API's description, its two ways of authenticating, and the problem answers every
 * operation can give (which the controllers do not declare one by one). Springdoc takes them as beans (see
 * {@code RestConfiguration}).
 */
public final class OpenApiDocument {

    static final String BASIC_AUTH = "basicAuth";
    static final String BEARER_AUTH = "bearerAuth";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_ERROR = "ProblemError";

    /** What the collection of a path names, for its 404: /api/v1/jobs/{executionId} names job executions. */
    private static final Map<String, String> FOUND_IN = Map.of("policies", "policy", "imports", "import", "jobs",
        "job execution", "reports", "report");

    /** The operations that can be refused for what runs at the moment, and when. */
    private static final Map<String, String> CONFLICTS = Map.of(
        "startImport", "A file with the same SHA-256 is being imported; 'runningImport' names that import.",
        "startImportMultipart", "A file with the same SHA-256 is being imported; 'runningImport' names that import.",
        "restartImport", "The import has ended (COMPLETED or REJECTED), its job is still alive, or another restart "
            + "of it won.",
        "startRecomputation", "A recomputation is running, whoever started it; 'runningExecution', 'runningSince' and "
            + "'requestedBy' name it.");

    /** The operations that compute on the bounded pool of simulations and sweeps. */
    private static final Set<String> COMPUTED = Set.of("simulate", "sweep");

    private OpenApiDocument() {
    }

    /** The API's description and its two ways of authenticating. */
    public static OpenAPI description() {
        return new OpenAPI()
            .info(new Info().title("Surge Policy Engine").version("v1").description("""
                Decides, day by day and with a full audit trail, whether a threshold policy with hysteresis is in \
                effect. Roles: VIEWER reads policies, status, timelines and determinations and runs simulations and \
                sweeps; OPERATOR also submits and reads tallies and runs imports; AUDITOR also asks knownAt \
                questions, reads restatements, tallies, the audit log and reconciliation; ADMIN may do everything, \
                overrides, activation decisions and job triggers included. Every error is an RFC 9457 problem (application/problem+json)."""))
            .components(new Components()
                .addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("The users configured in surge.security.users (or, outside production with none "
                        + "configured, the ones printed in the log at start-up)."))
                .addSecuritySchemes(BEARER_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT").description("A JWT from the configured issuer; the roles are read from the "
                        + "claim surge.security.jwt.roles-claim (default: roles).")))
            .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
            .addSecurityItem(new SecurityRequirement().addList(BEARER_AUTH));
    }

    /**
     * {@code knownAt} is optional: springdoc takes a parameter that no {@code @RequestParam} makes optional for a
     * required one, and {@code @Parameter} cannot say "not required" (false is its default, which springdoc ignores).
     */
    public static ParameterCustomizer knownAtIsOptional() {
        return (parameter, method) -> {
            if (parameter != null && method.hasParameterAnnotation(KnownAt.class)) {
                parameter.setRequired(false);
            }
            return parameter;
        };
    }

    /**
     * Adds the problem schemas, and to every operation the problems it can answer with. (Schemas go in here rather
     * than into the document above, since springdoc replaces the schemas of that one with those it finds.)
     */
    public static OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM_ERROR, problemErrorSchema())
                .addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation ->
                    addProblems(path, operation)));
            }
        };
    }

    private static void addProblems(String path, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null || (operation.getParameters() != null
            && operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn())));
        if (hasInput) {
            addProblem(responses, ProblemType.INVALID_REQUEST, "Invalid or malformed input; 'errors' names each "
                + "invalid value by its field (such as tallies[3].area) or, for a body that is not JSON, its line.");
        }
        addProblem(responses, ProblemType.UNAUTHORIZED, "No credentials, or bad ones.");
        addProblem(responses, ProblemType.FORBIDDEN, "The user's roles do not allow this (or knownAt without "
            + "AUDITOR); 'needs' names the roles.");
        int variable = path.indexOf('{');
        if (variable >= 0) {
            String collection = path.substring(path.lastIndexOf('/', variable - 2) + 1, variable - 1);
            addProblem(responses, ProblemType.NOT_FOUND, "No " + FOUND_IN.getOrDefault(collection, collection)
                + " is known by the " + path.substring(variable, path.indexOf('}', variable) + 1) + " given.");
        }
        String conflict = CONFLICTS.get(operation.getOperationId());
        if (conflict != null) {
            addProblem(responses, ProblemType.CONFLICT, conflict);
        }
        if (operation.getRequestBody() != null) {
            addProblem(responses, ProblemType.REQUEST_TOO_LARGE, operation.getRequestBody().getContent()
                .containsKey(org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
                ? "The body is larger than surge.http.max-request-size."
                : "The file is larger than surge.http.max-import-size.");
            addProblem(responses, ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body is not "
                + String.join(" or ", operation.getRequestBody().getContent().keySet()) + ".");
        }
        addProblem(responses, ProblemType.TOO_MANY_SIGN_INS, "Too many failed HTTP Basic sign-ins for this user "
            + "name or from this address; see Retry-After.");
        String lockWait = "the request waited for a lock longer than the database's lock timeout (type "
            + ProblemType.BUSY.type() + "; nothing of it was done)";
        addProblem(responses, ProblemType.DATABASE_UNAVAILABLE, COMPUTED.contains(operation.getOperationId())
            ? "The database cannot be reached, " + lockWait + ", or every computation thread is busy and the queue is"
                + " full (type " + ProblemType.BUSY.type() + "); see Retry-After."
            : "The database cannot be reached, or " + lockWait + "; see Retry-After.");
        addProblem(responses, ProblemType.INTERNAL_ERROR, "An unexpected error, logged under the id in 'detail'.");
        operation.setResponses(responses);
    }

    private static void addProblem(ApiResponses responses, ProblemType type, String description) {
        String code = Integer.toString(type.status().value());
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description).content(new Content()
                .addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static Schema<?> problemSchema() {
        String types = Arrays.stream(ProblemType.values()).map(t -> t.type().toString())
            .collect(Collectors.joining(", "));
        return new ObjectSchema()
            .description("An RFC 9457 problem.")
            .addProperty("type", new StringSchema().format("uri").description("What kind of problem: one of "
                + types + " (identifiers, not pages), or about:blank."))
            .addProperty("title", new StringSchema())
            .addProperty("status", new IntegerSchema())
            .addProperty("detail", new StringSchema().description("What went wrong, for a person to read."))
            .addProperty("instance", new StringSchema().format("uri-reference").description("The path asked for."))
            .addProperty(ProblemType.ERRORS, new ArraySchema()
                .items(new Schema<>().$ref("#/components/schemas/" + PROBLEM_ERROR))
                .description("For invalid input: each invalid value."))
            .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema<?> problemErrorSchema() {
        return new ObjectSchema()
            .description("One invalid value: its field path, or for a body that is not JSON its line and column.")
            .addProperty("field", new StringSchema().example("tallies[3].area"))
            .addProperty("line", new IntegerSchema())
            .addProperty("column", new IntegerSchema())
            .addProperty("message", new StringSchema().example("unknown area code 'XYZ'"))
            .required(List.of("message"));
    }
}
