package nl.regioplan.pipeline.source;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {
    private final RetrySchedule defaults = new RetrySchedule(FetchPolicy.defaults());

    @Test
    void waitsHalfASecondThenOneSecondThenStopsAtTheThirdAttempt() {
        FetchException timeout = FetchException.retryable(FetchFailure.TIMEOUT, "no answer", null, null);

        assertThat(defaults.waitAfter(1, timeout)).contains(Duration.ofMillis(500));
        assertThat(defaults.waitAfter(2, timeout)).contains(Duration.ofSeconds(1));
        assertThat(defaults.waitAfter(3, timeout)).isEmpty();
        assertThat(defaults.givingUp(3, timeout)).hasMessage("no answer (gave up after 3 attempts)");
    }

    @Test
    void aRefusedFailureIsNeverRetriedNorAnnotated() {
        FetchException notFound = FetchException.refused(FetchFailure.HTTP_STATUS, "HTTP 404 Not Found for x");

        assertThat(defaults.waitAfter(1, notFound)).isEmpty();
        assertThat(defaults.givingUp(1, notFound)).isSameAs(notFound);
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonoured() {
        FetchException busy = FetchException.retryable(FetchFailure.HTTP_STATUS, "HTTP 503", null,
                Duration.ofSeconds(4));

        assertThat(defaults.waitAfter(1, busy)).contains(Duration.ofSeconds(4));
    }

    @Test
    void aRetryAfterShorterThanTheBackoffDoesNotShortenIt() {
        FetchException busy = FetchException.retryable(FetchFailure.HTTP_STATUS, "HTTP 429", null, Duration.ZERO);

        assertThat(defaults.waitAfter(2, busy)).contains(Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterBeyondThePolicyIsGivenUpOnAndSaysWhy() {
        FetchException busy = FetchException.retryable(FetchFailure.HTTP_STATUS, "HTTP 503", null,
                Duration.ofMinutes(2));

        assertThat(defaults.waitAfter(1, busy)).isEmpty();
        assertThat(defaults.givingUp(1, busy))
                .hasMessage("HTTP 503 (the server asks to wait 120 s before trying again; at most 10 s is waited)");
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        assertThat(RetrySchedule.retryAfter(Optional.of(" 7 "), now)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetrySchedule.retryAfter(Optional.of("Mon, 23 Nov 2026 10:00:30 GMT"), now))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(RetrySchedule.retryAfter(Optional.of("Mon, 23 Nov 2026 09:00:00 GMT"), now)).isZero();
        assertThat(RetrySchedule.retryAfter(Optional.of("soon"), now)).isNull();
        assertThat(RetrySchedule.retryAfter(Optional.empty(), now)).isNull();
    }
}
