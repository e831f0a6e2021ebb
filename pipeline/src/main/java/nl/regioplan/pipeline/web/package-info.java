/**
 * The search page and its JSON API, served by {@code regioplan serve} (default http://127.0.0.1:8080/).
 *
 * <p>Every endpoint is a Camel platform-http route on an embedded Vert.x server ({@link
 * nl.regioplan.pipeline.web.WebRoutes}), so the web side runs in a Camel context like the ingest does. All are
 * GET; everything else is 405, unknown paths 404, bad input 400, a Host header naming another machine 403, always as
 * {@code {"error": "..."}} in Dutch, UTF-8 JSON, never with a stack trace (that goes to the server log) and never
 * with a file path of this machine. The README's "JSON API" section lists the endpoints with their parameters and
 * example answers; {@link nl.regioplan.pipeline.web.WebServer} says what keeps the server safe to leave running.
 */
package nl.regioplan.pipeline.web;
