package org.centrala.testpbx.internal;

import java.time.Duration;
import java.util.List;

import org.centrala.testpbx.TrafficPlan;

/**
 * Runs the test PBX on its own: {@code java -jar centrala-test-pbx.jar [--port 5038] [--user centrala]
 * [--secret centrala] [--scale 1.0] [--traffic]}. With --traffic it plays the demo call mix over
 * back-office users 1001..1003 (mobiles +4915100000001..3, dialled as 100..102) and agents 2001..2004
 * in queue "support", context "demo".
 */
public final class TestPbxMain {
    private TestPbxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 5038;
        String user = "centrala";
        String secret = "centrala";
        double scale = 1.0;
        boolean traffic = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--user" -> user = args[++i];
                case "--secret" -> secret = args[++i];
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--traffic" -> traffic = true;
                default -> {
                    System.out.println("usage: java -jar centrala-test-pbx.jar [--port 5038] [--user centrala]"
                            + " [--secret centrala] [--scale 1.0] [--traffic]");
                    System.exit("--help".equals(args[i]) ? 0 : 2);
                }
            }
        }
        TestPbxServer pbx = new TestPbxServer("127.0.0.1", port, user, secret, scale).start();
        System.out.println("Test PBX: AMI on 127.0.0.1:" + pbx.port() + ", user " + user);
        if (traffic) {
            pbx.startTraffic(new TrafficPlan("demo", List.of(
                    new TrafficPlan.BackOfficeParty("100", "1001", "+4915100000001"),
                    new TrafficPlan.BackOfficeParty("101", "1002", "+4915100000002"),
                    new TrafficPlan.BackOfficeParty("102", "1003", "+4915100000003")),
                    "support", List.of("2001", "2002", "2003", "2004"), Duration.ofSeconds(6), 42));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(pbx::close));
        Thread.currentThread().join();
    }
}
