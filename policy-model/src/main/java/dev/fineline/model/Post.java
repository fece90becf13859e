package dev.fineline.model;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Something a person posts, or is about to post, on an account.
 *
 * @param id                  unique id
 * @param author              the author's person id
 * @param account             the account's id
 * @param text                the text; never logged
 * @param tags                what the text contains
 * @param mentions            contact and person ids the post names
 * @param media               attached photos and other items
 * @param postedAt            when it was or would be posted; null means the moment of judgement
 * @param status              draft, published or deleted; all are judged as published
 * @param approvals           who approved it
 * @param disclosesEmployment a clear "I work at X" near any praise (PROMO-4)
 * @param resharedFrom        the id of a corporate account's post this reshares, or null (CONN-3)
 */
public record Post(String id, String author, String account, String text, Set<ContentTag> tags, Set<String> mentions,
        List<Media> media, Instant postedAt, PostStatus status, Set<Approval> approvals, boolean disclosesEmployment,
        String resharedFrom) {

    /** Validates and copies. */
    public Post {
        Checks.id("post.id", id);
        Checks.id("post.author", author);
        Checks.id("post.account", account);
        text = Checks.text(text);
        tags = Checks.enums("post.tags", ContentTag.class, tags);
        mentions = Checks.ids("post.mentions", mentions);
        media = Checks.list("post.media", media);
        status = status == null ? PostStatus.PUBLISHED : status;
        approvals = Checks.enums("post.approvals", Approval.class, approvals);
        Checks.optionalId("post.resharedFrom", resharedFrom);
    }

    /**
     * Tells whether the post or any of its media carries a tag.
     *
     * @param tag the tag
     * @return true when present
     */
    public boolean hasTag(ContentTag tag) {
        if (tags.contains(tag)) {
            return true;
        }
        for (Media item : media) {
            if (item.tags().contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether the post or any of its media carries one of the tags.
     *
     * @param candidates the tags looked for
     * @return true when at least one is present
     */
    public boolean hasAnyTag(Collection<ContentTag> candidates) {
        for (ContentTag tag : candidates) {
            if (hasTag(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether the post carries a tag of a group.
     *
     * @param group the group
     * @return true when one of its tags is present
     */
    public boolean hasTagIn(ContentTag.Group group) {
        for (ContentTag tag : allTags()) {
            if (tag.group() == group) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tags of the post and of all its media.
     *
     * @return a new set
     */
    public Set<ContentTag> allTags() {
        EnumSet<ContentTag> all = tags.isEmpty() ? EnumSet.noneOf(ContentTag.class) : EnumSet.copyOf(tags);
        for (Media item : media) {
            all.addAll(item.tags());
        }
        return all;
    }

    /**
     * The tags among {@code candidates} that this post carries, for explanations.
     *
     * @param candidates the tags looked for
     * @return those present, in declaration order
     */
    public Set<ContentTag> tagsAmong(Collection<ContentTag> candidates) {
        Set<ContentTag> found = allTags();
        found.retainAll(candidates);
        return found;
    }

    /**
     * Tells whether someone approved the post.
     *
     * @param approval who
     * @return true when approved by them
     */
    public boolean isApprovedBy(Approval approval) {
        return approvals.contains(approval);
    }

    /**
     * Tells whether the post was deleted after publication.
     *
     * @return true when deleted
     */
    public boolean isDeleted() {
        return status == PostStatus.DELETED;
    }

    /**
     * This post with more tags, as when tags are derived from its text.
     *
     * @param extra the tags to add
     * @return a copy with the union of tags, or this post when nothing is new
     */
    public Post withAddedTags(Collection<ContentTag> extra) {
        if (tags.containsAll(extra)) {
            return this;
        }
        EnumSet<ContentTag> union = EnumSet.noneOf(ContentTag.class);
        union.addAll(tags);
        union.addAll(extra);
        return new Post(id, author, account, text, union, mentions, media, postedAt, status, approvals,
                disclosesEmployment, resharedFrom);
    }

    /**
     * This post naming more contacts, as when the text names them.
     *
     * @param extra contact ids to add
     * @return a copy with the union of mentions, or this post when nothing is new
     */
    public Post withAddedMentions(Collection<String> extra) {
        if (mentions.containsAll(extra)) {
            return this;
        }
        LinkedHashSet<String> union = new LinkedHashSet<>(mentions);
        union.addAll(extra);
        return new Post(id, author, account, text, tags, union, media, postedAt, status, approvals,
                disclosesEmployment, resharedFrom);
    }

    /**
     * This post at another time.
     *
     * @param moment when it was or would be posted
     * @return a copy with the time set
     */
    public Post withPostedAt(Instant moment) {
        return new Post(id, author, account, text, tags, mentions, media, moment, status, approvals,
                disclosesEmployment, resharedFrom);
    }

    /**
     * A builder that starts from this post, to change a few fields.
     *
     * @return a new builder holding every field of this post
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, author, account);
        b.text = text;
        b.tags = tags;
        b.mentions = mentions;
        b.media = media;
        b.postedAt = postedAt;
        b.status = status;
        b.approvals = approvals;
        b.disclosesEmployment = disclosesEmployment;
        b.resharedFrom = resharedFrom;
        return b;
    }

    /**
     * A builder for a post.
     *
     * @param id      unique id
     * @param author  the author's person id
     * @param account the account's id
     * @return a new builder
     */
    public static Builder builder(String id, String author, String account) {
        return new Builder(id, author, account);
    }

    /** Builds a {@link Post}; unset fields keep the defaults of the situation format. */
    public static final class Builder {
        private final String id;
        private final String author;
        private final String account;
        private String text = "";
        private Collection<ContentTag> tags = List.of();
        private Collection<String> mentions = List.of();
        private List<Media> media = List.of();
        private Instant postedAt;
        private PostStatus status = PostStatus.PUBLISHED;
        private Collection<Approval> approvals = List.of();
        private boolean disclosesEmployment;
        private String resharedFrom;

        private Builder(String id, String author, String account) {
            this.id = id;
            this.author = author;
            this.account = account;
        }

        /**
         * Sets the text.
         *
         * @param value the text
         * @return this builder
         */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /**
         * Sets the content tags.
         *
         * @param value the tags
         * @return this builder
         */
        public Builder tags(ContentTag... value) {
            this.tags = List.of(value);
            return this;
        }

        /**
         * Sets the content tags.
         *
         * @param value the tags
         * @return this builder
         */
        public Builder tags(Collection<ContentTag> value) {
            this.tags = value;
            return this;
        }

        /**
         * Sets the contacts the post names.
         *
         * @param value contact ids
         * @return this builder
         */
        public Builder mentions(String... value) {
            this.mentions = List.of(value);
            return this;
        }

        /**
         * Sets the contacts the post names.
         *
         * @param value contact ids
         * @return this builder
         */
        public Builder mentions(Collection<String> value) {
            this.mentions = value;
            return this;
        }

        /**
         * Sets the attached media.
         *
         * @param value media items
         * @return this builder
         */
        public Builder media(Media... value) {
            this.media = List.of(value);
            return this;
        }

        /**
         * Sets the attached media.
         *
         * @param value media items
         * @return this builder
         */
        public Builder media(List<Media> value) {
            this.media = value;
            return this;
        }

        /**
         * Sets when it was or would be posted.
         *
         * @param value the moment (default: the moment of judgement)
         * @return this builder
         */
        public Builder postedAt(Instant value) {
            this.postedAt = value;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param value the status (default {@code PUBLISHED})
         * @return this builder
         */
        public Builder status(PostStatus value) {
            this.status = value;
            return this;
        }

        /**
         * Sets who approved it.
         *
         * @param value approvals
         * @return this builder
         */
        public Builder approvals(Approval... value) {
            this.approvals = List.of(value);
            return this;
        }

        /**
         * Sets who approved it.
         *
         * @param value approvals
         * @return this builder
         */
        public Builder approvals(Collection<Approval> value) {
            this.approvals = value;
            return this;
        }

        /**
         * Sets whether it clearly discloses the author's employment.
         *
         * @param value the flag (default false)
         * @return this builder
         */
        public Builder disclosesEmployment(boolean value) {
            this.disclosesEmployment = value;
            return this;
        }

        /**
         * Sets the corporate post this one reshares.
         *
         * @param value the post id, or null
         * @return this builder
         */
        public Builder resharedFrom(String value) {
            this.resharedFrom = value;
            return this;
        }

        /**
         * Builds the post.
         *
         * @return the post
         * @throws IllegalArgumentException naming the field and quoting the bad value
         */
        public Post build() {
            return new Post(id, author, account, text, tags == null ? null : enumSet(tags),
                    mentions == null ? null : new LinkedHashSet<>(mentions), media, postedAt, status,
                    approvals == null ? null : enumSet(approvals), disclosesEmployment, resharedFrom);
        }

        private static <E> Set<E> enumSet(Collection<E> values) {
            return new LinkedHashSet<>(values);
        }
    }

    /** Ids, tags and status only: what a person wrote never reaches a log line or an exception message. */
    @Override
    public String toString() {
        return "Post[id=" + id + ", author=" + author + ", account=" + account + ", tags=" + tags + ", status=" + status + "]";
    }
}
