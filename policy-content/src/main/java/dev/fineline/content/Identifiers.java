package dev.fineline.content;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.fineline.model.ContentTag;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.validator.routines.CreditCardValidator;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * Identifiers validated by their checksums, found by hand-written scanners in one pass over the text and
 * checked with Apache Commons Validator (cards, IBANs, e-mail) and libphonenumber (phone numbers).
 *
 * <ul>
 * <li>payment cards: 13 to 19 digits, grouped by spaces or dashes, a known card prefix and the Luhn check;
 * <li>IBANs: country, check digits and groups, the country's length and the mod-97 check;
 * <li>Norwegian national identity numbers and D-numbers: 11 digits (or 6 and 5), a valid date and two
 *     mod-11 check digits;
 * <li>Norwegian organisation numbers: 9 digits (or 3, 3 and 3) starting with 8 or 9, the mod-11 check,
 *     and a context word just before ("org.nr", "organisasjonsnummer") or the VAT form "NO … MVA";
 * <li>e-mail addresses that are not the author's;
 * <li>phone numbers that are not the author's: international ({@code +47}, {@code +44}, {@code +1}, or
 *     {@code 00}), or Norwegian 8-digit numbers written as phone numbers are (2-2-2-2, 3-2-3) or after a
 *     word such as "tlf", "ring", "phone"; never dates, times, amounts with a currency or order numbers.
 * </ul>
 */
final class Identifiers {

    private static final CreditCardValidator CARDS = new CreditCardValidator(CreditCardValidator.AMEX
            + CreditCardValidator.VISA + CreditCardValidator.MASTERCARD + CreditCardValidator.DISCOVER
            + CreditCardValidator.DINERS);
    private static final IBANValidator IBAN = IBANValidator.getInstance();
    private static final EmailValidator EMAIL = EmailValidator.getInstance(false, true);
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Set<Integer> SUPPORTED_CODES = Set.copyOf(PHONES.getSupportedCallingCodes());

    private static final Set<String> PHONE_WORDS = Set.of("tlf", "tel", "telefon", "telefonnummer", "telefonnr",
            "mobil", "mobilnummer", "mobilnr", "mob", "ring", "ringe", "ringer", "call", "phone", "cell", "mobile",
            "sms", "text", "whatsapp", "telephone", "tlfnr", "mobilnummeret", "telefonnummeret", "nr", "number",
            "nummer", "nummeret");
    private static final Set<String> CURRENCY_WORDS = Set.of("kr", "nok", "kroner", "krone", "usd", "eur", "euro",
            "euros", "dollar", "dollars", "gbp", "sek", "dkk", "mill", "millioner", "million", "millions", "mrd",
            "prosent", "percent");
    private static final Set<String> ORDER_WORDS = Set.of("order", "ordre", "ordrenummer", "ordrenr", "invoice",
            "faktura", "fakturanummer", "fakturanr", "ref", "referanse", "reference", "sak", "saksnummer", "case",
            "ticket", "sporingsnummer", "tracking", "kid", "kundenummer", "konto", "kontonummer", "account");
    private static final List<String> ORG_WORDS = List.of("orgnr", "orgno", "orgnummer", "organisasjonsnummer",
            "organisasjonsnr", "organizationnumber", "organisationnumber", "orgnumber", "foretaksnummer",
            "foretaksnr");

    private Identifiers() {
    }

    /** Receives the identifiers found. */
    interface Sink {
        void found(ContentTag tag, int start, int end, String evidence, String detector, String entry);
    }

    /**
     * Scans a text.
     *
     * @param text   the text
     * @param author the author's own identifiers, normalised by {@link #authorKeys}
     * @param sink   receives each identifier
     */
    static void scan(String text, Set<String> author, Sink sink) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isDigit(c) && (i == 0 || !isDigit(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 1))
                    || i > 0 && isUpper(text.charAt(i - 1)) && i > 1 && isUpper(text.charAt(i - 2)))) {
                i = numbers(text, i, author, sink) - 1;
            } else if (c == '@') {
                email(text, i, author, sink);
            }
        }
        ibans(text, sink);
    }

    /** The author's identifiers as keys: e-mail addresses in lower case, phone numbers in E.164. */
    static Set<String> authorKeys(Set<String> identifiers) {
        Set<String> keys = new HashSet<>();
        for (String id : identifiers) {
            String trimmed = id.strip();
            keys.add(trimmed.toLowerCase(Locale.ROOT));
            String e164 = e164(trimmed);
            if (e164 != null) {
                keys.add(e164);
            }
        }
        return keys;
    }

    private static String e164(String number) {
        try {
            PhoneNumber parsed = PHONES.parse(number, "NO");
            return "+" + parsed.getCountryCode() + parsed.getNationalNumber();
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isGroupSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u00A0' || c == '\u202F';
    }

    /**
     * Reads a run of digit groups from {@code start} and checks it against every kind of number.
     *
     * @return where the run ends
     */
    private static int numbers(String text, int start, Set<String> author, Sink sink) {
        int n = text.length();
        StringBuilder digits = new StringBuilder(24);
        int[] groups = new int[12];
        int groupCount = 0;
        char separator = 0;
        boolean mixed = false;
        int i = start;
        int end = start;
        while (i < n && digits.length() <= 24) {
            int groupStart = i;
            while (i < n && isDigit(text.charAt(i)) && digits.length() <= 24) {
                digits.append(text.charAt(i));
                i++;
            }
            if (groupCount < groups.length) {
                groups[groupCount] = i - groupStart;
            }
            groupCount++;
            end = i;
            if (i + 1 < n && isGroupSeparator(text.charAt(i)) && isDigit(text.charAt(i + 1))) {
                mixed |= separator != 0 && separator != text.charAt(i);
                separator = text.charAt(i);
                i++;
            } else {
                break;
            }
        }
        // skip the rest of an over-long run
        while (end < n && (isDigit(text.charAt(end)))) {
            end++;
        }
        if (digits.length() > 24 || groupCount > groups.length) {
            return end;
        }
        boolean letterAfter = end < n && Character.isLetter(text.charAt(end));
        boolean letterBefore = start > 0 && Character.isLetter(text.charAt(start - 1));
        boolean digitAfter = end + 1 < n && (text.charAt(end) == '.' || text.charAt(end) == ',' || text.charAt(end) == ':'
                || text.charAt(end) == '/') && isDigit(text.charAt(end + 1));
        boolean digitBefore = start > 1 && (text.charAt(start - 1) == '.' || text.charAt(start - 1) == ','
                || text.charAt(start - 1) == ':' || text.charAt(start - 1) == '/') && isDigit(text.charAt(start - 2));
        String d = digits.toString();
        int len = d.length();
        if (digitAfter || digitBefore) {
            return end; // part of a date, time, decimal or fraction
        }
        if (letterBefore || letterAfter) {
            if (len == 9 && orgMva(text, start, end) && orgChecksum(d)) {
                sink.found(ContentTag.PARTNER_PERSONAL_DATA, start - 2, mvaEnd(text, end), mask(d, 3),
                        Detectors.ORG_NUMBER, "org-number: NO 9 digits MVA, mod-11");
            }
            return end;
        }
        boolean plus = start > 0 && text.charAt(start - 1) == '+';
        if (!plus && !mixed && len >= 13 && len <= 19 && separator != '\u00A0' && luhn(d) && CARDS.isValid(d)) {
            sink.found(ContentTag.CUSTOMER_PERSONAL_DATA, start, end, "\u2022\u2022\u2022\u2022 " + d.substring(len - 4),
                    Detectors.PAYMENT_CARD, "payment-card: 13-19 digits, card prefix, Luhn");
            return end;
        }
        if (!plus && !mixed && len == 11 && (groupCount == 1 || groupCount == 2 && groups[0] == 6)) {
            String kind = nationalId(d);
            if (kind != null) {
                sink.found(ContentTag.CUSTOMER_PERSONAL_DATA, start, end, mask(d, 2), Detectors.NATIONAL_ID,
                        "national-id: " + kind + ", 11 digits, date, two mod-11 check digits");
                return end;
            }
        }
        if (!plus && len == 9 && (groupCount == 1 || groupCount == 3 && groups[0] == 3 && groups[1] == 3)
                && orgSpacedMva(text, start, end) && orgChecksum(d)) {
            sink.found(ContentTag.PARTNER_PERSONAL_DATA, start - 3, end + 4, mask(d, 3), Detectors.ORG_NUMBER,
                    "org-number: NO 9 digits MVA, mod-11");
            return end;
        }
        if (!plus && len == 9 && (groupCount == 1 || groupCount == 3 && groups[0] == 3 && groups[1] == 3)
                && orgContext(text, start) && orgChecksum(d)) {
            sink.found(ContentTag.PARTNER_PERSONAL_DATA, start, end, mask(d, 3), Detectors.ORG_NUMBER,
                    "org-number: 9 digits after an org.nr word, mod-11");
            return end;
        }
        if (separator != '-' || plus || groupCount > 2) {
            phone(text, start, end, d, groups, groupCount, plus, author, sink);
        }
        return end;
    }

    private static void phone(String text, int start, int end, String d, int[] groups, int groupCount,
            boolean plus, Set<String> author, Sink sink) {
        int len = d.length();
        if (len < 8 || len > 15) {
            return;
        }
        List<String> before = wordsBefore(text, plus ? start - 1 : start, 3);
        String word = before.isEmpty() ? "" : before.get(0);
        String after = wordAfter(text, end);
        boolean phoneWord = false;
        for (String w : before) {
            if (ORDER_WORDS.contains(w)) {
                return;
            }
            phoneWord |= PHONE_WORDS.contains(w);
        }
        if (CURRENCY_WORDS.contains(word) || CURRENCY_WORDS.contains(after)
                || (end < text.length() && (text.charAt(end) == '%' || text.charAt(end) == ',' && end + 1 < text.length()
                        && text.charAt(end + 1) == '-'))
                || symbolBefore(text, plus ? start - 1 : start)) {
            return;
        }
        String candidate;
        boolean international = plus || d.startsWith("00");
        if (international) {
            candidate = "+" + (plus ? d : d.substring(2));
        } else {
            if (len != 8) {
                return;
            }
            boolean phoneLike = groupCount == 4 && groups[0] == 2 && groups[1] == 2 && groups[2] == 2
                    || groupCount == 3 && groups[0] == 3 && groups[1] == 2 && groups[2] == 3;
            if (!phoneLike && !phoneWord) {
                return;
            }
            candidate = d;
        }
        PhoneNumber number = phoneNumber(international ? candidate.substring(1) : d, international);
        if (number == null || !PHONES.isValidNumber(number)) {
            return;
        }
        if (!author.isEmpty() && author.contains("+" + number.getCountryCode() + number.getNationalNumber())) {
            return;
        }
        int from = plus ? start - 1 : start;
        sink.found(ContentTag.CUSTOMER_PERSONAL_DATA, from, end, "+" + number.getCountryCode() + " " + mask(d, 2),
                Detectors.PHONE, "phone: " + (international ? "international number" : "Norwegian 8-digit number")
                        + ", valid for libphonenumber");
    }

    /** A number sign or currency symbol right before a position, spaces aside. */
    private static boolean symbolBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && at - i <= 2 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == '#' || c == '$' || c == '\u20AC' || c == '\u00A3' || c == '\u00A5' || c == '\u00A4';
    }

    /**
     * The phone number of a digit string, without libphonenumber's text parser (its regular expressions
     * dominate the cost of a short post): the country calling code is the first one to three digits that
     * libphonenumber knows; a national number is Norwegian.
     */
    private static PhoneNumber phoneNumber(String digits, boolean international) {
        if (!international) {
            return new PhoneNumber().setCountryCode(47).setNationalNumber(Long.parseLong(digits));
        }
        for (int len = 1; len <= 3 && len < digits.length(); len++) {
            int code = Integer.parseInt(digits.substring(0, len));
            if (SUPPORTED_CODES.contains(code)) {
                String national = digits.substring(len);
                if (national.startsWith("0")) {
                    try {
                        return PHONES.parse("+" + digits, "ZZ"); // Italian and other leading zeros
                    } catch (NumberParseException e) {
                        return null;
                    }
                }
                return new PhoneNumber().setCountryCode(code).setNationalNumber(Long.parseLong(national));
            }
        }
        return null;
    }

    /** Up to {@code count} words before a position, nearest first, within the same clause. */
    private static List<String> wordsBefore(String text, int at, int count) {
        List<String> words = new java.util.ArrayList<>(count);
        int e = at;
        while (words.size() < count) {
            int gap = e;
            while (e > 0 && !Character.isLetterOrDigit(text.charAt(e - 1)) && gap - e < 4) {
                char c = text.charAt(e - 1);
                if (c == '\n' || c == '!' || c == '?' || c == ';') {
                    return words;
                }
                e--;
            }
            int s = e;
            while (s > 0 && Character.isLetter(text.charAt(s - 1)) && e - s < 24) {
                s--;
            }
            if (s == e) {
                return words;
            }
            words.add(text.substring(s, e).toLowerCase(Locale.ROOT));
            e = s;
        }
        return words;
    }

    private static String wordAfter(String text, int at) {
        int s = at;
        while (s < text.length() && (text.charAt(s) == ' ' || text.charAt(s) == '\u00A0') && s - at < 3) {
            s++;
        }
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e)) && e - s < 24) {
            e++;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** The Luhn check, before the card validator's patterns. */
    private static boolean luhn(String d) {
        int sum = 0;
        for (int i = d.length() - 1, k = 0; i >= 0; i--, k++) {
            int v = d.charAt(i) - '0';
            if ((k & 1) == 1) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        return sum % 10 == 0;
    }

    /** "fødselsnummer" or "d-number" when the 11 digits pass, else null. */
    static String nationalId(String d) {
        int[] k = new int[11];
        for (int i = 0; i < 11; i++) {
            k[i] = d.charAt(i) - '0';
        }
        int[] w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        int[] w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += w1[i] * k[i];
        }
        int c1 = 11 - sum % 11;
        if (c1 == 11) {
            c1 = 0;
        }
        if (c1 == 10 || c1 != k[9]) {
            return null;
        }
        sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += w2[i] * k[i];
        }
        int c2 = 11 - sum % 11;
        if (c2 == 11) {
            c2 = 0;
        }
        if (c2 == 10 || c2 != k[10]) {
            return null;
        }
        int day = k[0] * 10 + k[1];
        int month = k[2] * 10 + k[3];
        int year = k[4] * 10 + k[5];
        boolean dNumber = day > 40;
        if (dNumber) {
            day -= 40;
        }
        if (month > 40) {
            month -= 40; // H-number (health service)
        }
        if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) {
            return null;
        }
        return dNumber ? "d-number" : "fødselsnummer";
    }

    private static int daysIn(int month, int year) {
        return switch (month) {
            case 2 -> year % 4 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    static boolean orgChecksum(String d) {
        if (d.length() != 9 || (d.charAt(0) != '8' && d.charAt(0) != '9')) {
            return false;
        }
        int[] w = {3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += w[i] * (d.charAt(i) - '0');
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == d.charAt(8) - '0';
    }

    /** An org.nr word among the 30 characters before the number. */
    private static boolean orgContext(String text, int start) {
        StringBuilder letters = new StringBuilder(30);
        for (int i = Math.max(0, start - 30); i < start; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(Character.toLowerCase(c));
            }
        }
        String window = letters.toString();
        for (String word : ORG_WORDS) {
            if (window.endsWith(word) || window.endsWith(word + "er") || window.endsWith(word + "et")) {
                return true;
            }
        }
        return false;
    }

    /** The VAT form: "NO" right before the digits and "MVA" right after. */
    private static boolean orgMva(String text, int start, int end) {
        return start >= 2 && text.regionMatches(true, start - 2, "NO", 0, 2)
                && (start < 3 || !Character.isLetter(text.charAt(start - 3)))
                && text.regionMatches(true, end, "MVA", 0, 3)
                && (end + 3 >= text.length() || !Character.isLetter(text.charAt(end + 3)));
    }

    /** The VAT form with spaces: "NO 123 456 789 MVA". */
    private static boolean orgSpacedMva(String text, int start, int end) {
        return start >= 3 && text.charAt(start - 1) == ' ' && text.regionMatches(true, start - 3, "NO", 0, 2)
                && (start < 4 || !Character.isLetter(text.charAt(start - 4)))
                && end + 4 <= text.length() && text.charAt(end) == ' ' && text.regionMatches(true, end + 1, "MVA", 0, 3)
                && (end + 4 >= text.length() || !Character.isLetter(text.charAt(end + 4)));
    }

    private static int mvaEnd(String text, int end) {
        return end + 3;
    }

    private static String mask(String digits, int keep) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length() - keep; i++) {
            out.append('\u2022');
        }
        return out.append(' ').append(digits, digits.length() - keep, digits.length()).toString();
    }

    private static void email(String text, int at, Set<String> author, Sink sink) {
        int s = at;
        while (s > 0 && at - s < 64 && localChar(text.charAt(s - 1))) {
            s--;
        }
        while (s < at && text.charAt(s) == '.') {
            s++;
        }
        int e = at + 1;
        while (e < text.length() && e - at < 254 && domainChar(text.charAt(e))) {
            e++;
        }
        while (e > at + 1 && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-')) {
            e--;
        }
        if (s == at || e == at + 1 || !hasDot(text, at + 1, e)) {
            return; // no local part, or a domain without a dot: not worth the validator
        }
        String address = text.substring(s, e);
        if (!EMAIL.isValid(address) || author.contains(address.toLowerCase(Locale.ROOT))) {
            return;
        }
        String domain = text.substring(at + 1, e);
        sink.found(ContentTag.CUSTOMER_PERSONAL_DATA, s, e, text.charAt(s) + "\u2022\u2022\u2022@" + domain,
                Detectors.EMAIL, "email: address valid for Commons Validator");
    }

    private static boolean hasDot(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean localChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-')
                || c >= 128 && Character.isLetterOrDigit(c);
    }

    private static boolean domainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }

    /** IBANs: two capital letters and two digits at a word start, then groups, tried longest first. */
    private static void ibans(String text, Sink sink) {
        int n = text.length();
        for (int i = 0; i + 4 <= n; i++) {
            if (!(isUpper(text.charAt(i)) && isUpper(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                    && isDigit(text.charAt(i + 3))) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            StringBuilder compact = new StringBuilder(34);
            int[] ends = new int[40];
            int[] lengths = new int[40];
            int count = 0;
            int j = i;
            while (j < n && compact.length() < 34 && count < 40) {
                int g = j;
                while (j < n && (isUpper(text.charAt(j)) || isDigit(text.charAt(j))) && compact.length() < 34) {
                    compact.append(text.charAt(j));
                    j++;
                }
                if (j == g) {
                    break;
                }
                ends[count] = j;
                lengths[count] = compact.length();
                count++;
                if (j + 1 < n && text.charAt(j) == ' ' && (isUpper(text.charAt(j + 1)) || isDigit(text.charAt(j + 1)))) {
                    j++;
                } else {
                    break;
                }
            }
            for (int k = count - 1; k >= 0; k--) {
                if (ends[k] < n && Character.isLetterOrDigit(text.charAt(ends[k]))) {
                    continue;
                }
                String code = compact.substring(0, lengths[k]);
                if (code.length() >= 15 && IBAN.isValid(code)) {
                    sink.found(ContentTag.CUSTOMER_PERSONAL_DATA, i, ends[k],
                            code.substring(0, 2) + "\u2022\u2022 \u2022\u2022\u2022\u2022 " + code.substring(code.length() - 4),
                            Detectors.IBAN, "iban: country length, mod-97");
                    i = ends[k] - 1;
                    break;
                }
            }
        }
    }
}
