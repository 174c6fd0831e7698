package org.surgepolicy.bootstrap.security;

import static org.mockito.Mockito.mock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.surgepolicy.adapter.rest.MockedUseCases;
import org.surgepolicy.securedapi.SecuredApiTestApplication;

/**
 * Starts the secured API on a free port the way the application starts (for the tests of what happens at start-up,
 * which a cached test context would hide), with the same use cases mocked as in {@link SecuredApiTest}.
 */
final class SecuredApi implements AutoCloseable {

    /** A valid submission of one tally, for the requests that need one. */
    static final String TALLIES = """
        {"source": "s", "tallies": [{"date": "2024-08-01", "component": "USBP", "area": "RGV",
         "demographic": "SINGLE_ADULTS", "citizenship": "MEXICO", "encounterType": "APPREHENSIONS", "count": 1}]}""";

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();

    private SecuredApi(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static SecuredApi start(String... properties) {
        Class<?>[] useCases = MockedUseCases.class.getAnnotation(MockitoBean.class).types();
        return new SecuredApi(new SpringApplicationBuilder(SecuredApiTestApplication.class)
            .properties("server.port=0", SecuredApiTest.NO_JOBS_AT_START, SecuredApiTest.EXPOSE_ENDPOINTS)
            .initializers(context -> {
                for (Class<?> type : useCases) {
                    register((GenericApplicationContext) context, type);
                }
            })
            // As command-line arguments, so that they win over application.yml (its database, say).
            .run(Arrays.stream(properties).map(property -> "--" + property).toArray(String[]::new)));
    }

    private static <T> void register(GenericApplicationContext context, Class<T> type) {
        context.registerBean(type, () -> mock(type));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** GET with HTTP Basic credentials (none when user is null). */
    HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = request(path);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        context.close();
        http.close();
    }
}
