package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The product in its own Payara Micro process, as the run command starts it, delivering its mail
 * over SMTP to a GreenMail server in the test JVM (both on 127.0.0.1). Mail that is forgotten once
 * delivered really leaves, so after a stop a test can search the whole database and the process log
 * ({@link #findAfterStop}). Ports: it.http.port plus the offset given, and one more for SMTP.
 */
final class MailedProduct implements AutoCloseable {

    static final Person ADMIN =
            new Person(
                    "Site administrator",
                    "canary-admin@k12jobspot.example",
                    "canary admin password");

    private final Path dataDir;
    private final GreenMail smtp;
    private final PayaraProcess server;

    MailedProduct(String name, int portOffset) throws IOException {
        var port = Integer.getInteger("it.http.port", 18080) + portOffset;
        dataDir =
                Files.createTempDirectory(
                        Path.of(System.getProperty("it.target", "target")).toAbsolutePath(),
                        name + "-");
        smtp = new GreenMail(new ServerSetup(port + 1, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server =
                new PayaraProcess(
                        dataDir,
                        port,
                        List.of(
                                "-Dk12.admin.email=" + ADMIN.email(),
                                "-Dk12.admin.password=" + ADMIN.password(),
                                "-Dk12.smtp.host=127.0.0.1",
                                "-Dk12.smtp.port=" + (port + 1),
                                "-Dk12.mail.interval.seconds=1"));
    }

    void start() throws IOException, InterruptedException {
        smtp.start();
        server.start();
    }

    URI base() {
        return server.base();
    }

    HttpVisitor visitor() {
        return new HttpVisitor(server.base());
    }

    /** Waits up to half a minute for a mail to the address whose subject contains the text. */
    MimeMessage awaitMail(String to, String subject) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var found = mailTo(to, subject);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No mail \"" + subject + "\" reached the test SMTP server");
    }

    /** The text of a plain-text mail, transfer encoding undone. */
    static String body(MimeMessage mail) {
        try {
            return mail.getContent() instanceof String text ? text : GreenMailUtil.getBody(mail);
        } catch (IOException | MessagingException e) {
            throw new AssertionError("Unreadable mail", e);
        }
    }

    /**
     * Stops the product, then searches every table of its database and its whole process log for
     * the canaries. Also checks that the search sees what the product keeps (the administrator's
     * address), so an empty answer means absent, not unread.
     */
    Findings findAfterStop(Canary canary) throws InterruptedException, SQLException, IOException {
        server.stop();
        var tables = Canary.derbyTablesText(dataDir);
        var log = Files.readString(server.log());
        assertThat(Canary.of(ADMIN.email()).foundIn(tables))
                .as("the search reads the tables")
                .isNotEmpty();
        assertThat(log).as("the process log").contains("Payara Micro");
        return new Findings(canary.foundIn(tables), canary.foundIn(log));
    }

    /** What a canary search found: strings left in the tables and in the log. */
    record Findings(List<String> inTables, List<String> inLog) {}

    @Override
    public void close() throws InterruptedException {
        try {
            server.stop();
        } finally {
            smtp.stop();
        }
    }

    private Optional<MimeMessage> mailTo(String to, String subject) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> sentTo(m, to) && subjectOf(m).contains(subject))
                .findFirst();
    }

    private static boolean sentTo(MimeMessage mail, String to) {
        try {
            return Arrays.stream(mail.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(to));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }
}
