package nl.regioplan.extractors.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentPageOcrTest {
    /** An engine that holds every page until it is let go, and says which page it read. */
    private static final class HeldEngine implements PageOcr {
        final CountDownLatch letGo = new CountDownLatch(1);
        final AtomicInteger reading = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public Optional<String> unavailableReason() {
            return Optional.empty();
        }

        @Override
        public String recognise(BufferedImage page) throws IOException {
            mostAtOnce.accumulateAndGet(reading.incrementAndGet(), Math::max);
            try {
                if (!letGo.await(10, TimeUnit.SECONDS)) throw new IOException("never let go");
            } catch (InterruptedException e) {
                throw new IOException(e);
            } finally {
                reading.decrementAndGet();
            }
            return "page of width " + page.getWidth();
        }
    }

    @Test
    void rendersAPageOnlyOnceAThreadIsFreeForIt() throws Exception {
        HeldEngine engine = new HeldEngine();
        AtomicInteger rendered = new AtomicInteger();
        try (ConcurrentPageOcr ocr = new ConcurrentPageOcr(engine, 2)) {
            List<Future<String>> pages = new ArrayList<>();
            pages.add(ocr.recognise(() -> image(rendered, 1)));
            pages.add(ocr.recognise(() -> image(rendered, 2)));
            CompletableFuture<Future<String>> third = CompletableFuture.supplyAsync(() -> {
                try {
                    return ocr.recognise(() -> image(rendered, 3));
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });

            Thread.sleep(300);
            assertThat(rendered).as("the third page waits, unrendered, while two are read").hasValue(2);
            assertThat(third).isNotDone();

            engine.letGo.countDown();
            pages.add(third.get(10, TimeUnit.SECONDS));
            List<String> texts = new ArrayList<>();
            for (Future<String> page : pages) texts.add(ConcurrentPageOcr.text(page));

            assertThat(texts).containsExactly("page of width 1", "page of width 2", "page of width 3");
            assertThat(engine.mostAtOnce).hasValue(2);
        }
    }

    @Test
    void givesTheEnginesErrorAsItThrewIt() throws Exception {
        PageOcr failing = new PageOcr() {
            @Override
            public Optional<String> unavailableReason() {
                return Optional.empty();
            }

            @Override
            public String recognise(BufferedImage page) throws IOException {
                throw new IOException("Tesseract failed: exit code 1");
            }
        };
        try (ConcurrentPageOcr ocr = new ConcurrentPageOcr(failing, 2)) {
            Future<String> page = ocr.recognise(() -> new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY));

            assertThatThrownBy(() -> ConcurrentPageOcr.text(page))
                    .isInstanceOf(IOException.class).hasMessage("Tesseract failed: exit code 1");
        }
    }

    @Test
    void aPageThatCannotBeRenderedGivesItsThreadBack() throws Exception {
        HeldEngine engine = new HeldEngine();
        engine.letGo.countDown();
        try (ConcurrentPageOcr ocr = new ConcurrentPageOcr(engine, 1)) {
            assertThatThrownBy(() -> ocr.recognise(() -> {
                throw new IOException("damaged image stream");
            })).hasMessage("damaged image stream");

            Future<String> next = CompletableFuture.supplyAsync(() -> {
                try {
                    return ConcurrentPageOcr.text(ocr.recognise(() -> image(new AtomicInteger(), 7)));
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo("page of width 7");
        }
    }

    private static BufferedImage image(AtomicInteger rendered, int width) {
        rendered.incrementAndGet();
        return new BufferedImage(width, 1, BufferedImage.TYPE_BYTE_GRAY);
    }
}
