package org.k12jobspot.web.backup;

import java.time.Instant;
import java.util.Locale;

/** One kept backup: its directory name, the moment it was taken and its size on disk. */
public record Backup(String name, Instant takenAt, long bytes) {

    /** The size for people: bytes, kB, MB or GB with one decimal. */
    public String size() {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        var units = new String[] {"kB", "MB", "GB", "TB"};
        var value = bytes / 1024.0;
        var unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
