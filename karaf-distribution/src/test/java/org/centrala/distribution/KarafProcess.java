package org.centrala.distribution;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The distribution unpacked into a folder of its own and run as an operator would run it, with
 * {@code bin/karaf server}, {@code bin/client} and {@code bin/stop}, on free ports.
 */
public final class KarafProcess implements AutoCloseable {
    private final Path home;
    private final int httpPort = FreePorts.next();
    private final int sshPort = FreePorts.next();
    private final int demoPbxPort = FreePorts.next();
    /** The web UI's, which bin/demo starts beside the container (bin/ui). */
    private final int uiPort = FreePorts.next();
    /** Centrala's FastAGI server's (etc/org.centrala.pbx.agi.cfg). */
    private final int fastAgiPort = FreePorts.next();
    private Process process;

    private KarafProcess(Path home) {
        this.home = home;
    }

    public static KarafProcess unpack(Path tarGz, Path into) throws IOException, InterruptedException {
        Files.createDirectories(into);
        run(into, Duration.ofMinutes(2), "tar", "xzf", tarGz.toAbsolutePath().toString(), "--strip-components=1");
        KarafProcess karaf = new KarafProcess(into);
        karaf.setPorts();
        return karaf;
    }

    public int httpPort() {
        return httpPort;
    }

    public Path home() {
        return home;
    }

    /** The AMI port of the demo mode's test PBX (etc/org.centrala.demo.cfg). */
    int demoPbxPort() {
        return demoPbxPort;
    }

    /** Where the FastAGI server listens. */
    public int fastAgiPort() {
        return fastAgiPort;
    }

    /** Where bin/demo's web UI listens. */
    public int uiPort() {
        return uiPort;
    }

    /** {@code bin/karaf server}: the container as a server, demo mode off. */
    public void start() throws IOException {
        start("bin/karaf");
    }

    /** {@code bin/demo server}: README command 1's way, demo mode on, with the web UI beside it. */
    public void startDemo() throws IOException {
        start("bin/demo");
    }

    private void start(String script) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve(script).toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.out").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("CENTRALA_UI_PORT", String.valueOf(uiPort));
        process = builder.start();
    }

    /**
     * Stops the container the operator's way and waits for its JVM to exit. Known: now and then
     * Derby's own shutdown checkpoint waits up to a minute for a file channel that an interrupted
     * thread closed (FelixStartLevel sleeping in RAFContainer.clean; which thread was interrupted
     * is not found yet), so a stop may take that long, twice seen as two minutes (the wait ran
     * out just as the stop went on); the wait allows for three, and a stop beyond it reports what
     * the start-level thread is doing.
     */
    public void stop() throws IOException, InterruptedException {
        run(home, Duration.ofMinutes(1), home.resolve("bin/stop").toString());
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            throw new AssertionError("Karaf did not stop within 180 s of bin/stop; the thread stopping bundles: " + thread("FelixStartLevel"));
        }
    }

    /**
     * Waits for {@code /api/v1/health/ready} to answer 200. If it never does, the failure says why in
     * its first line: the parts down, the log's last warnings and first error, and what the features
     * service's boot thread was doing (a build log shows little else).
     */
    void awaitReady(Duration patience) {
        Api anonymous = new Api(httpPort, null);
        try {
            Poll.until("readiness", patience, () -> anonymous.get("/api/v1/health/ready").status() == 200);
        } catch (AssertionError e) {
            throw new AssertionError("not ready " + patience.toSeconds() + " s after the start; "
                    + Readiness.whyNotReady(anonymous, home.resolve("data/log/karaf.log")) + "; the features boot thread: " + thread("features-"), e);
        }
    }

    /**
     * What the container JVM's first thread named {@code name...} is doing, from a thread dump; the
     * whole dump is kept in thread-dump.txt beside the container.
     */
    private String thread(String name) {
        try {
            // Karaf's JVM, not the web UI's that bin/demo starts beside it.
            String java = process.descendants().filter(p -> p.info().commandLine().orElse("").contains("org.apache.karaf.main.Main"))
                    .map(p -> String.valueOf(p.pid())).findFirst().orElse(String.valueOf(process.pid()));
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), java, "Thread.print")
                    .redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            Files.writeString(home.resolve("thread-dump.txt"), dump);
            int start = dump.indexOf("\"" + name);
            if (start < 0) {
                return "(no " + name + " thread; see " + home.resolve("thread-dump.txt") + ")";
            }
            int end = dump.indexOf("\n\n", start);
            return dump.substring(start, end < 0 ? dump.length() : end).lines().limit(40).collect(Collectors.joining(" | "));
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    /** Runs shell commands through bin/client over SSH as the operator admin. */
    String shell(String... commands) throws IOException, InterruptedException {
        return shellAs("admin", operatorPassword(), commands);
    }

    /** The file the first start outside the demo writes the operator's generated password to. */
    Path operatorPasswordFile() {
        return home.resolve("etc/operator-password.txt");
    }

    /** The operator's password: the generated one once the node wrote it, else the shipped one (the demo). */
    public String operatorPassword() throws IOException {
        if (!Files.exists(operatorPasswordFile())) {
            return "admin";
        }
        return Files.readAllLines(operatorPasswordFile()).stream().filter(line -> line.startsWith("admin="))
                .map(line -> line.substring("admin=".length())).findFirst()
                .orElseThrow(() -> new AssertionError("no admin= line in " + operatorPasswordFile()));
    }

    /** What the console (standard output) of the container showed so far. */
    String console() throws IOException {
        Path console = home.resolve("console.out");
        return Files.exists(console) ? Files.readString(console) : "";
    }

    /** Runs {@code bin/centrala <arguments>} as a user at a terminal would; the answer holds its exit status. */
    Output centrala(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/centrala").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process client = builder.start();
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!client.waitFor(60, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new AssertionError("bin/centrala did not finish: " + output);
        }
        return new Output(client.exitValue(), output);
    }

    record Output(int status, String text) {
    }

    /** Runs shell commands through bin/client over SSH (STACK.md #4: commands on stdin, not as arguments). */
    String shellAs(String user, String password, String... commands) throws IOException, InterruptedException {
        Path input = Files.createTempFile(home, "shell", ".txt");
        Files.writeString(input, String.join("\n", commands) + "\nlogout\n");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(),
                "-h", "127.0.0.1", "-a", String.valueOf(sshPort), "-u", user, "-p", password, "-r", "2", "-d", "1")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectInput(input.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process client = builder.start();
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!client.waitFor(60, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new AssertionError("bin/client did not finish: " + output);
        }
        return output;
    }

    /**
     * Karaf's own JMX whiteboard now and then registers its features MBean twice while a cached
     * container boots (Aries JMX's MBean server tracker and the MBean's own service event race;
     * seen in other Karaf products too). The MBean ends up registered once; the line is Karaf's,
     * not a failure of Centrala, and docs/operations.md lists it.
     */
    private static final String KARAF_JMX_RACE = "register: Failure registering MBean"
            + " org.apache.karaf.features.internal.management.FeaturesServiceMBeanImpl";

    /**
     * Its sibling at the node's stop: features core's tracker of that MBean (a FeaturesListener) is
     * told of its removal after features core itself stopped; Felix logs the failed dispatch, and
     * the same as a FrameworkEvent of features core (docs/operations.md).
     */
    private static final String KARAF_JMX_STOP_RACE = "EventDispatcher: Error during dispatch. (java.lang.IllegalStateException:"
            + " Invalid BundleContext.)";

    /** The ERROR lines of the container's log so far (Centrala's failures: Karaf's known JMX races left out). */
    public List<String> errorLines() throws IOException {
        List<String> errors = logLines("| ERROR |");
        java.util.function.Predicate<String> stopRace = line -> line.contains("Bundle org.apache.karaf.features.core [")
                && line.contains(KARAF_JMX_STOP_RACE);
        boolean stopped = errors.stream().anyMatch(stopRace);
        return errors.stream().filter(line -> !line.contains(KARAF_JMX_RACE))
                .filter(line -> !stopped || !stopRace.test(line)
                        && !(line.contains(" - org.apache.karaf.features.core - ") && line.endsWith("| FrameworkEvent ERROR")))
                .collect(Collectors.toList());
    }

    /** The lines of the container's log so far that contain the given text. */
    List<String> logLines(String containing) throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        if (!Files.exists(log)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(containing)).collect(Collectors.toList());
        }
    }

    /** After a failed test: bin/karaf starts the JVM as a child, so end the children too, or it outlives the test. */
    @Override
    public void close() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private void setPorts() throws IOException {
        rewrite("etc/org.ops4j.pax.web.cfg", Map.of("org.osgi.service.http.port", String.valueOf(httpPort)));
        rewrite("etc/org.apache.karaf.shell.cfg", Map.of("sshPort", String.valueOf(sshPort)));
        rewrite("etc/org.apache.karaf.management.cfg", Map.of(
                "rmiRegistryPort", String.valueOf(FreePorts.next()),
                "rmiServerPort", String.valueOf(FreePorts.next())));
        rewrite("etc/org.centrala.demo.cfg", Map.of("pbxPort", String.valueOf(demoPbxPort)));
        rewrite("etc/org.centrala.pbx.agi.cfg", Map.of("port", String.valueOf(fastAgiPort)));
    }

    private void rewrite(String file, Map<String, String> values) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.readAllLines(path).stream().map(line -> {
            int equals = line.indexOf('=');
            String key = equals < 0 ? null : line.substring(0, equals).trim();
            return key != null && values.containsKey(key) ? key + "=" + values.get(key) : line;
        }).collect(Collectors.toList());
        Files.write(path, lines);
    }

    private static void run(Path directory, Duration timeout, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed in " + directory);
        }
    }

    public static Path distribution() {
        String path = System.getProperty("centrala.distribution");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("system property centrala.distribution must name the built tar.gz, not " + path);
        }
        return Path.of(path);
    }
}
