package org.k12jobspot.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The product started the way the run command starts it: Payara Micro in its own process with the
 * real WAR, no clustering, no phone-home, loopback only, and a data directory on disk. Lets a test
 * stop and start the product over the same data.
 */
final class PayaraProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

    private final Path dataDir;
    private final int port;
    private final List<String> settings;
    private final Path log;
    private Process process;

    PayaraProcess(Path dataDir, int port, List<String> settings) {
        this.dataDir = dataDir;
        this.port = port;
        this.settings = List.copyOf(settings);
        this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    Path log() {
        return log;
    }

    void start() throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options("it.payara.jvm"));
        command.add("-Dk12.data.dir=" + dataDir);
        command.add("-Dk12.base.url=" + base());
        command.addAll(settings);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar")));
        command.addAll(options("it.payara.micro"));
        command.addAll(
                List.of("--port", String.valueOf(port), "--deploy", System.getProperty("k12.war")));
        process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
        awaitReady();
    }

    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        process = null;
    }

    /**
     * Ends the product at once, as a power cut or the kernel's out-of-memory killer would: SIGKILL
     * to its own process only, so no shutdown hook, commit or flush runs. Returns the process id.
     */
    long kill() throws InterruptedException {
        var pid = process.pid();
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Process " + pid + " outlived SIGKILL");
        }
        process = null;
        return pid;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void awaitReady() throws InterruptedException, IOException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var health =
                HttpRequest.newBuilder(base().resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(5))
                        .build();
        var deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + log);
            }
            try {
                var response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(1000);
        }
        stop();
        throw new IllegalStateException("Payara Micro was not ready in time; see " + log);
    }

    /** Options the build gives every Payara Micro the tests start (see it-tests/pom.xml). */
    private static List<String> options(String property) {
        var value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The build sets " + property + "; run through Maven");
        }
        return List.of(value.strip().split("\\s+"));
    }
}
