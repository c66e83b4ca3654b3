package org.centrala.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.Map;

import org.centrala.ui.client.ApiException;
import org.junit.Test;

public class CoreProblemTest {

    private static ApiException answered(int status, String body) {
        return new ApiException(status, "refused", HttpHeaders.of(Map.of(), (a, b) -> true), body);
    }

    @Test
    public void aProblemBodyGivesItsDetailAndEveryFieldError() {
        CoreProblem problem = CoreProblem.of(answered(400, "{\"type\":\"urn:centrala:problem:validation\",\"title\":\"Invalid\","
                + "\"status\":400,\"detail\":\"2 fields are invalid\",\"errors\":[{\"field\":\"name\",\"message\":\"is required\"},"
                + "{\"field\":\"pbx.host\",\"message\":\"is required\"},{\"field\":\"name\",\"message\":\"is too long\"}]}"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("2 fields are invalid");
        assertThat(problem.fieldErrors()).containsEntry("pbx.host", "is required").containsEntry("name", "is required; is too long");
        assertThat(problem.sessionEnded()).isFalse();
    }

    @Test
    public void noAnswerAtAllIsUnreachable() {
        CoreProblem problem = CoreProblem.of(new ApiException(new java.net.ConnectException("Connection refused")));

        assertThat(problem.status()).isZero();
        assertThat(problem.unreachable()).isTrue();
        assertThat(problem.fieldErrors()).isEmpty();
    }

    @Test
    public void aBodyThatIsNotJsonLeavesTheStatus() {
        CoreProblem problem = CoreProblem.of(answered(502, "<html>Bad gateway</html>"));

        assertThat(problem.status()).isEqualTo(502);
        assertThat(problem.detail()).isNull();
        assertThat(problem.unreachable()).isTrue();
    }

    @Test
    public void statusesThatChangeWhatTheUiDoes() {
        assertThat(CoreProblem.of(answered(401, "")).sessionEnded()).isTrue();
        assertThat(CoreProblem.of(answered(412, "{\"status\":412}")).staleVersion()).isTrue();
        assertThat(CoreProblem.of(answered(409, "{\"status\":409}")).unreachable()).isFalse();
    }
}
