package org.centrala.shell;

import java.io.PrintStream;
import java.time.Instant;

import org.centrala.common.Page;
import org.apache.karaf.shell.support.table.ShellTable;

/** Small helpers shared by the list commands. */
public final class Tables {
    private Tables() {
    }

    public static void printFooter(PrintStream out, Page<?> page) {
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        out.printf("page %d of %d, %d in all%n", page.page() + 1, pages, page.total());
    }

    public static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /**
     * Another object in a cell, by the name people know with the id commands take ("Ana Agent
     * (3c8a…)"); empty for none; the id alone when its name cannot be read (it was removed meanwhile).
     */
    public static String named(String id, java.util.function.Function<String, String> nameOf) {
        if (id == null) {
            return "";
        }
        try {
            return nameOf.apply(id) + " (" + id + ")";
        } catch (RuntimeException gone) {
            return id;
        }
    }

    public static ShellTable table(String... columns) {
        ShellTable table = new ShellTable();
        for (String column : columns) {
            table.column(column);
        }
        return table;
    }
}
