package nl.regioplan.pipeline.source;

import java.net.URI;
import java.nio.file.Path;

/**
 * A document downloaded in full.
 *
 * @param requested   the address the manifest gave
 * @param finalUri    the address the bytes came from, after redirects
 * @param file        the local copy
 * @param contentType the media type the server declared, lower case without parameters; null if it sent none
 * @param bytes       the size of the local copy
 * @param attempts    how many tries it took (1 when the first one worked)
 */
public record FetchedDocument(URI requested, URI finalUri, Path file, String contentType, long bytes, int attempts) {
}
