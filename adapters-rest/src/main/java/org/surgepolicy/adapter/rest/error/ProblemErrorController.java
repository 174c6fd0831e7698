package org.surgepolicy.adapter.rest.error;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the errors that happen outside Spring MVC (in a filter, or reported by the servlet container) as problems
 * too, in place of Spring Boot's white-label page and its JSON of another shape.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly rather than forwarded to: there is nothing here to see.
        int status = code instanceof Integer i ? i : HttpStatus.NOT_FOUND.value();
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error " + status : known.getReasonPhrase();
        ProblemDetail problem = ProblemType.forStatus(status).map(t -> t.problem(reason + "."))
            .orElseGet(() -> {
                ProblemDetail bare = ProblemDetail.forStatus(status);
                bare.setDetail(reason + ".");
                return bare;
            });
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(ProblemDetailsAdvice.instance(uri instanceof String s ? s : request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
