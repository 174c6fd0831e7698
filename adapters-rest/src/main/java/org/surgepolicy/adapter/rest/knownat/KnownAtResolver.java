package org.surgepolicy.adapter.rest.knownat;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.surgepolicy.domain.validation.InvalidValueException;

/** Resolves a {@link KnownAt} parameter from the query string, checked against now. */
public final class KnownAtResolver implements HandlerMethodArgumentResolver {

    private final Clock clock;

    public KnownAtResolver(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(KnownAt.class) && parameter.getParameterType() == Instant.class;
    }

    @Override
    public Instant resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                   NativeWebRequest request, WebDataBinderFactory binders) {
        List<String> values = QueryParameters.values(request.getNativeRequest(HttpServletRequest.class),
            KnownAt.NAME);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidValueException(KnownAt.NAME, "is given " + values.size() + " times; give it once");
        }
        Instant knownAt;
        try {
            knownAt = DateTimeFormatter.ISO_DATE_TIME.parse(values.getFirst(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new MethodArgumentTypeMismatchException(values.getFirst(), Instant.class, KnownAt.NAME, parameter,
                e);
        }
        Instant now = clock.instant();
        if (knownAt.isAfter(now)) {
            throw new InvalidValueException(KnownAt.NAME, knownAt + " is after now (" + now + "); knownAt asks what"
                + " was known at a past instant");
        }
        return knownAt;
    }
}
