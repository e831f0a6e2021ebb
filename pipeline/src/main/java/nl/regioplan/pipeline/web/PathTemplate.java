package nl.regioplan.pipeline.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A route path such as {@code /api/documents/{doc}/pdf}, matched against the raw request path. We take path
 * parameters from the path itself: platform-http mixes them into the same headers as query parameters, where
 * {@code ?doc=other} would win over the path's own value.
 */
final class PathTemplate {
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    private final String template;
    private final List<String> names = new ArrayList<>();
    private final Pattern pattern;

    PathTemplate(String template) {
        this.template = template;
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAM.matcher(template);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(at, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            at = m.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        this.pattern = Pattern.compile(regex.toString());
    }

    String template() {
        return template;
    }

    /** The decoded parameters of a raw path ({@code %2F} stays inside its parameter, decoded to "/"), if it fits. */
    Optional<Map<String, String>> match(String rawPath) {
        Matcher m = pattern.matcher(rawPath);
        if (!m.matches()) return Optional.empty();
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) params.put(names.get(i), decode(m.group(i + 1)));
        return Optional.of(params);
    }

    /** Percent-decoding only: in a path "+" is a plus (document ids may hold one), not a space. */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("onleesbaar pad: " + segment);
        }
    }
}
