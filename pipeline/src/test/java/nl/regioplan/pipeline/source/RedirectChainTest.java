package nl.regioplan.pipeline.source;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RedirectChainTest {
    @Test
    void startsAtTheRequestedAddressWithoutItsFragment() throws Exception {
        RedirectChain chain = RedirectChain.startingAt(URI.create("https://example.nl/plan.pdf#page=3"), 5);

        assertThat(chain.current()).isEqualTo(URI.create("https://example.nl/plan.pdf"));
    }

    @Test
    void relativeTargetsAreResolvedAgainstTheCurrentAddress() throws Exception {
        RedirectChain chain = RedirectChain.startingAt(URI.create("https://example.nl/a/b/plan.pdf"), 5);

        chain.follow(301, Optional.of("../c/plan.pdf"));
        assertThat(chain.current()).isEqualTo(URI.create("https://example.nl/a/c/plan.pdf"));
        chain.follow(302, Optional.of("/root.pdf"));
        assertThat(chain.current()).isEqualTo(URI.create("https://example.nl/root.pdf"));
        chain.follow(302, Optional.of("//cdn.example.nl/files/plan.pdf"));
        assertThat(chain.current()).isEqualTo(URI.create("https://cdn.example.nl/files/plan.pdf"));
    }

    @Test
    void anUnencodedSpaceInATargetIsToleratedAsServersSendThem() throws Exception {
        RedirectChain chain = RedirectChain.startingAt(URI.create("https://example.nl/x"), 5);

        chain.follow(302, Optional.of("/Regioplan IZA.pdf"));

        assertThat(chain.current()).isEqualTo(URI.create("https://example.nl/Regioplan%20IZA.pdf"));
    }

    @Test
    void aRedirectFromHttpsToPlainHttpIsRefused() throws Exception {
        RedirectChain chain = RedirectChain.startingAt(URI.create("https://example.nl/plan.pdf"), 5);

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> chain.follow(302, Optional.of("http://example.nl/plan.pdf")));

        assertThat(e.failure()).isEqualTo(FetchFailure.BAD_URL);
        assertThat(e).hasMessage("refused to follow a redirect from https to plain http: "
                + "https://example.nl/plan.pdf -> http://example.nl/plan.pdf");
    }

    @Test
    void anUpgradeFromHttpToHttpsIsFollowed() throws Exception {
        RedirectChain chain = RedirectChain.startingAt(URI.create("http://example.nl/plan.pdf"), 5);

        chain.follow(301, Optional.of("https://example.nl/plan.pdf"));

        assertThat(chain.current()).isEqualTo(URI.create("https://example.nl/plan.pdf"));
    }

    @Test
    void aRedirectToItselfIsALoopAfterOneRedirect() throws Exception {
        RedirectChain chain = RedirectChain.startingAt(URI.create("https://example.nl/plan.pdf"), 5);

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> chain.follow(302, Optional.of("/plan.pdf#again")));

        assertThat(e.failure()).isEqualTo(FetchFailure.TOO_MANY_REDIRECTS);
        assertThat(e).hasMessage("redirect loop after 1 redirect: "
                + "https://example.nl/plan.pdf -> https://example.nl/plan.pdf");
    }

    @Test
    void exactlyTheLimitIsFollowedAndOneMoreIsRefused() throws Exception {
        RedirectChain chain = RedirectChain.startingAt(URI.create("https://example.nl/0"), 2);
        chain.follow(302, Optional.of("/1"));
        chain.follow(302, Optional.of("/2"));

        FetchException e = catchThrowableOfType(FetchException.class, () -> chain.follow(302, Optional.of("/3")));

        assertThat(e.failure()).isEqualTo(FetchFailure.TOO_MANY_REDIRECTS);
        assertThat(e).hasMessage("more than 2 redirects: https://example.nl/0 -> https://example.nl/1 -> "
                + "https://example.nl/2 -> https://example.nl/3");
    }

    @Test
    void aRedirectWithoutATargetIsAnHttpFailure() throws Exception {
        RedirectChain chain = RedirectChain.startingAt(URI.create("https://example.nl/plan.pdf"), 5);

        FetchException e = catchThrowableOfType(FetchException.class, () -> chain.follow(302, Optional.of(" ")));

        assertThat(e.failure()).isEqualTo(FetchFailure.HTTP_STATUS);
        assertThat(e).hasMessage("HTTP 302 Found without a Location to go to, for https://example.nl/plan.pdf");
    }

    @Test
    void anUnparsableTargetIsABadUrl() throws Exception {
        RedirectChain chain = RedirectChain.startingAt(URI.create("https://example.nl/plan.pdf"), 5);

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> chain.follow(302, Optional.of("https://exa mple.nl/<plan>")));

        assertThat(e.failure()).isEqualTo(FetchFailure.BAD_URL);
        assertThat(e.getMessage()).contains("unusable address");
    }

    @Test
    void anAddressWithoutAHostIsRefused() {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> RedirectChain.startingAt(URI.create("http:///plan.pdf"), 5));

        assertThat(e.failure()).isEqualTo(FetchFailure.BAD_URL);
        assertThat(e).hasMessage("no host name in http:///plan.pdf");
    }
}
