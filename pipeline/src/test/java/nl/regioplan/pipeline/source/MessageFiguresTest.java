package nl.regioplan.pipeline.source;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class MessageFiguresTest {
    @Test
    void sizesInTheLargestWholeUnit() {
        assertThat(MessageFigures.size(100L * 1024 * 1024)).isEqualTo("100 MB");
        assertThat(MessageFigures.size(1536 * 1024)).isEqualTo("1.5 MB");
        assertThat(MessageFigures.size(256 * 1024)).isEqualTo("256 KB");
        assertThat(MessageFigures.size(1)).isEqualTo("1 byte");
        assertThat(MessageFigures.size(0)).isEqualTo("0 bytes");
    }

    @Test
    void durationsInMillisecondsBelowASecond() {
        assertThat(MessageFigures.duration(Duration.ofMillis(300))).isEqualTo("300 ms");
        assertThat(MessageFigures.duration(Duration.ofSeconds(2))).isEqualTo("2 s");
        assertThat(MessageFigures.duration(Duration.ofMillis(1500))).isEqualTo("1.5 s");
    }
}
