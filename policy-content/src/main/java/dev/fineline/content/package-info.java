/**
 * Content analysis: the text of a post or message in, {@link dev.fineline.content.Signal signals} out.
 *
 * <p>{@link dev.fineline.content.ContentAnalyzer} finds identifiers validated by their checksums
 * (payment cards, IBANs, Norwegian national identity and organisation numbers, e-mail addresses, phone
 * numbers), the organisation's confidential terms, secret clients and contact names, and the words of
 * its lexicons in English and Norwegian bokmål (tone, workplace, proprietary hints, legal matters,
 * customer data, promotion, topics), after normalising obfuscation and with the context that turns a
 * match off (negation, quotation, reported speech, idioms). Every signal names its content tag, its
 * span, a redacted piece of evidence, the detector and the entry that produced it.
 *
 * <p>The analysis never logs a text or a piece of evidence.
 */
package dev.fineline.content;
