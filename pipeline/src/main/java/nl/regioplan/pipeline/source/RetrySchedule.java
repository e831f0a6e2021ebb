package nl.regioplan.pipeline.source;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Decides whether and when a failed try is repeated: only failures that may pass (network trouble, timeouts,
 * 429, 5xx), at most the policy's number of tries, waiting the policy's backoff doubled each time (no jitter,
 * so runs are repeatable), or longer when the server's Retry-After asks for it; a server asking for more than
 * the policy's longest wait is given up on at once rather than waited for.
 */
final class RetrySchedule {
    private final FetchPolicy policy;

    RetrySchedule(FetchPolicy policy) {
        this.policy = policy;
    }

    /** The wait before the next try after try number {@code attempt} (from 1) failed; empty: stop trying. */
    Optional<Duration> waitAfter(int attempt, FetchException failure) {
        if (!failure.isRetryable() || attempt >= policy.maxAttempts() || asksTooLong(failure)) return Optional.empty();
        Duration backoff = policy.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        Duration asked = failure.retryAfter();
        return Optional.of(asked != null && asked.compareTo(backoff) > 0 ? asked : backoff);
    }

    /** The failure to report once {@link #waitAfter} said stop, noting why when the failure itself may pass. */
    FetchException givingUp(int attempt, FetchException failure) {
        if (!failure.isRetryable()) return failure;
        if (asksTooLong(failure)) {
            return failure.withNote("the server asks to wait " + MessageFigures.duration(failure.retryAfter())
                    + " before trying again; at most " + MessageFigures.duration(policy.maxRetryAfter())
                    + " is waited");
        }
        return attempt > 1 ? failure.withNote("gave up after " + attempt + " attempts") : failure;
    }

    /** A Retry-After header, in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(Optional<String> header, Instant now) {
        if (header.isEmpty()) return null;
        String value = header.get().strip();
        try {
            if (value.matches("\\d{1,9}")) return Duration.ofSeconds(Long.parseLong(value));
            Instant when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return when.isAfter(now) ? Duration.between(now, when) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private boolean asksTooLong(FetchException failure) {
        return failure.retryAfter() != null && failure.retryAfter().compareTo(policy.maxRetryAfter()) > 0;
    }
}
