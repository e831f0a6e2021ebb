package nl.regioplan.pipeline.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunResourcesTest {
    private final List<String> closed = new ArrayList<>();

    private AutoCloseable resource(String name) {
        return () -> closed.add(name);
    }

    private AutoCloseable failing(String name) {
        return () -> {
            closed.add(name);
            throw new IllegalStateException(name + " failed to close");
        };
    }

    @Test
    void whatWasOpenedLastIsClosedFirst() {
        RunResources opened = new RunResources();
        opened.add(resource("components"));
        opened.add(resource("index"));
        opened.add(null);
        opened.add(resource("runner"));
        opened.close();
        assertThat(closed).containsExactly("runner", "index", "components");
    }

    @Test
    void aFailingCloseStopsNoOtherAndTheFirstFailureCarriesTheRest() {
        RunResources opened = new RunResources();
        opened.add(failing("components"));
        opened.add(resource("index"));
        opened.add(failing("runner"));
        assertThatThrownBy(opened::close)
                .hasMessage("runner failed to close")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("components failed to close"));
        assertThat(closed).containsExactly("runner", "index", "components");
    }

    @Test
    void closingAfterAFailedOpenKeepsTheOpeningFailureAndClosesEverything() {
        RunResources opened = new RunResources();
        opened.add(failing("components"));
        opened.add(resource("index"));
        IllegalStateException opening = new IllegalStateException("index is locked");
        opened.closeAfter(opening);
        assertThat(closed).containsExactly("index", "components");
        assertThat(opening.getSuppressed()).extracting(Throwable::getMessage).containsExactly("components failed to close");
    }

    @Test
    void aCheckedFailureOfACloseArrivesUnchecked() {
        RunResources opened = new RunResources();
        opened.add(() -> {
            throw new java.io.IOException("disk gone");
        });
        assertThatThrownBy(opened::close).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("disk gone");
    }
}
