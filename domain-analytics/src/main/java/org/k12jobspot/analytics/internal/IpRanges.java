package org.k12jobspot.analytics.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The deployer's IP-range data set: lines of {@code CIDR,network,country} (for example {@code
 * 192.0.2.0/24,Example School Network,US}); blank lines and lines starting with {@code #} are
 * skipped. Answers the network and country of an address, "unknown" when no range holds it.
 */
final class IpRanges {

    static final String UNKNOWN = "unknown";
    static final IpRanges NONE = new IpRanges();

    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private final TreeMap<BigInteger, Range> v4 = new TreeMap<>();
    private final TreeMap<BigInteger, Range> v6 = new TreeMap<>();

    record Place(String network, String country) {
        static final Place UNKNOWN_PLACE = new Place(UNKNOWN, UNKNOWN);
    }

    private record Range(BigInteger last, Place place) {}

    private IpRanges() {}

    static IpRanges load(Path csv) throws IOException {
        return parse(Files.readAllLines(csv, StandardCharsets.UTF_8));
    }

    static IpRanges parse(List<String> lines) {
        var ranges = new IpRanges();
        for (var line : lines) {
            var text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            var fields = text.split(",", -1);
            if (fields.length < 3) {
                continue;
            }
            ranges.add(fields[0].strip(), label(fields[1]), label(fields[2]));
        }
        return ranges;
    }

    Place placeOf(String address) {
        var bytes = literal(address);
        if (bytes.isEmpty()) {
            return Place.UNKNOWN_PLACE;
        }
        var map = bytes.get().length == 4 ? v4 : v6;
        var value = new BigInteger(1, bytes.get());
        var entry = map.floorEntry(value);
        if (entry == null || entry.getValue().last().compareTo(value) < 0) {
            return Place.UNKNOWN_PLACE;
        }
        return entry.getValue().place();
    }

    int size() {
        return v4.size() + v6.size();
    }

    private void add(String cidr, String network, String country) {
        var slash = cidr.indexOf('/');
        var bytes = literal(slash < 0 ? cidr : cidr.substring(0, slash));
        if (bytes.isEmpty()) {
            return;
        }
        var bits = bytes.get().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            return;
        }
        if (prefix < 0 || prefix > bits) {
            return;
        }
        var hostBits = bits - prefix;
        var first = new BigInteger(1, bytes.get()).shiftRight(hostBits).shiftLeft(hostBits);
        var last = first.add(BigInteger.ONE.shiftLeft(hostBits)).subtract(BigInteger.ONE);
        (bits == 32 ? v4 : v6).put(first, new Range(last, new Place(network, country)));
    }

    /** The address's bytes, parsed without any name lookup. */
    private static Optional<byte[]> literal(String address) {
        if (address == null || !LITERAL.matcher(address.strip()).matches()) {
            return Optional.empty();
        }
        try {
            var bytes = InetAddress.getByName(address.strip()).getAddress();
            return Optional.of(bytes);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String label(String field) {
        var text = field.strip();
        if (text.isEmpty()) {
            return UNKNOWN;
        }
        return text.length() > Routes.MAX_LENGTH ? text.substring(0, Routes.MAX_LENGTH) : text;
    }
}
