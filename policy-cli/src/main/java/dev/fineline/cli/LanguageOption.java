package dev.fineline.cli;

import dev.fineline.rules.EvaluationOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * {@code --lang}: the language of explanations, obligations, evidence and the command's own words,
 * English or Norwegian bokmål. The command's words are in {@code cli.properties} and
 * {@code cli_nb.properties} beside this class, with {@code {name}} placeholders.
 */
final class LanguageOption {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Properties EN = load("cli.properties");
    private static final Properties NB = load("cli_nb.properties");

    @Option(names = "--lang", paramLabel = "LANG",
            description = "language of the explanations, obligations, evidence and messages: en (default) or nb")
    String lang;

    /** The language asked for; English when none was. */
    Locale locale() {
        if (lang == null) {
            return Locale.ENGLISH;
        }
        try {
            return EvaluationOptions.builder().language(lang).build().locale();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--lang: expected en or nb, was \"" + lang + "\"");
        }
    }

    /** One of the command's texts in the language asked for, with its placeholders filled from name, value pairs. */
    String text(String key, Object... pairs) {
        return text(locale(), key, pairs);
    }

    static String text(Locale locale, String key, Object... pairs) {
        Properties texts = locale.getLanguage().equals("nb") ? NB : EN;
        String template = texts.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("no " + locale.getLanguage() + " text for " + key);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = null;
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                if (pairs[i].equals(m.group(1))) {
                    value = String.valueOf(pairs[i + 1]);
                }
            }
            if (value == null) {
                throw new IllegalStateException(key + ": the " + locale.getLanguage() + " text uses {" + m.group(1) + "}, which is not given");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The keys of both files, for the test that holds them equal. */
    static Properties texts(Locale locale) {
        return locale.getLanguage().equals("nb") ? NB : EN;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = LanguageOption.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
