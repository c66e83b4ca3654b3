package org.centrala.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No node outside the demo keeps the operator password every Karaf ships ({@code admin}/{@code
 * admin}): on the first start that finds it, a random password replaces it, stored hashed in
 * {@code etc/users.properties}, printed once on the console and written to
 * {@value #PASSWORD_FILE_NAME} readable by the node's own user only. The demo keeps the published
 * password (it listens on loopback only).
 */
@Component(immediate = true, configurationPid = {"org.centrala.security", OperatorRealm.JAAS_PID})
public class OperatorPasswordGenerator {
    static final String PASSWORD_FILE_NAME = "operator-password.txt";
    private static final Logger LOG = LoggerFactory.getLogger(OperatorPasswordGenerator.class);
    private static final int PASSWORD_BYTES = 18;

    @Activate
    public OperatorPasswordGenerator(BundleContext context, SecurityConfig config, Map<String, Object> properties,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE) List<BackingEngineFactory> engineFactories) throws IOException {
        if (config.keepDefaultOperatorPassword()) {
            return;
        }
        Map<String, Object> options = OperatorRealm.options(context, properties);
        if (!hasShippedPassword(options)) {
            return;
        }
        BackingEngineFactory engines = engineFactories.stream()
                .filter(factory -> OperatorRealm.OPERATOR_MODULE.equals(factory.getModuleClass())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Karaf's properties backing engine is not registered (feature jaas)"));
        String password = newPassword();
        Path file = OperatorRealm.usersFile().resolveSibling(PASSWORD_FILE_NAME);
        writeOwnerOnly(file, password);
        BackingEngine engine = engines.build(options);
        engine.addUser(OperatorRealm.OPERATOR, password); // keeps the operator's groups; hashes when encryption is on
        // The console is where the person who started the node looks; the log never holds the password.
        System.out.printf("%nCentrala: the node operator '%s' has a new password: %s%n"
                + "It is also in %s (readable by this user only). Keep it elsewhere, then delete that file.%n%n",
                OperatorRealm.OPERATOR, password, file);
        LOG.info("The shipped operator password was replaced by a generated one; it is in {}", file);
    }

    private static boolean hasShippedPassword(Map<String, Object> options) throws IOException {
        Properties users = new Properties();
        try (InputStream in = Files.newInputStream(OperatorRealm.usersFile())) {
            users.load(in);
        }
        String entry = users.getProperty(OperatorRealm.OPERATOR);
        if (entry == null) {
            return false;
        }
        String stored = entry.split(",", 2)[0].strip();
        String prefix = String.valueOf(options.getOrDefault("encryption.prefix", ""));
        String suffix = String.valueOf(options.getOrDefault("encryption.suffix", ""));
        boolean hashed = Boolean.parseBoolean(String.valueOf(options.get("encryption.enabled")))
                && stored.startsWith(prefix) && stored.endsWith(suffix) && stored.length() > prefix.length() + suffix.length();
        return hashed ? new EncryptionSupport(options).checkPassword(OperatorRealm.SHIPPED_PASSWORD, stored)
                : OperatorRealm.SHIPPED_PASSWORD.equals(stored);
    }

    private static String newPassword() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Created with owner-only permissions from the start, so the password is never readable by others. */
    private static void writeOwnerOnly(Path file, String password) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            java.io.File plain = file.toFile();
            boolean ownerOnly = plain.setReadable(false, false) && plain.setReadable(true, true)
                    && plain.setWritable(false, false) && plain.setWritable(true, true);
            if (!ownerOnly) {
                LOG.warn("Could not make {} readable by this user only; protect it by hand", file);
            }
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
            out.write("# The node operator's password, generated by Centrala on its first start (" + Instant.now() + ").\n"
                    + "# It is stored hashed in users.properties; this file is the only readable copy.\n"
                    + "# Keep it elsewhere, then delete this file. docs/operations.md says how to change it.\n"
                    + OperatorRealm.OPERATOR + "=" + password + "\n");
        }
    }
}
