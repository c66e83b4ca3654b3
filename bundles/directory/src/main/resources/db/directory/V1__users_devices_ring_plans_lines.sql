-- R7, R18: access profiles decide a contact-centre user's functions and data scope.
CREATE TABLE access_profile (
    id         CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id  CHAR(36)      NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    name_key   VARCHAR(400)  NOT NULL,
    data_scope VARCHAR(20)   NOT NULL,
    functions  VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    updated_at TIMESTAMP     NOT NULL,
    CONSTRAINT fk_access_profile_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT uq_access_profile_name UNIQUE (tenant_id, name_key)
);

-- The departments a DEPARTMENTS-scoped profile may see (R18).
CREATE TABLE access_profile_department (
    profile_id    CHAR(36) NOT NULL,
    department_id CHAR(36) NOT NULL,
    CONSTRAINT pk_access_profile_department PRIMARY KEY (profile_id, department_id),
    CONSTRAINT fk_apd_profile FOREIGN KEY (profile_id) REFERENCES access_profile (id) ON DELETE CASCADE,
    CONSTRAINT fk_apd_department FOREIGN KEY (department_id) REFERENCES department (id)
);

-- R4-R7: users. A back-office user has no username (R5: it never logs in). A user who leaves
-- keeps its row (left_at) so that call records and the audit trail keep their subject.
CREATE TABLE directory_user (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id         CHAR(36)     NOT NULL,
    department_id     CHAR(36),
    user_type         VARCHAR(20)  NOT NULL,
    display_name      VARCHAR(100) NOT NULL,
    email             VARCHAR(254),
    username          VARCHAR(100),
    access_profile_id CHAR(36),
    left_at           TIMESTAMP,
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    CONSTRAINT fk_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_user_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_user_access_profile FOREIGN KEY (access_profile_id) REFERENCES access_profile (id),
    CONSTRAINT uq_user_username UNIQUE (username)
);
CREATE INDEX ix_user_tenant ON directory_user (tenant_id, left_at);

-- R4, R16: the free access roles.
CREATE TABLE user_role (
    user_id CHAR(36)    NOT NULL,
    role    VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES directory_user (id) ON DELETE CASCADE
);

-- R3: devices. SIP devices carry generated credentials (the secret is returned once, at creation);
-- mobile phones carry an E.164 number.
CREATE TABLE device (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id     CHAR(36)     NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    label         VARCHAR(100) NOT NULL,
    owner_user_id CHAR(36),
    sip_username  VARCHAR(80),
    sip_secret    VARCHAR(100),
    mobile_number VARCHAR(20),
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    CONSTRAINT fk_device_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_device_owner FOREIGN KEY (owner_user_id) REFERENCES directory_user (id),
    CONSTRAINT uq_device_sip_username UNIQUE (sip_username)
);
CREATE INDEX ix_device_tenant ON device (tenant_id);

-- R5: a back-office user's ring plan, ordered steps of one or more of its devices.
CREATE TABLE ring_step (
    user_id      CHAR(36) NOT NULL,
    step_no      INTEGER  NOT NULL,
    ring_seconds INTEGER  NOT NULL,
    CONSTRAINT pk_ring_step PRIMARY KEY (user_id, step_no),
    CONSTRAINT fk_ring_step_user FOREIGN KEY (user_id) REFERENCES directory_user (id) ON DELETE CASCADE
);
CREATE TABLE ring_step_device (
    user_id   CHAR(36) NOT NULL,
    step_no   INTEGER  NOT NULL,
    device_id CHAR(36) NOT NULL,
    CONSTRAINT pk_ring_step_device PRIMARY KEY (user_id, step_no, device_id),
    CONSTRAINT fk_rsd_step FOREIGN KEY (user_id, step_no) REFERENCES ring_step (user_id, step_no) ON DELETE CASCADE,
    CONSTRAINT fk_rsd_device FOREIGN KEY (device_id) REFERENCES device (id)
);

-- R11: hot-desk lines. The primary key of line_session makes a line held by one user at a time,
-- and the unique user_id one line per user: the database decides which of two log-ins wins.
CREATE TABLE line (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id  CHAR(36)     NOT NULL,
    name       VARCHAR(100) NOT NULL,
    name_key   VARCHAR(400) NOT NULL,
    device_id  CHAR(36)     NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    updated_at TIMESTAMP    NOT NULL,
    CONSTRAINT fk_line_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_line_device FOREIGN KEY (device_id) REFERENCES device (id),
    CONSTRAINT uq_line_name UNIQUE (tenant_id, name_key),
    CONSTRAINT uq_line_device UNIQUE (device_id)
);
CREATE TABLE line_session (
    line_id CHAR(36)  NOT NULL PRIMARY KEY,
    user_id CHAR(36)  NOT NULL,
    since   TIMESTAMP NOT NULL,
    CONSTRAINT fk_line_session_line FOREIGN KEY (line_id) REFERENCES line (id) ON DELETE CASCADE,
    CONSTRAINT fk_line_session_user FOREIGN KEY (user_id) REFERENCES directory_user (id),
    CONSTRAINT uq_line_session_user UNIQUE (user_id)
);
