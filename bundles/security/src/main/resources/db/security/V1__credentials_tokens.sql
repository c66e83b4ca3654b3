-- Log-in credentials. A contact-centre user's credential is keyed by its directory user (user_id);
-- a reseller administrator's by its e-mail address (username). Back-office users have none (R5).
-- Passwords are stored as Argon2id PHC strings only.
CREATE TABLE credential (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    kind          VARCHAR(20)  NOT NULL,
    username      VARCHAR(254),
    user_id       CHAR(36),
    reseller_id   CHAR(36),
    password_hash VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    CONSTRAINT uq_credential_username UNIQUE (username),
    CONSTRAINT uq_credential_user UNIQUE (user_id),
    CONSTRAINT fk_credential_user FOREIGN KEY (user_id) REFERENCES directory_user (id),
    CONSTRAINT fk_credential_reseller FOREIGN KEY (reseller_id) REFERENCES reseller (id)
);

-- API tokens for partners: the token is ct_<id>_<secret>; only SHA-256 of the secret is kept.
CREATE TABLE api_token (
    id           CHAR(16)     NOT NULL PRIMARY KEY,
    credential_id CHAR(36)    NOT NULL,
    name         VARCHAR(100) NOT NULL,
    secret_hash  CHAR(64)     NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP,
    revoked_at   TIMESTAMP,
    CONSTRAINT fk_api_token_credential FOREIGN KEY (credential_id) REFERENCES credential (id)
);
