package nl.regioplan.pipeline.source;

/** Why a document could not be downloaded; each kind is a reason a user reads in the quarantine. */
public enum FetchFailure {
    /** Not an http(s) address, or a redirect to one that cannot or must not be followed. */
    BAD_URL,
    /** No connection could be made, or it broke off. */
    UNREACHABLE,
    /** The server did not connect, answer or go on sending within the policy's time. */
    TIMEOUT,
    /** The server answered with an error status (or a redirect without a target). */
    HTTP_STATUS,
    /** More redirects than the policy allows, or a redirect loop. */
    TOO_MANY_REDIRECTS,
    /** The body is (or announces to be) larger than the policy allows. */
    TOO_LARGE,
    /** The server sent something that is not a PDF, e.g. an HTML page. */
    WRONG_CONTENT_TYPE,
    /** The address is loopback, private, link-local or otherwise not public, and the user did not allow those. */
    PRIVATE_ADDRESS,
    /** A manifest's local path that leaves the manifest's folder, and the user did not allow that. */
    OUTSIDE_MANIFEST_FOLDER,
    /** The whole download (every try, redirect and byte) took longer than the policy's deadline. */
    DEADLINE
}
