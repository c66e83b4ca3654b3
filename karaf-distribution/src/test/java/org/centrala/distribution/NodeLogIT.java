package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Last in NodeSuiteIT: after every suite ran on the node (bundles updated and restarted under load,
 * PBXs dropped, clients' mistakes, hot-deployed plugins), its log has no ERROR line. An ERROR means
 * Centrala itself failed; what a client or a PBX got wrong is answered and logged below WARN.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class NodeLogIT {

    @Configuration
    public Option[] config() {
        return CentralaContainer.options();
    }

    @Test
    public void theNodeLoggedNoErrorWhileTheSuitesRan() throws Exception {
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        List<String> lines = Files.readAllLines(log);
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("| ERROR ")) {
                // The line and what follows it (the exception and the frames that called it) say what
                // failed; Pax Exam deletes the container, and its log with it.
                errors.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + 14))));
            }
        }
        assertThat(errors).as("ERROR lines in " + log).isEmpty();
    }
}
