package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.ErasureCause;

/**
 * The erasure journal: a file in the data directory, outside the database, to which every committed
 * erasure appends one line (time, the erased account's random id, the cause) and that nothing ever
 * shortens. A restored database does not know of erasures made after its backup; the journal does,
 * and start-up erases those accounts again. It holds no name, address or reason.
 */
@ApplicationScoped
public class ErasureJournal {

    static final String FILE = "erasures.journal";

    private static final System.Logger LOG = System.getLogger(ErasureJournal.class.getName());

    @Inject AccountsSettings settings;

    private Path file;

    ErasureJournal() {}

    /** A journal in the given file, for tests outside the container. */
    ErasureJournal(Path file) {
        this.file = file;
    }

    /** Appends the erasure and forces it to disk before returning. */
    synchronized void append(AccountId account, Instant erasedAt, ErasureCause cause) {
        var line = erasedAt + " " + account + " " + cause + "\n";
        var path = file();
        try {
            Files.createDirectories(path.getParent());
            try (var channel =
                    FileChannel.open(
                            path,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            StandardOpenOption.APPEND)) {
                // A crash in the middle of a line leaves it unfinished: start on a new one.
                if (channel.size() > 0 && !endsWithNewLine(path, channel.size())) {
                    line = "\n" + line;
                }
                var bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the erasure journal " + path, e);
        }
    }

    /** The ids of every account the journal says was erased, oldest first, each once. */
    synchronized Set<AccountId> erasedAccounts() {
        var path = file();
        var ids = new LinkedHashSet<AccountId>();
        if (!Files.exists(path)) {
            return ids;
        }
        try (var lines = Files.lines(path, StandardCharsets.US_ASCII)) {
            lines.forEach(
                    line -> {
                        var id = accountIn(line);
                        if (id != null) {
                            ids.add(id);
                        } else if (!line.isBlank()) {
                            LOG.log(System.Logger.Level.WARNING, "Skipped an unreadable line");
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot read the erasure journal " + path, e);
        }
        return ids;
    }

    Path file() {
        if (file == null) {
            file = settings.dataDirectory().resolve(FILE);
        }
        return file;
    }

    /** The account id of a journal line, or null for a line that is not one (a torn write). */
    static AccountId accountIn(String line) {
        var parts = line.strip().split(" ");
        if (parts.length != 3) {
            return null;
        }
        try {
            Instant.parse(parts[0]);
            ErasureCause.valueOf(parts[2]);
            return AccountId.parse(parts[1]);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean endsWithNewLine(Path path, long size) throws IOException {
        try (var reader = FileChannel.open(path, StandardOpenOption.READ)) {
            var last = ByteBuffer.allocate(1);
            reader.read(last, size - 1);
            return last.get(0) == '\n';
        }
    }
}
