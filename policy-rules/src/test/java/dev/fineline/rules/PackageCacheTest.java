package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.model.Account;
import dev.fineline.model.Connection;
import dev.fineline.model.Contact;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.Situation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;

/** The built-in package cache: used when it matches, compiled from DRL otherwise. */
class PackageCacheTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private static byte[] classpathCache() {
        try (InputStream in = PackageCache.class.getClassLoader().getResourceAsStream(PackageCache.RESOURCE)) {
            assertThat(in).as("the build writes " + PackageCache.RESOURCE).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Collection<KiePackage>> read(byte[] bytes, List<RuleSource> builtIns) {
        return PackageCache.read(new ByteArrayInputStream(bytes), builtIns, PackageCache.class.getClassLoader());
    }

    private static Situation situation() {
        return Situation.builder(AT)
                .people(Person.builder("p-ola").build(), Person.builder("p-eva").departedOn(LocalDate.of(2026, 9, 1)).build())
                .contacts(Contact.of("c-bank", "Bank", ContactKind.CLIENT))
                .accounts(Account.personal("a-ola", "p-ola").platform(Platform.LINKEDIN).build(),
                        Account.personal("a-eva", "p-eva").platform(Platform.LINKEDIN).build(),
                        Account.corporate("a-corp").credentialHolders(List.of("p-ola", "p-eva")).build())
                .connections(Connection.of("a-ola", "c-bank"), Connection.of("a-eva", "c-bank"))
                .posts(Post.builder("post-1", "p-ola", "a-ola").tags(ContentTag.WORK_RELATED, ContentTag.PRODUCT_PRAISE).build())
                .build();
    }

    private static Decision judge(RuleBase rules) {
        Evaluation evaluation = rules.newEvaluation();
        try {
            return evaluation.run(situation(), java.util.Map.of(), new Limits(0, 10_000_000_000L, false));
        } finally {
            evaluation.close();
        }
    }

    private static List<RuleSource> changed(List<RuleSource> builtIns) {
        List<RuleSource> sources = new ArrayList<>(builtIns);
        RuleSource first = sources.get(0);
        sources.set(0, new RuleSource(first.name(), first.origin(), first.text() + "\n// changed\n"));
        return sources;
    }

    @Test
    void compile_cacheMatchesBuiltIns_usesCacheWithSameFindings() {
        List<RuleSource> builtIns = RuleSource.builtIn();

        RuleBase cached = RuleBase.compile(builtIns);
        RuleBase compiled = RuleBase.compile(builtIns, sources -> Optional.empty());

        assertThat(cached.fromCache()).isTrue();
        assertThat(compiled.fromCache()).isFalse();
        assertThat(cached.id()).isEqualTo(compiled.id());
        assertThat(cached.rules()).isEqualTo(compiled.rules());
        Decision decision = judge(cached);
        assertThat(decision.findings()).isNotEmpty().isEqualTo(judge(compiled).findings());
        assertThat(decision.errors()).isEmpty();
    }

    @Test
    void read_ruleTextsDiffer_ignoresCache() {
        assertThat(read(classpathCache(), RuleSource.builtIn())).isPresent();
        assertThat(read(classpathCache(), changed(RuleSource.builtIn()))).isEmpty();
    }

    @Test
    void compile_ruleTextsDiffer_compilesFromDrl() {
        RuleBase rules = RuleBase.compile(changed(RuleSource.builtIn()));

        assertThat(rules.fromCache()).isFalse();
        assertThat(rules.rules()).hasSameSizeAs(RuleBase.compile(RuleSource.builtIn()).rules());
        assertThat(judge(rules).findings()).isNotEmpty();
    }

    @Test
    void read_otherModelOrDrools_ignoresCache() {
        byte[] bytes = classpathCache();
        String header = new String(bytes, 2, ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff), StandardCharsets.UTF_8);

        assertThat(header).contains("\ndrools: " + org.drools.base.util.Drools.getFullVersion() + "\n").contains("\nmodel: ");
        byte[] otherDrools = replace(bytes, "drools: ", "drools: 0");
        byte[] otherModel = replace(bytes, "model: ", "model: 0");
        assertThat(read(otherDrools, RuleSource.builtIn())).isEmpty();
        assertThat(read(otherModel, RuleSource.builtIn())).isEmpty();
    }

    @Test
    void compile_corruptedCache_compilesFromDrl() {
        byte[] bytes = classpathCache();
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
        byte[] scrambled = bytes.clone();
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            scrambled[i] ^= 0x5a;
        }

        for (byte[] corrupted : List.of(truncated, scrambled, new byte[0], "not a cache".getBytes(StandardCharsets.UTF_8))) {
            RuleBase rules = RuleBase.compile(RuleSource.builtIn(), sources -> read(corrupted, sources));
            assertThat(rules.fromCache()).isFalse();
            assertThat(judge(rules).findings()).isNotEmpty();
        }
    }

    @Test
    void compile_customRulesWithCachedBuiltIns_customRulesFireAndKeepLineNumbers() {
        List<RuleSource> sources = new ArrayList<>(RuleSource.builtIn());
        sources.add(new RuleSource("custom/praise.drl", "custom/praise.drl", """
                package com.acme.policy;
                import dev.fineline.model.*;
                import dev.fineline.rules.*;
                global FindingSink findings;
                global Facts facts;
                rule "AcmePraise" @guidance("ACME-1") @verdict(WARN)
                when
                    $post : Post(hasTag(ContentTag.PRODUCT_PRAISE))
                then
                    findings.emit(Verdict.WARN, $post.id(), facts.person($post.author()).label() + " praises");
                end
                """));
        RuleBase rules = RuleBase.compile(sources);

        assertThat(rules.fromCache()).isTrue();
        assertThat(judge(rules).findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("AcmePraise");
            assertThat(f.explanation()).isEqualTo("employee `p-ola` praises");
        });

        sources.set(sources.size() - 1, new RuleSource("custom/broken.drl", "custom/broken.drl", """
                package com.acme.policy;
                import dev.fineline.model.*;
                global dev.fineline.rules.FindingSink findings;
                rule "AcmeBroken" @guidance("ACME-2") @verdict(WARN)
                when
                    $post : Post(noSuchField == true)
                then
                end
                """));
        assertThatThrownBy(() -> RuleBase.compile(sources))
                .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("custom/broken.drl");
                            assertThat(p.line()).isEqualTo(6);
                        }));
    }

    @Test
    void compile_customRuleNamedLikeCachedBuiltIn_refused() {
        List<RuleSource> sources = new ArrayList<>(RuleSource.builtIn());
        sources.add(new RuleSource("custom/clash.drl", "custom/clash.drl", """
                package dev.fineline.rules;
                import dev.fineline.model.*;
                global FindingSink findings;
                rule "HarassingPost" @guidance("ACME-3") @verdict(WARN)
                when
                    $post : Post()
                then
                end
                """));

        assertThatThrownBy(() -> RuleBase.compile(sources))
                .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("\"HarassingPost\"")));
    }

    private static byte[] replace(byte[] bytes, String from, String to) {
        int length = ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff);
        String header = new String(bytes, 2, length, StandardCharsets.UTF_8).replace(from, to);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new java.io.DataOutputStream(out).writeUTF(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write(bytes, 2 + length, bytes.length - 2 - length);
        return out.toByteArray();
    }
}
