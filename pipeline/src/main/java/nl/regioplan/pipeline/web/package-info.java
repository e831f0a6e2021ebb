/**
 * The search page and its JSON API, served by {@code regioplan serve} (default http://127.0.0.1:8080/).
 *
 * <p>Every endpoint is a Camel platform-http route on an embedded Vert.x server ({@link
 * nl.regioplan.pipeline.web.WebRoutes}), so the web side runs in a Camel context like the ingest does. All are
 * GET; everything else is 405, unknown paths 404, bad input 400, always as {@code {"error": "..."}} in UTF-8 JSON,
 * never with a stack trace (that goes to the server log).
 * <pre>
 *   /api/search?q=&amp;region=&amp;theme=&amp;party=&amp;type=&amp;year=&amp;page=
 *        {query, page, pageSize: 20, total, hits: [{doc, title, region, type, page, snippet, score, section}],
 *         facets: {region, theme, party, type, year: {value: count}}}; passages only; snippet is HTML
 *        (escaped text, matches in &lt;mark&gt;); a blank q finds everything; a bad query is 400 with the
 *        parser's message
 *   /api/targets?region=&amp;theme=&amp;year=&amp;kind=&amp;format=json|csv
 *        the TargetRecords of every plan (region filled from the document when the record has none); csv is
 *        the export command's RFC 4180 CSV as a download
 *   /api/themes/matrix   {measure: "passages", themes: [{code, label, description}], rows: [{region, values}]}
 *   /api/documents       the catalog
 *   /api/documents/{doc} one catalog entry plus record counts; 404 if unknown, 400 if not a document id
 *   /api/documents/{doc}/pdf   the stored PDF, inline (open at #page=N)
 *   /api/status          as {@code regioplan status --json}
 *   /  and /assets/{name}      the page (index.html, app.js, app.css, icon.svg), nothing from outside
 * </pre>
 */
package nl.regioplan.pipeline.web;
