package org.k12jobspot.web.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the product keeps its files: K12_DATA_DIR, else the default the run command passes ({@code
 * k12.default.data.dir}), else {@code ./data}.
 */
public final class DataDirectory {

    private DataDirectory() {}

    public static Path path() {
        return path(ConfigProvider.getConfig(DataDirectory.class.getClassLoader()));
    }

    static Path path(Config config) {
        var dir =
                config.getOptionalValue("k12.data.dir", String.class)
                        .or(() -> config.getOptionalValue("k12.default.data.dir", String.class))
                        .filter(d -> !d.isBlank())
                        .orElse("data");
        return Path.of(dir).toAbsolutePath().normalize();
    }

    /** Creates the directory and sends Derby's own log there instead of the working directory. */
    static synchronized void prepareDerby() {
        var dir = path();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + dir, e);
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        }
    }
}
