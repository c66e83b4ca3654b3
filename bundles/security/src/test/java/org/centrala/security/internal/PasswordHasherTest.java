package org.centrala.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.BeforeClass;
import org.junit.Test;

public class PasswordHasherTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String PHC = "^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$";

    private static final PasswordHasher hasher = new PasswordHasher();
    /** One hash shared by the tests: Argon2id is slow on purpose. */
    private static String hash;

    @BeforeClass
    public static void hashOnce() {
        hash = hasher.hash(PASSWORD);
    }

    @Test
    public void hashIsAnArgon2idPhcStringWithOwaspParameters() {
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").matches(PHC);
        String[] parts = hash.split("\\$");
        assertThat(Base64.getDecoder().decode(parts[4])).as("salt").hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[5])).as("hash").hasSize(32);
        assertThat(hash).doesNotContain(PASSWORD);
    }

    @Test
    public void verifiesTheRightPassword() {
        assertThat(hasher.verify(PASSWORD, hash)).isTrue();
    }

    @Test
    public void rejectsAWrongPassword() {
        assertThat(hasher.verify("correct horse battery stapl", hash)).isFalse();
        assertThat(hasher.verify(PASSWORD + " ", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
        assertThat(hasher.verify(null, hash)).isFalse();
    }

    @Test
    public void twoHashesOfOnePasswordDifferBySalt() {
        String other = hasher.hash(PASSWORD);
        assertThat(other).isNotEqualTo(hash).matches(PHC);
        assertThat(other.split("\\$")[4]).as("salt").isNotEqualTo(hash.split("\\$")[4]);
        assertThat(hasher.verify(PASSWORD, other)).isTrue();
    }

    @Test
    public void rejectsMalformedAndGarbageHashes() {
        String[] parts = hash.split("\\$");
        String salt = parts[4];
        String digest = parts[5];
        String[] malformed = {
            null,
            "",
            "$",
            "garbage",
            "$2a$10$abcdefghijklmnopqrstuuJ0p6o0xN1x7oW8f8Jmx9yTqk2Z3v1a",       // bcrypt
            PASSWORD,                                                            // a plain-text password
            "$argon2i$v=19$m=19456,t=2,p=1$" + salt + "$" + digest,              // another variant
            "$argon2d$v=19$m=19456,t=2,p=1$" + salt + "$" + digest,
            "$argon2id$v=16$m=19456,t=2,p=1$" + salt + "$" + digest,             // another version
            "$argon2id$v=19$m=19456,t=2,p=1$" + salt,                            // no hash
            "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$",                      // empty hash
            "$argon2id$v=19$m=19456,t=2,p=1$$" + digest,                         // empty salt
            "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + digest + "$extra",
            "argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + digest + "$",        // shifted
            "$argon2id$v=19$m=19456,t=2$" + salt + "$" + digest,                 // no parallelism
            "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + "%%%%",             // not Base64
            "$argon2id$v=19$m=19456,t=2,p=1$" + "%%%%" + "$" + digest,
            "$argon2id$v=19$m=19456,t=2,p=1,x=3$" + salt + "$" + digest,         // unknown parameter
            "$argon2id$v=19$m=abc,t=2,p=1$" + salt + "$" + digest,               // not a number
            "$argon2id$v=19$m,t=2,p=1$" + salt + "$" + digest,                   // no value
            "$argon2id$v=19$$" + salt + "$" + digest,                            // no parameters
            "$argon2id$v=19$m=19456,t=0,p=1$" + salt + "$" + digest,             // zero iterations
            "$argon2id$v=19$m=19456,t=2,p=0$" + salt + "$" + digest,             // zero parallelism
            "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + "AAAA",             // a hash that is wrong and short
            "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + digest.replace(digest.charAt(0), digest.charAt(0) == 'A' ? 'B' : 'A'),
            "$argon2id$v=19$m=19455,t=2,p=1$" + salt + "$" + digest,             // other parameters than the hash was made with
        };
        for (String phc : malformed) {
            assertThat(hasher.verify(PASSWORD, phc)).as("verify against %s", phc).isFalse();
        }
    }

    @Test
    public void verifiesHashesMadeWithOtherParameters() {
        // Raising the parameters later must keep old hashes verifiable: they carry their own.
        byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
        byte[] digest = new byte[24];
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(1024).withIterations(1).withParallelism(2).withSalt(salt).build());
        generator.generateBytes(PASSWORD.getBytes(StandardCharsets.UTF_8), digest);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String old = "$argon2id$v=19$m=1024,t=1,p=2$" + b64.encodeToString(salt) + "$" + b64.encodeToString(digest);

        assertThat(hasher.verify(PASSWORD, old)).isTrue();
        assertThat(hasher.verify("another password", old)).isFalse();
        assertThat(hasher.verify(PASSWORD, old.replace("t=1", "t=2"))).isFalse();
    }

    @Test
    public void hashesNonAsciiPasswordsAsUtf8() {
        String password = "šifra-ĐŽČĆ-密码-🔑";
        String phc = hasher.hash(password);
        assertThat(hasher.verify(password, phc)).isTrue();
        assertThat(hasher.verify("sifra-DZCC-密码-🔑", phc)).isFalse();
    }
}
