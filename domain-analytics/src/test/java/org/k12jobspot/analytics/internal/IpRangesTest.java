package org.k12jobspot.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IpRangesTest {

    private final IpRanges ranges =
            IpRanges.parse(
                    List.of(
                            "# cidr,network,country",
                            "192.0.2.0/24,Example School Network,US",
                            "2001:db8::/32,Example Research Net,CA",
                            "not-an-address/8,Broken,XX"));

    @Test
    void findsNetworkAndCountryOfAnAddressInARange() {
        assertThat(ranges.placeOf("192.0.2.200"))
                .isEqualTo(new IpRanges.Place("Example School Network", "US"));
        assertThat(ranges.placeOf("2001:db8::1"))
                .isEqualTo(new IpRanges.Place("Example Research Net", "CA"));
    }

    @Test
    void answersUnknownOutsideEveryRangeAndWithoutADataSet() {
        assertThat(ranges.placeOf("198.51.100.1")).isEqualTo(IpRanges.Place.UNKNOWN_PLACE);
        assertThat(IpRanges.NONE.placeOf("192.0.2.200")).isEqualTo(IpRanges.Place.UNKNOWN_PLACE);
        assertThat(ranges.placeOf("host.example")).isEqualTo(IpRanges.Place.UNKNOWN_PLACE);
    }
}
