package org.centrala.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.centrala.common.ServiceSlot;
import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.centrala.common.Validator;
import org.centrala.directory.AccessProfileService;
import org.centrala.directory.User;
import org.centrala.directory.UserService;
import org.centrala.directory.UserType;
import org.centrala.persistence.Columns;
import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.persistence.DuplicateKeyException;
import org.centrala.security.ApiToken;
import org.centrala.common.Caller;
import org.centrala.common.CallerKind;
import org.centrala.security.CredentialService;
import org.centrala.security.Me;
import org.centrala.security.NewApiToken;
import org.centrala.security.ResellerAdmin;
import org.centrala.tenancy.ResellerService;
import org.centrala.tenancy.SignInDomains;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * Passwords (Argon2id) and API tokens (SHA-256 of a 256-bit secret) in the database, and the
 * checks the JAAS realm and the authenticator make against them.
 */
@Component(service = {CredentialService.class, JdbcCredentialService.class})
public class JdbcCredentialService implements CredentialService {
    static final String TOKEN_PREFIX = "ct_";
    private static final int MAX_PASSWORD_LENGTH = 200;

    private final Database db;
    private final AuditLog audit;
    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<UserService> usersSlot = new ServiceSlot<>("The directory");
    private final UserService users = usersSlot.proxy(UserService.class);
    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<TenantService> tenantsSlot = new ServiceSlot<>("Tenancy");
    private final TenantService tenants = tenantsSlot.proxy(TenantService.class);
    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<ResellerService> resellersSlot = new ServiceSlot<>("Tenancy");
    private final ResellerService resellers = resellersSlot.proxy(ResellerService.class);
    private final CallerFactory callers;
    private final MeDescriber describer;
    private final AccessChanges accessChanges;
    private final PasswordHasher hasher = new PasswordHasher();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    /** Verified against when a name is unknown, so that unknown and known names take the same time. */
    private final String decoyHash;

    /** The directory's access profiles, bound dynamically like the users. */
    private final ServiceSlot<AccessProfileService> profilesSlot = new ServiceSlot<>("The directory");

    @Activate
    public JdbcCredentialService(@Reference SecuritySchema schema) {
        this.db = schema.database();
        this.audit = schema.audit();
        this.accessChanges = schema.accessChanges();
        this.callers = new CallerFactory(profilesSlot.proxy(AccessProfileService.class));
        this.describer = new MeDescriber(users, tenants, resellers);
        this.decoyHash = hasher.hash(UUID.randomUUID().toString());
    }

    /** Outside OSGi (tests): every service given at once. */
    public JdbcCredentialService(SecuritySchema schema, UserService users, TenantService tenants, ResellerService resellers, AccessProfileService profiles) {
        this(schema);
        profilesSlot.bind(profiles);
        usersSlot.bind(users);
        tenantsSlot.bind(tenants);
        resellersSlot.bind(resellers);
    }

    @Override
    public void setUserPassword(String tenantId, String userId, String password) {
        validatePassword(password);
        db.inTransaction(() -> {
            User user = users.get(tenantId, userId);
            if (user.leftAt() != null) {
                throw new ConflictException("user '" + userId + "' has left and can no longer log in");
            }
            if (user.type() != UserType.CONTACT_CENTRE) {
                throw new ConflictException("user '" + userId + "' is a back-office user: it never logs in and has no credential (R5)");
            }
            Instant now = now();
            String hash = hasher.hash(password);
            if (db.update("UPDATE credential SET password_hash = ?, updated_at = ? WHERE user_id = ?", hash, now, userId) == 0) {
                try {
                    db.update("INSERT INTO credential (id, kind, username, user_id, reseller_id, password_hash, created_at, updated_at)"
                            + " VALUES (?, ?, NULL, ?, NULL, ?, ?, ?)", UUID.randomUUID().toString(), CallerKind.TENANT_USER, userId, hash, now, now);
                } catch (DuplicateKeyException e) {
                    throw new ConflictException("the password of user '" + userId + "' was set at the same moment by another request; try again");
                }
            }
            // A new password ends the user's sign-in sessions (in the web UI, say) as users expect;
            // API tokens made for integrations stay until revoked.
            db.update("UPDATE api_token SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL"
                    + " AND credential_id IN (SELECT id FROM credential WHERE user_id = ?)", now, SESSION, userId);
            audit.record(AuditEvent.ofTenant(tenantId, "user.password-set", "user:" + userId).about(userId));
            accessChanges.changed();
            return null;
        });
    }

    @Override
    public ResellerAdmin createResellerAdmin(String resellerId, String email, String password) {
        new Validator().required("email", email).maxLength("email", email, 254).email("email", email).throwIfInvalid();
        validatePassword(password);
        String username = email.strip().toLowerCase(Locale.ROOT);
        Instant now = now();
        db.inTransaction(() -> {
            resellers.get(resellerId);
            try {
                db.update("INSERT INTO credential (id, kind, username, user_id, reseller_id, password_hash, created_at, updated_at)"
                                + " VALUES (?, ?, ?, NULL, ?, ?, ?, ?)",
                        UUID.randomUUID().toString(), CallerKind.RESELLER_ADMIN, username, resellerId, hasher.hash(password), now, now);
            } catch (DuplicateKeyException e) {
                throw new ConflictException("'" + username + "' is already a reseller administrator");
            }
            audit.record(AuditEvent.ofReseller(resellerId, "reseller-admin.created", "reseller-admin:" + username));
            return null;
        });
        return new ResellerAdmin(username, resellerId, now);
    }

    @Override
    public List<ResellerAdmin> resellerAdmins(String resellerId) {
        resellers.get(resellerId);
        return db.query("SELECT username, reseller_id, created_at FROM credential WHERE kind = ? AND reseller_id = ? ORDER BY username",
                row -> new ResellerAdmin(row.getString(1), row.getString(2).trim(), Columns.instant(row, 3)),
                CallerKind.RESELLER_ADMIN, resellerId);
    }

    @Override
    public void deleteResellerAdmin(String resellerId, String email) {
        String username = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        db.inTransaction(() -> {
            String id = db.queryOne("SELECT id FROM credential WHERE kind = ? AND reseller_id = ? AND username = ?",
                            row -> row.getString(1), CallerKind.RESELLER_ADMIN, resellerId, username)
                    .orElseThrow(() -> new NotFoundException("Reseller administrator", username));
            db.update("DELETE FROM api_token WHERE credential_id = ?", id);
            db.update("DELETE FROM credential WHERE id = ?", id);
            audit.record(AuditEvent.ofReseller(resellerId, "reseller-admin.deleted", "reseller-admin:" + username));
            accessChanges.changed();
            return null;
        });
    }

    /** The name of the tokens that log-ins (sessions) are given, and no API token may take. */
    static final String SESSION = "session";

    @Override
    public NewApiToken createToken(Caller owner, String name, Instant expiresAt) {
        new Validator().required("name", name).maxLength("name", name, 100).throwIfInvalid();
        if (SESSION.equalsIgnoreCase(name.strip())) {
            throw new ValidationException("name", "'" + SESSION + "' is the name of sign-in sessions; choose another");
        }
        return issueToken(owner, name, expiresAt);
    }

    private NewApiToken issueToken(Caller owner, String name, Instant expiresAt) {
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new ValidationException("expiresAt", "must be in the future");
        }
        String credential = credentialOf(owner);
        String id = randomId();
        String secret = randomSecret();
        Instant now = now();
        db.inTransaction(() -> {
            db.update("INSERT INTO api_token (id, credential_id, name, secret_hash, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, NULL)",
                    id, credential, name.strip(), sha256(secret), now, expiresAt);
            audit.record(auditEvent(owner, "api-token.created", "api-token:" + id).with(Map.of("name", name.strip())));
            return null;
        });
        return new NewApiToken(new ApiToken(id, name.strip(), now, expiresAt, null), TOKEN_PREFIX + id + "_" + secret);
    }

    @Override
    public List<ApiToken> tokens(Caller owner) {
        return db.query("SELECT id, name, created_at, expires_at, revoked_at FROM api_token WHERE credential_id = ? ORDER BY created_at, id",
                row -> new ApiToken(row.getString(1).trim(), row.getString(2), Columns.instant(row, 3), Columns.instant(row, 4),
                        Columns.instant(row, 5)), credentialOf(owner));
    }

    @Override
    public void revokeToken(Caller owner, String tokenId) {
        db.inTransaction(() -> {
            if (db.update("UPDATE api_token SET revoked_at = ? WHERE id = ? AND credential_id = ? AND revoked_at IS NULL",
                    now(), tokenId, credentialOf(owner)) == 0) {
                throw new NotFoundException("API token", tokenId);
            }
            audit.record(auditEvent(owner, "api-token.revoked", "api-token:" + tokenId));
            return null;
        });
    }

    @Override
    public NewApiToken logIn(Caller caller) {
        return db.inTransaction(() -> {
            NewApiToken session = issueToken(caller, SESSION, clock.instant().plus(java.time.Duration.ofHours(SESSION_HOURS)));
            audit.record(auditEvent(caller, "user.logged-in", "session:" + session.apiToken().id()));
            return session;
        });
    }

    @Override
    public Me me(Caller caller) {
        return describer.describe(caller);
    }

    @Override
    public void logOut(Caller caller, String sessionId) {
        db.inTransaction(() -> {
            revokeToken(caller, sessionId);
            audit.record(auditEvent(caller, "user.logged-out", "session:" + sessionId));
            return null;
        });
    }

    /**
     * The caller for a sign-in name and password, if they match a credential of the user store. A
     * tenant's user signs in as {@code username@sign-in-domain} (issue 9: names are unique per
     * tenant); a reseller administrator with an e-mail address, whose domain has a dot; a user
     * created before names were per tenant also with the bare name it had.
     */
    Optional<Caller> checkPassword(String username, String password) {
        if (username == null || password == null || username.length() > 254 || password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.empty();
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        String[] userAtDomain = SignInDomains.split(name);
        if (userAtDomain != null) {
            return checkUser("u.username = ? AND t.sign_in_domain = ?", password, userAtDomain[0], userAtDomain[1]);
        }
        if (name.contains("@")) {
            Optional<String[]> admin = db.queryOne("SELECT password_hash, reseller_id FROM credential WHERE kind = ? AND username = ?",
                    row -> new String[] {row.getString(1), row.getString(2).trim()}, CallerKind.RESELLER_ADMIN, name);
            boolean valid = hasher.verify(password, admin.map(a -> a[0]).orElse(decoyHash)) && admin.isPresent();
            return valid && resellers.get(admin.get()[1]).active() ? Optional.of(Caller.resellerAdmin(name, admin.get()[1])) : Optional.empty();
        }
        return checkUser("u.node_login = ?", password, name);
    }

    private Optional<Caller> checkUser(String condition, String password, Object... name) {
        Optional<String[]> user = db.queryOne("SELECT u.id, u.tenant_id, c.password_hash FROM directory_user u JOIN credential c ON c.user_id = u.id"
                        + " JOIN tenant t ON t.id = u.tenant_id WHERE " + condition + " AND u.left_at IS NULL",
                row -> new String[] {row.getString(1).trim(), row.getString(2).trim(), row.getString(3)}, name);
        boolean valid = hasher.verify(password, user.map(u -> u[2]).orElse(decoyHash)) && user.isPresent();
        return valid ? activeCaller(user.get()[1], user.get()[0]) : Optional.empty();
    }

    /** The caller for an API token, if it is well formed, known, not revoked, not expired, and its owner may still log in. */
    Optional<Caller> checkToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.substring(TOKEN_PREFIX.length()).split("_", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        Optional<String[]> row = db.queryOne("SELECT t.secret_hash, t.expires_at, t.revoked_at, c.kind, c.username, c.user_id, c.reseller_id"
                        + " FROM api_token t JOIN credential c ON c.id = t.credential_id WHERE t.id = ?",
                r -> {
                    Instant expires = Columns.instant(r, 2);
                    Instant revoked = Columns.instant(r, 3);
                    boolean usable = revoked == null && (expires == null || expires.isAfter(clock.instant()));
                    return new String[] {r.getString(1).trim(), Boolean.toString(usable), r.getString(4), r.getString(5),
                            trim(r.getString(6)), trim(r.getString(7))};
                }, parts[0]);
        if (row.isEmpty() || !MessageDigest.isEqual(row.get()[0].getBytes(StandardCharsets.US_ASCII),
                sha256(parts[1]).getBytes(StandardCharsets.US_ASCII)) || !Boolean.parseBoolean(row.get()[1])) {
            return Optional.empty();
        }
        String[] owner = row.get();
        if (CallerKind.RESELLER_ADMIN.name().equals(owner[2])) {
            return resellers.get(owner[5]).active() ? Optional.of(Caller.resellerAdmin(owner[3], owner[5])) : Optional.empty();
        }
        Optional<String> tenantId = db.queryOne("SELECT tenant_id FROM directory_user WHERE id = ? AND left_at IS NULL",
                r -> r.getString(1).trim(), owner[4]);
        return tenantId.flatMap(tenant -> activeCaller(tenant, owner[4]));
    }

    /** The caller of a tenant's user, unless the tenant or its reseller is suspended: then its users do not log in (issue 9). */
    private Optional<Caller> activeCaller(String tenantId, String userId) {
        Tenant tenant = tenants.get(tenantId);
        if (!tenant.active() || !resellers.get(tenant.resellerId()).active()) {
            return Optional.empty();
        }
        return Optional.of(callers.forUser(users.get(tenantId, userId), tenant.resellerId()));
    }

    private String credentialOf(Caller owner) {
        Optional<String> id = switch (owner.kind()) {
            case RESELLER_ADMIN -> db.queryOne("SELECT id FROM credential WHERE kind = ? AND username = ?", row -> row.getString(1).trim(),
                    CallerKind.RESELLER_ADMIN, owner.name().substring("reseller-admin:".length()));
            case TENANT_USER -> db.queryOne("SELECT id FROM credential WHERE user_id = ?", row -> row.getString(1).trim(), owner.userId());
            case OPERATOR -> Optional.empty();
        };
        return id.orElseThrow(() -> new ConflictException("only users of the user store have API tokens; node operators use their own credentials"));
    }

    private static AuditEvent auditEvent(Caller owner, String action, String target) {
        return owner.kind() == CallerKind.RESELLER_ADMIN ? AuditEvent.ofReseller(owner.resellerId(), action, target)
                : AuditEvent.ofTenant(owner.tenantId(), action, target).about(owner.userId());
    }

    private static void validatePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new ValidationException("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        new Validator().maxLength("password", password, MAX_PASSWORD_LENGTH).throwIfInvalid();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private String randomId() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).replace('_', 'x').replace('-', 'y');
    }

    private String randomSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindUsers(UserService service) {
        usersSlot.bind(service);
    }

    void unbindUsers(UserService service) {
        usersSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindTenants(TenantService service) {
        tenantsSlot.bind(service);
    }

    void unbindTenants(TenantService service) {
        tenantsSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindResellers(ResellerService service) {
        resellersSlot.bind(service);
    }

    void unbindResellers(ResellerService service) {
        resellersSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindProfiles(AccessProfileService service) {
        profilesSlot.bind(service);
    }

    void unbindProfiles(AccessProfileService service) {
        profilesSlot.unbind(service);
    }
}
