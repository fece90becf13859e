package dev.fineline.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a post, message or media item contains. Tags are set by the caller or derived from the text by
 * the content analysis, which adds to the caller's tags and never removes one. Each tag belongs to one
 * {@link Group}.
 */
public enum ContentTag {
    /** A product or feature that has not been launched. */
    UPCOMING_LAUNCH(Group.PROPRIETARY),
    /** A prototype. */
    PROTOTYPE(Group.PROPRIETARY),
    /** A brainstorm. */
    BRAINSTORM(Group.PROPRIETARY),
    /** A development meeting. */
    DEVELOPMENT_MEETING(Group.PROPRIETARY),
    /** A confidential project, by code name or otherwise. */
    CONFIDENTIAL_PROJECT(Group.PROPRIETARY),
    /** Commercial information covered by a non-disclosure agreement. */
    NDA_INFORMATION(Group.PROPRIETARY),
    /** An internal company event with confidential business content. */
    INTERNAL_EVENT(Group.PROPRIETARY),
    /** The name of a client whose outsourcing to the organisation must stay secret. */
    SECRET_CLIENT(Group.PROPRIETARY),

    /** A customer's receipt. */
    CUSTOMER_RECEIPT(Group.DATA),
    /** A point-of-sale screen. */
    POS_SCREEN(Group.DATA),
    /** Personal data of a customer. */
    CUSTOMER_PERSONAL_DATA(Group.DATA),
    /** Personal data of a partner. */
    PARTNER_PERSONAL_DATA(Group.DATA),
    /** Information about a patient, in any form. */
    PATIENT_INFORMATION(Group.DATA),

    /** The inside of the organisation's premises. */
    HQ_INTERIOR(Group.PLACE),

    /** The company's legal matters or litigation. */
    COMPANY_LEGAL_MATTER(Group.LEGAL),
    /** Privileged material. */
    PRIVILEGED(Group.LEGAL),
    /** The author's own legal claim or dispute. */
    OWN_LEGAL_CLAIM(Group.LEGAL),
    /** The author speaks on behalf of the company. */
    SPEAKS_FOR_COMPANY(Group.LEGAL),

    /** A complaint about managers, colleagues, customers or the workplace. */
    WORKPLACE_COMPLAINT(Group.WORKPLACE),
    /** Wages, hours, staffing, safety or other working conditions. */
    WORKING_CONDITIONS(Group.WORKPLACE),

    /** Profanity. */
    PROFANITY(Group.TONE),
    /** Abusive language. */
    ABUSIVE(Group.TONE),
    /** Offensive or humiliating wording. */
    OFFENSIVE(Group.TONE),
    /** Threatening language. */
    THREAT(Group.TONE),
    /** Harassment of colleagues or clients. */
    HARASSMENT(Group.TONE),
    /** Flirtatious or sexual content. */
    FLIRTATIOUS(Group.TONE),

    /** Related to work. */
    WORK_RELATED(Group.TOPIC),
    /** An opinion on a controversial topic. */
    CONTROVERSIAL_OPINION(Group.TOPIC),
    /** Non-business small talk. */
    SMALL_TALK(Group.TOPIC),
    /** Business matters. */
    BUSINESS(Group.TOPIC),

    /** Promotes the business's products or services. */
    PRODUCT_PROMOTION(Group.PROMOTION),
    /** Praises the business's products or services. */
    PRODUCT_PRAISE(Group.PROMOTION),
    /** A review of the business's products. */
    PRODUCT_REVIEW(Group.PROMOTION),
    /** The author poses as a customer. */
    POSING_AS_CUSTOMER(Group.PROMOTION),
    /** Recommends a specific financial product. */
    FINANCIAL_PRODUCT_RECOMMENDATION(Group.PROMOTION),
    /** A profile or other static content about the business. */
    STATIC_CONTENT(Group.PROMOTION),
    /** Public thanks or praise of the people the post mentions, for something they did (PROMO-2). */
    STAFF_PRAISE(Group.TOPIC);

    /** The families of tags, as listed in the situation format. */
    public enum Group {
        /** Launches, prototypes, brainstorms, meetings, projects, NDA material, internal events. */
        PROPRIETARY,
        /** Customer, partner and patient data. */
        DATA,
        /** Places. */
        PLACE,
        /** Legal matters. */
        LEGAL,
        /** Complaints and working conditions. */
        WORKPLACE,
        /** Tone of voice. */
        TONE,
        /** Subject matter. */
        TOPIC,
        /** Promotion of the business. */
        PROMOTION
    }

    private final Group group;

    ContentTag(Group group) {
        this.group = group;
    }

    /**
     * The family this tag belongs to.
     *
     * @return the tag's group
     */
    public Group group() {
        return group;
    }

    /**
     * How explanations name this tag, such as {@code "upcoming launch"}.
     *
     * @return the lower-case name with spaces
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * How explanations name several tags, such as {@code "prototype, brainstorm"}.
     *
     * @param tags the tags
     * @return their labels joined with commas
     */
    public static String labels(java.util.Collection<ContentTag> tags) {
        StringBuilder text = new StringBuilder();
        for (ContentTag tag : tags) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(tag.label());
        }
        return text.toString();
    }

    /**
     * The tags of one group.
     *
     * @param group a group
     * @return a new, modifiable set of the group's tags
     */
    public static Set<ContentTag> of(Group group) {
        EnumSet<ContentTag> tags = EnumSet.noneOf(ContentTag.class);
        for (ContentTag tag : values()) {
            if (tag.group == group) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
