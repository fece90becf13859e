package dev.fineline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** toBuilder, with… and builders taking collections or varargs: one situation per organisation, changed as it goes. */
class ErgonomicsTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private static Situation organisation() {
        return Situation.builder(AT)
                .organization(Organization.builder().name("Nordlys AS").jurisdiction("NO").build())
                .people(List.of(Person.builder("p-boss").supervisor(true).build(),
                        Person.builder("p-kari").reportsTo("p-boss").roles("SALES", "EVENTS").build()))
                .accounts(Account.personal("a-kari-ig", "p-kari").platform(Platform.INSTAGRAM).build(),
                        Account.corporate("a-corp-x").platform(Platform.X).credentialHolders("p-kari").build())
                .build();
    }

    @Test
    void toBuilder_everyRecordWithABuilder_rebuildsAnEqualRecord() {
        Situation s = organisation();
        Person kari = s.person("p-kari").orElseThrow();
        Account corp = s.account("a-corp-x").orElseThrow();
        Post post = Post.builder("post-1", "p-kari", "a-kari-ig").text("hello").tags(ContentTag.SMALL_TALK).build();
        EmployerRequest request = EmployerRequest.builder("r-1", RequestKind.OFFER_BRAND_ARTWORK).to("p-kari").build();

        assertThat(kari.toBuilder().build()).isEqualTo(kari);
        assertThat(corp.toBuilder().build()).isEqualTo(corp);
        assertThat(post.toBuilder().build()).isEqualTo(post);
        assertThat(request.toBuilder().build()).isEqualTo(request);
        assertThat(s.organization().toBuilder().build()).isEqualTo(s.organization());
        assertThat(s.organization().settings().toBuilder().build()).isEqualTo(s.organization().settings());
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }

    @Test
    void toBuilder_oneFieldChanged_restKept() {
        Person kari = organisation().person("p-kari").orElseThrow();

        Person moved = kari.toBuilder().reportsTo(null).supervisor(true).build();

        assertThat(moved.reportsTo()).isNull();
        assertThat(moved.supervisor()).isTrue();
        assertThat(moved.roles()).containsExactly("SALES", "EVENTS");
        assertThat(moved.jurisdiction()).isEqualTo(kari.jurisdiction());
    }

    @Test
    void withPost_newDraft_addedAndOriginalUnchanged() {
        Situation s = organisation();
        Post draft = Post.builder("post-draft", "p-kari", "a-kari-ig").status(PostStatus.DRAFT).build();

        Situation next = s.withPost(draft);

        assertThat(next.posts()).extracting(Post::id).containsExactly("post-draft");
        assertThat(next.posts().get(0).postedAt()).as("defaults to the moment of judgement").isEqualTo(AT);
        assertThat(s.posts()).isEmpty();
        assertThat(next.withPost(draft.toBuilder().status(PostStatus.PUBLISHED).build()).posts())
                .singleElement().extracting(Post::status).isEqualTo(PostStatus.PUBLISHED);
        assertThat(next.withoutPost("post-draft").posts()).isEmpty();
    }

    @Test
    void withPersonDeparted_knownPerson_departedOnTheDay() {
        Situation s = organisation().withPersonDeparted("p-kari", LocalDate.of(2026, 11, 1));

        Person kari = s.person("p-kari").orElseThrow();
        assertThat(kari.isDeparted()).isTrue();
        assertThat(kari.departedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(s.people()).extracting(Person::id).containsExactly("p-boss", "p-kari");
    }

    @Test
    void withPersonDeparted_unknownPerson_namesTheId() {
        assertThatThrownBy(() -> organisation().withPersonDeparted("p-nobody", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("people: names no person: \"p-nobody\"");
    }

    @Test
    void withRelationship_danglingAccount_checkedLikeTheConstructor() {
        assertThatThrownBy(() -> organisation().withRelationship(Relationship.follow("a-kari-ig", "a-gone")))
                .isInstanceOf(InvalidSituationException.class)
                .hasMessageContaining("relationships[0].to: names no account: \"a-gone\"");
    }

    @Test
    void withMessageAndRequest_addedOrReplacedById() {
        Situation s = organisation()
                .withMessage(Message.of("m-1", "p-kari", "a-kari-ig", "p-boss", null, ContentTag.SMALL_TALK))
                .withRequest(EmployerRequest.builder("r-1", RequestKind.OFFER_BRAND_ARTWORK).to("p-kari").build())
                .withRequest(EmployerRequest.builder("r-1", RequestKind.OFFER_BRAND_ARTWORK).to("p-kari").timesAsked(2).build());

        assertThat(s.messages()).hasSize(1);
        assertThat(s.requests()).singleElement().extracting(EmployerRequest::timesAsked).isEqualTo(2);
        assertThat(s.withAt(AT.plusSeconds(60)).at()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void builders_varargsAndCollections_sameRecord() {
        assertThat(Account.corporate("a").credentialHolders("p-1", "p-2").formerCredentialHolders("p-3").build())
                .isEqualTo(Account.corporate("a").credentialHolders(List.of("p-1", "p-2"))
                        .formerCredentialHolders(List.of("p-3")).build());
        assertThat(Person.builder("p").roles("A", "B").build()).isEqualTo(Person.builder("p").roles(List.of("A", "B")).build());
        assertThat(Settings.builder().permittedHqRooms("lobby").confidentialTerms("Falcon").secretClients("c-1").build())
                .isEqualTo(Settings.builder().permittedHqRooms(List.of("lobby")).confidentialTerms(List.of("Falcon"))
                        .secretClients(List.of("c-1")).build());
        assertThat(Situation.builder(AT).people(Person.builder("p").build()).build())
                .isEqualTo(Situation.builder(AT).people(List.of(Person.builder("p").build())).build());
    }
}
