package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.k12jobspot.accounts.api.CertificationDraft;
import org.k12jobspot.accounts.api.ContactDetails;
import org.k12jobspot.accounts.api.DegreeDraft;
import org.k12jobspot.accounts.api.DegreeLevel;
import org.k12jobspot.accounts.api.InputRejected;

class ProfileRulesTest {

    @Test
    void refusesTextThatHidesOrReordersCharactersButKeepsJoiners() {
        var problems = new java.util.HashMap<String, String>();

        ProfileRules.optional("Evil\u202eTxt", "override", 200, problems);
        ProfileRules.optional("Zoë\u200bZero", "zeroWidth", 200, problems);
        ProfileRules.optional(
                "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "joiner", 200, problems);

        assertThat(problems).containsOnlyKeys("override", "zeroWidth");
    }

    @Test
    void acceptsAnEntirelyEmptyContactAsNotGiven() {
        var clean = ProfileRules.contact(new ContactDetails("", " ", null, "", "", "\n"));

        assertThat(clean).isEqualTo(ContactDetails.empty());
    }

    @Test
    void keepsNamesAndAddressesExactlyButTrimmed() {
        var clean =
                ProfileRules.contact(
                        new ContactDetails(
                                " 12 Rue d'Éole ", "São Paulo", "北京", "10001", null, null));

        assertThat(clean.streetAddress()).isEqualTo("12 Rue d'Éole");
        assertThat(clean.city()).isEqualTo("São Paulo");
        assertThat(clean.region()).isEqualTo("北京");
    }

    @Test
    void refusesAMalformedPhoneWithAMessageOnThatField() {
        assertThatThrownBy(
                        () ->
                                ProfileRules.contact(
                                        new ContactDetails(
                                                null, null, null, null, "call me maybe", null)))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("phone"));
    }

    @Test
    void acceptsUsPhoneNumbersWithExtensions() {
        var clean =
                ProfileRules.contact(
                        new ContactDetails(null, null, null, null, "+1 (212) 555-0100 x12", null));

        assertThat(clean.phone()).isEqualTo("+1 (212) 555-0100 x12");
    }

    @Test
    void requiresACertificationTitleOnly() {
        assertThatThrownBy(
                        () ->
                                ProfileRules.certification(
                                        new CertificationDraft(" ", "NY", null, null)))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("title"));
        assertThat(
                        ProfileRules.certification(
                                        new CertificationDraft("Teaching", null, "", null))
                                .number())
                .isNull();
    }

    @Test
    void refusesOverlongFieldsInsteadOfCuttingThem() {
        assertThatThrownBy(
                        () ->
                                ProfileRules.certification(
                                        new CertificationDraft("x".repeat(201), null, null, null)))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        e -> assertThat(e.problems().get("title")).contains("200"));
    }

    @Test
    void refusesLineBreaksInOneLineFieldsButNotInTheSummary() {
        assertThatThrownBy(
                        () ->
                                ProfileRules.contact(
                                        new ContactDetails(
                                                null, "Spring\nfield", null, null, null, null)))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("city"));
        assertThat(
                        ProfileRules.contact(
                                        new ContactDetails(
                                                null, null, null, null, null, "Line one\nLine two"))
                                .summary())
                .isEqualTo("Line one\nLine two");
    }

    @Test
    void acceptsZipCodesAndForeignPostalCodesButNotMarkup() {
        assertThat(
                        ProfileRules.contact(
                                        new ContactDetails(
                                                null, null, null, "12345-6789", null, null))
                                .postalCode())
                .isEqualTo("12345-6789");
        assertThat(
                        ProfileRules.contact(
                                        new ContactDetails(
                                                null, null, null, "SW1A 1AA", null, null))
                                .postalCode())
                .isEqualTo("SW1A 1AA");
        assertThatThrownBy(
                        () ->
                                ProfileRules.contact(
                                        new ContactDetails(null, null, null, "${7*7}", null, null)))
                .isInstanceOf(InputRejected.class);
    }

    @Test
    void refusesNulCharacters() {
        assertThatThrownBy(
                        () ->
                                ProfileRules.contact(
                                        new ContactDetails(
                                                "a\u0000b", null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("streetAddress"));
    }

    @Test
    void requiresADegreeLevelAndAPlausibleYear() {
        assertThatThrownBy(
                        () ->
                                ProfileRules.degree(
                                        new DegreeDraft(null, "Math", null, 3000), Year.of(2026)))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("level", "year"));
        assertThat(
                        ProfileRules.degree(
                                        new DegreeDraft(DegreeLevel.MASTER, null, null, 2031),
                                        Year.of(2026))
                                .year())
                .isEqualTo(2031);
    }
}
