package nl.regioplan.pipeline.source;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PdfContentTypeTest {
    private static final URI URL = URI.create("https://example.nl/plan.pdf");

    @Test
    void theMediaTypeIsLowerCaseWithoutParameters() {
        assertThat(PdfContentType.mediaType(Optional.of("Application/PDF; name=\"plan.pdf\"")))
                .isEqualTo("application/pdf");
        assertThat(PdfContentType.mediaType(Optional.of("  "))).isNull();
        assertThat(PdfContentType.mediaType(Optional.empty())).isNull();
    }

    @Test
    void pdfTypesAreTrustedAndGenericOnesMustShowTheirBytes() throws Exception {
        assertThat(PdfContentType.of("application/pdf", URL)).isEqualTo(PdfContentType.PDF);
        assertThat(PdfContentType.of("application/x-pdf", URL)).isEqualTo(PdfContentType.PDF);
        assertThat(PdfContentType.of("application/octet-stream", URL)).isEqualTo(PdfContentType.GENERIC);
        assertThat(PdfContentType.of("binary/octet-stream", URL)).isEqualTo(PdfContentType.GENERIC);
        assertThat(PdfContentType.of(null, URL)).isEqualTo(PdfContentType.GENERIC);
    }

    @Test
    void anHtmlPageIsRefusedAsSuch() {
        FetchException e = catchThrowableOfType(FetchException.class, () -> PdfContentType.of("text/html", URL));

        assertThat(e.failure()).isEqualTo(FetchFailure.WRONG_CONTENT_TYPE);
        assertThat(e).hasMessage("server returned an HTML page, not a PDF, for " + URL);
    }

    @Test
    void anyOtherTypeIsRefusedByName() {
        FetchException e = catchThrowableOfType(FetchException.class, () -> PdfContentType.of("image/png", URL));

        assertThat(e.failure()).isEqualTo(FetchFailure.WRONG_CONTENT_TYPE);
        assertThat(e).hasMessage("server returned image/png, not a PDF, for " + URL);
    }
}
