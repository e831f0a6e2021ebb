package nl.regioplan.corpus.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

    private static List<ManifestEntry> read(String csv) throws IOException {
        return ManifestReader.read(new StringReader(csv), "test.csv");
    }

    @Test
    void readsEveryColumn() throws IOException {
        assertThat(read("""
                id,url,region,title,type
                regioplan-twente-2023,https://example.org/twente.pdf,Twente,Regioplan Twente,regioplan
                """)).containsExactly(new ManifestEntry("regioplan-twente-2023", "https://example.org/twente.pdf",
                "Twente", "Regioplan Twente", "regioplan"));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        List<ManifestEntry> entries = read("id,url,title\r\n"
                + "a,a.pdf,\"Zorg, welzijn en \"\"wonen\"\"\"\r\n"
                + "b,b.pdf,\"Twee\nregels\"\r\n");
        assertThat(entries).extracting(ManifestEntry::title).containsExactly("Zorg, welzijn en \"wonen\"", "Twee\nregels");
    }

    @Test
    void optionalColumnsMayBeLeftOutOrEmptyAndComeInAnyOrder() throws IOException {
        List<ManifestEntry> entries = read("url,id,type\nplan.pdf,plan,\n");
        assertThat(entries).containsExactly(new ManifestEntry("plan", "plan.pdf", null, null, null));
    }

    @Test
    void blankLinesAndAByteOrderMarkAreIgnored() throws IOException {
        assertThat(read("\uFEFFid,url\n\na,a.pdf\n\nb,b.pdf")).extracting(ManifestEntry::id).containsExactly("a", "b");
    }

    @Test
    void aMissingHeaderIsAnError() {
        assertThatThrownBy(() -> read("")).isInstanceOf(ManifestException.class)
                .hasMessage("test.csv line 1: missing header: expected id,url,region,title,type");
        assertThatThrownBy(() -> read("a,https://example.org/a.pdf\n")).isInstanceOf(ManifestException.class)
                .hasMessageContaining("line 1: unknown column 'a'").hasMessageContaining("header line missing");
    }

    @Test
    void aHeaderWithoutUrlIsAnError() {
        assertThatThrownBy(() -> read("id,title\na,A\n")).hasMessage("test.csv line 1: header lacks column 'url'");
    }

    @Test
    void aLineWithTooFewFieldsNamesItsLine() {
        assertThatThrownBy(() -> read("id,url,region\na,a.pdf,X\nb,b.pdf\n")).isInstanceOf(ManifestException.class)
                .hasMessage("test.csv line 3: expected 3 fields (id,url,region), found 2")
                .extracting(e -> ((ManifestException) e).line()).isEqualTo(3);
    }

    @Test
    void anEmptyIdOrUrlIsAnError() {
        assertThatThrownBy(() -> read("id,url\n,a.pdf\n")).hasMessage("test.csv line 2: empty id");
        assertThatThrownBy(() -> read("id,url\na, \n")).hasMessage("test.csv line 2: empty url for id 'a'");
    }

    @Test
    void anIdThatCannotBeAFileNameIsAnError() {
        assertThatThrownBy(() -> read("id,url\nregio plan/2023,a.pdf\n")).hasMessageContaining("line 2: id 'regio plan/2023'");
    }

    @Test
    void anUnsupportedUrlSchemeIsAnError() {
        assertThatThrownBy(() -> read("id,url\na,a.pdf\nb,ftp://example.org/b.pdf\n"))
                .hasMessage("test.csv line 3: url 'ftp://example.org/b.pdf' has unsupported scheme 'ftp' "
                        + "(use http, https, file or a path)");
    }

    @Test
    void anHttpUrlWithoutHostIsAnError() {
        assertThatThrownBy(() -> read("id,url\na,https:///plan.pdf\n")).hasMessageContaining("line 2:")
                .hasMessageContaining("has no host");
    }

    @Test
    void aDuplicateIdNamesBothLines() {
        assertThatThrownBy(() -> read("id,url\na,a.pdf\nb,b.pdf\na,c.pdf\n"))
                .hasMessage("test.csv line 4: duplicate id 'a' (first on line 2)");
    }

    @Test
    void anUnclosedQuoteIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> read("id,url,title\na,a.pdf,\"Open\nb,b.pdf,x\n"))
                .hasMessage("test.csv line 2: quoted field is never closed");
    }

    @Test
    void aStrayQuoteIsAnError() {
        assertThatThrownBy(() -> read("id,url,title\na,a.pdf,Regio\"plan\n")).hasMessageContaining("line 2: stray quote");
    }

    @Test
    void textAfterAClosingQuoteIsAStrayQuote() {
        assertThatThrownBy(() -> read("id,url,title\na,a.pdf,x\nb,b.pdf,\"Regio\"plan\n"))
                .hasMessageContaining("line 3: stray quote");
    }

    @Test
    void aLineBreakInsideQuotesCountsForTheLinesAfterIt() {
        assertThatThrownBy(() -> read("id,url,title\na,a.pdf,\"Twee\nregels\"\nb, ,x\n"))
                .hasMessage("test.csv line 4: empty url for id 'b'");
    }

    @Test
    void pathsResolveAgainstTheManifestFolderAndUrlsAreRemote(@TempDir Path dir) throws IOException {
        Path manifest = dir.resolve("manifest.csv");
        Path absolute = dir.resolve("elders.pdf");
        Files.writeString(manifest, "id,url\nlocal,pdf/plan.pdf\nfile," + absolute.toUri() + "\nweb,http://example.org/p.pdf\n"
                + "windows,C:\\plannen\\plan.pdf\n");
        List<ManifestEntry> entries = ManifestReader.read(manifest);
        assertThat(entries.get(0).path(dir)).isEqualTo(dir.resolve("pdf/plan.pdf"));
        assertThat(entries.get(1).path(dir)).isEqualTo(absolute);
        assertThat(entries.get(2).remote()).isTrue();
        assertThat(entries.get(3).remote()).isFalse();
        assertThat(entries).filteredOn(ManifestEntry::remote).extracting(ManifestEntry::id).containsExactly("web");
    }
}
