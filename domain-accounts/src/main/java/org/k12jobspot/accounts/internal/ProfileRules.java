package org.k12jobspot.accounts.internal;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.k12jobspot.accounts.api.CertificationDraft;
import org.k12jobspot.accounts.api.ContactDetails;
import org.k12jobspot.accounts.api.DegreeDraft;
import org.k12jobspot.accounts.api.InputRejected;

/**
 * Checks candidacy-profile input and puts it in stored form: surrounding blanks trimmed, blank
 * optional fields turned into "not given". Limits match the columns, so nothing is cut silently.
 */
final class ProfileRules {

    private static final Pattern PHONE =
            Pattern.compile("^[0-9+().\\- ]{7,}( ?(x|ext\\.?) ?[0-9]{1,6})?$");
    // ZIP codes (12345, 12345-6789) and the postal codes of people applying from abroad.
    private static final Pattern POSTAL_CODE =
            Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} -]{1,19}$");
    private static final int EARLIEST_YEAR = 1940;

    private ProfileRules() {}

    static ContactDetails contact(ContactDetails in) {
        var problems = new LinkedHashMap<String, String>();
        var phone = optional(in.phone(), "phone", 40, problems);
        var postalCode = optional(in.postalCode(), "postalCode", 20, problems);
        if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
            problems.put("postalCode", "Enter a postal code using letters, digits, spaces or -.");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.put("phone", "Enter a telephone number using digits, spaces, + ( ) - or x.");
        }
        var out =
                new ContactDetails(
                        optional(in.streetAddress(), "streetAddress", 200, problems),
                        optional(in.city(), "city", 100, problems),
                        optional(in.region(), "region", 100, problems),
                        postalCode,
                        phone,
                        optionalText(in.summary(), "summary", 2000, problems));
        throwIfAny(problems);
        return out;
    }

    static CertificationDraft certification(CertificationDraft in) {
        var problems = new LinkedHashMap<String, String>();
        var title =
                required(in.title(), "title", 200, "Enter the certification's title.", problems);
        var out =
                new CertificationDraft(
                        title,
                        optional(in.issuer(), "issuer", 200, problems),
                        optional(in.number(), "number", 100, problems),
                        in.validUntil());
        throwIfAny(problems);
        return out;
    }

    static DegreeDraft degree(DegreeDraft in, Year thisYear) {
        var problems = new LinkedHashMap<String, String>();
        if (in.level() == null) {
            problems.put("level", "Choose the level of the degree.");
        }
        var year = in.year();
        var latest = thisYear.getValue() + 6;
        if (year != null && (year < EARLIEST_YEAR || year > latest)) {
            problems.put("year", "Enter a year between " + EARLIEST_YEAR + " and " + latest + ".");
        }
        var out =
                new DegreeDraft(
                        in.level(),
                        optional(in.field(), "field", 200, problems),
                        optional(in.institution(), "institution", 200, problems),
                        year);
        throwIfAny(problems);
        return out;
    }

    static String required(
            String value, String field, int max, String missing, Map<String, String> problems) {
        var clean = optional(value, field, max, problems);
        if (clean == null) {
            problems.put(field, missing);
        }
        return clean;
    }

    /** A one-line value: no line breaks or other control characters. */
    static String optional(String value, String field, int max, Map<String, String> problems) {
        return checked(value, field, max, problems, false);
    }

    /** A value that may run over several lines, such as a summary. */
    static String optionalText(String value, String field, int max, Map<String, String> problems) {
        return checked(value, field, max, problems, true);
    }

    private static String checked(
            String value, String field, int max, Map<String, String> problems, boolean lines) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var clean = value.strip();
        if (clean.length() > max) {
            problems.put(field, "Use at most " + max + " characters.");
        } else if (clean.chars()
                .anyMatch(c -> invisible(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))) {
            problems.put(
                    field,
                    lines
                            ? "Remove the invisible control characters."
                            : "Keep this on one line, without invisible control characters.");
        }
        return clean;
    }

    /**
     * Control characters, and the format characters that hide or reorder text (bidi overrides and
     * isolates, zero-width space, line separators, byte-order mark). Joiners, which some scripts
     * need in names, are allowed.
     */
    static boolean invisible(int c) {
        return Character.isISOControl(c)
                || c == 0x200B
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028
                || c == 0x2029
                || c == 0xFEFF;
    }

    static void throwIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }
}
