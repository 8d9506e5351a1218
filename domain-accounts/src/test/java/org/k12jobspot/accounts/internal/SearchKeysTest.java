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
}
