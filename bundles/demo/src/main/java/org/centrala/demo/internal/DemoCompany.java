package org.centrala.demo.internal;

import java.util.List;

/**
 * Who the demo company is: a small Serbian firm with a front office whose back-office users ring
 * the desk phone, then the mobile (R5), and a customer-care queue of four licensed agents (R13),
 * watched by a supervisor of that department (R18) and run by an administrator who can log in.
 */
final class DemoCompany {
    static final String RESELLER = "Centrala Demo Reseller";
    static final String RESELLER_EMAIL = "demo-reseller@example.com";
    static final String TENANT = "Demo Company";
    static final String CONTEXT = "demo";
    /** Its users sign in as demo-admin@demo and so on (README, docs/demo.md). */
    static final String SIGN_IN_DOMAIN = "demo";
    /** The agents' queue; on the PBX it is demo-customer-care (the context, then the name). */
    static final String QUEUE_NAME = "Customer care";
    /** What callers dial to reach the queue through the routing (the demo's traffic enters it by the PBX's own dialplan). */
    static final String QUEUE_EXTENSION = "500";
    static final int WRAP_UP_SECONDS = 5;
    static final String COUNTRY = "RS";
    static final String FRONT_OFFICE = "Front office";
    static final String CUSTOMER_CARE = "Customer care";
    static final int DEVICE_PACKS = 2;
    /** An endpoint in the demo's pjsip.conf that Centrala did not write: one to adopt. */
    static final String HAND_MADE_ENDPOINT = "demo-reception";
    static final int VOICE_LICENCES = 5;
    /** Documented in README and docs/demo.md; the demo listens on loopback only. */
    static final String PASSWORD = "demo-password";

    /**
     * A back-office user: its extension, which the demo's callers dial (as the trunk's inbound
     * dialplan would map a direct number to it), and the mobile its ring plan falls over to.
     */
    record BackOffice(String name, String extension, String mobile) {
    }

    /** A user who logs in; {@code agent}: takes queue calls on a SIP phone with a voice licence. */
    record LogIn(String name, String username, String department, String role, boolean agent) {
    }

    static final List<BackOffice> BACK_OFFICE = List.of(
            new BackOffice("Ana Petrović", "101", "+381641230101"),
            new BackOffice("Marko Jovanović", "102", "+381641230102"),
            new BackOffice("Jelena Nikolić", "103", "+381641230103"));
    /** The PJSIP endpoint of the demo's outside calls: the test PBX's trunk. */
    static final String TRUNK = "trunk";

    static final List<LogIn> LOG_INS = List.of(
            new LogIn("Ivan Ilić", "ivan.ilic", CUSTOMER_CARE, null, true),
            new LogIn("Milica Stanković", "milica.stankovic", CUSTOMER_CARE, null, true),
            new LogIn("Nikola Pavlović", "nikola.pavlovic", CUSTOMER_CARE, null, true),
            new LogIn("Sara Đorđević", "sara.djordjevic", CUSTOMER_CARE, null, true),
            new LogIn("Vesna Marković", "demo-supervisor", CUSTOMER_CARE, "SUPERVISOR", false),
            new LogIn("Demo Administrator", "demo-admin", FRONT_OFFICE, "ADMINISTRATOR", false));

    private DemoCompany() {
    }
}
