package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void foldsCaseForSearch() {
        assertThat(SearchKeys.of("Siobhán O'Hara")).isEqualTo("siobhán o'hara");
    }

    @Test
    void escapesLikeWildcardsInPrefixes() {
        assertThat(SearchKeys.prefixPattern("50%_a\\")).isEqualTo("50\\%\\_a\\\\%");
    }

    @Test
    void keepsOnlyTheDigitsOfATelephoneNumber() {
        assertThat(SearchKeys.digits("+1 (555) 010-0199 x12")).isEqualTo("1555010019912");
        assertThat(SearchKeys.digits("call me")).isNull();
        assertThat(SearchKeys.digits(null)).isNull();
    }

    @Test
    void searchesTelephoneNumbersOnlyForTextWrittenLikeOne() {
        assertThat(SearchKeys.phonePrefixPattern(" 555 010-01 ")).contains("55501001%");
        assertThat(SearchKeys.phonePrefixPattern("+1 (555)")).contains("1555%");
        assertThat(SearchKeys.phonePrefixPattern("55")).as("too short").isEmpty();
        assertThat(SearchKeys.phonePrefixPattern("o'hara 555")).isEmpty();
        assertThat(SearchKeys.phonePrefixPattern("555@example.org")).isEmpty();
        assertThat(SearchKeys.phonePrefixPattern("5%5_5")).as("no wildcards").isEmpty();
    }
}
