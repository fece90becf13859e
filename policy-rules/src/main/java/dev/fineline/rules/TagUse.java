package dev.fineline.rules;

import dev.fineline.model.ContentTag;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule reads of a post's or message's content, found in its source: the content tags and tag
 * groups it names, and whether it looks at the contacts a post mentions. A finding's evidence is the
 * text signals behind exactly those, so an explanation tells only what its verdict rests on.
 *
 * @param tags     the content tags the rule names, a group standing for all its tags
 * @param mentions whether the rule reads a post's mentions
 */
record TagUse(Set<ContentTag> tags, boolean mentions) {

    static final TagUse NONE = new TagUse(EnumSet.noneOf(ContentTag.class), false);

    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"([^\"\\r\\n]+)\"|'([^'\\r\\n]+)'|(\\S+))");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end\\b");
    private static final Pattern TAG = Pattern.compile("\\bContentTag\\s*\\.\\s*(?:Group\\s*\\.\\s*)?([A-Z][A-Z_]*)");
    private static final Pattern GROUP = Pattern.compile("\\bContentTag\\s*\\.\\s*Group\\s*\\.\\s*([A-Z][A-Z_]*)");
    private static final Pattern MENTIONS = Pattern.compile("\\bmentions\\b");

    /**
     * Reads every rule of some files.
     *
     * @param sources the rule files
     * @return by rule name, what each reads; rules that read no content are left out
     */
    static Map<String, TagUse> scan(List<RuleSource> sources) {
        Map<String, TagUse> uses = new HashMap<>();
        for (RuleSource source : sources) {
            String text = source.text();
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                String name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
                Matcher end = END.matcher(text);
                int stop = end.find(rule.end()) ? end.start() : text.length();
                TagUse use = of(text.substring(rule.end(), stop));
                if (!use.tags().isEmpty() || use.mentions()) {
                    uses.put(name, use);
                }
            }
        }
        return uses;
    }

    /** What one rule body reads. */
    static TagUse of(String body) {
        EnumSet<ContentTag> tags = EnumSet.noneOf(ContentTag.class);
        Matcher group = GROUP.matcher(body);
        while (group.find()) {
            for (ContentTag.Group g : ContentTag.Group.values()) {
                if (g.name().equals(group.group(1))) {
                    tags.addAll(ContentTag.of(g));
                }
            }
        }
        Matcher tag = TAG.matcher(body);
        while (tag.find()) {
            for (ContentTag t : ContentTag.values()) {
                if (t.name().equals(tag.group(1))) {
                    tags.add(t);
                }
            }
        }
        return new TagUse(tags, MENTIONS.matcher(body).find());
    }
}
