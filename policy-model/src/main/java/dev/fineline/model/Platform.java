package dev.fineline.model;

/** A social media platform. */
public enum Platform {
    /** Facebook; can be private. */
    FACEBOOK(false),
    /** Instagram; can be private. */
    INSTAGRAM(false),
    /** LinkedIn; public by nature. */
    LINKEDIN(true),
    /** X; public by nature. */
    X(true),
    /** Pinterest. */
    PINTEREST(false),
    /** YouTube. */
    YOUTUBE(false),
    /** TikTok. */
    TIKTOK(false),
    /** Flickr. */
    FLICKR(false),
    /** Any other platform. */
    OTHER(false);

    private final boolean publicByNature;

    Platform(boolean publicByNature) {
        this.publicByNature = publicByNature;
    }

    /**
     * Tells whether what is posted here is public whatever the account's privacy settings say.
     *
     * @return true for platforms built for public, professional or broadcast use
     */
    public boolean isPublicByNature() {
        return publicByNature;
    }
}
