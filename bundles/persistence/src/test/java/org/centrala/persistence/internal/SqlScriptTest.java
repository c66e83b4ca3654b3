package org.centrala.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class SqlScriptTest {

    @Test
    public void oneStatementLosesItsSemicolon() {
        assertThat(SqlScript.statements("CREATE TABLE a (id INTEGER);")).containsExactly("CREATE TABLE a (id INTEGER)");
    }

    @Test
    public void splitsOnSemicolonAtLineEnd() {
        assertThat(SqlScript.statements("CREATE TABLE a (id INTEGER);\nCREATE TABLE b (id INTEGER);\n"))
                .containsExactly("CREATE TABLE a (id INTEGER)", "CREATE TABLE b (id INTEGER)");
    }

    @Test
    public void trailingBlanksAfterTheSemicolonStillEndTheStatement() {
        assertThat(SqlScript.statements("INSERT INTO a VALUES (1);   \nINSERT INTO a VALUES (2);\t"))
                .containsExactly("INSERT INTO a VALUES (1)", "INSERT INTO a VALUES (2)");
    }

    @Test
    public void semicolonInsideALineDoesNotSplit() {
        assertThat(SqlScript.statements("INSERT INTO a VALUES ('x;y');"))
                .containsExactly("INSERT INTO a VALUES ('x;y')");
        assertThat(SqlScript.statements("INSERT INTO a VALUES (1); INSERT INTO a VALUES (2);"))
                .as("only a semicolon at the end of a line ends a statement")
                .containsExactly("INSERT INTO a VALUES (1); INSERT INTO a VALUES (2)");
    }

    @Test
    public void multiLineStatementsAreJoinedLineByLine() {
        String script = """
                CREATE TABLE reseller (
                    id   CHAR(36) NOT NULL PRIMARY KEY,
                    name VARCHAR(100) NOT NULL
                );
                CREATE INDEX ix_reseller_name
                    ON reseller (name);
                """;
        assertThat(SqlScript.statements(script)).containsExactly(
                "CREATE TABLE reseller (\nid   CHAR(36) NOT NULL PRIMARY KEY,\nname VARCHAR(100) NOT NULL\n)",
                "CREATE INDEX ix_reseller_name\nON reseller (name)");
    }

    @Test
    public void commentLinesAndBlankLinesAreSkipped() {
        String script = """
                -- R1: resellers
                --

                CREATE TABLE a (
                    -- the key
                    id INTEGER
                );

                   -- indented comment;
                INSERT INTO a VALUES (1);
                """;
        assertThat(SqlScript.statements(script)).containsExactly("CREATE TABLE a (\nid INTEGER\n)", "INSERT INTO a VALUES (1)");
    }

    @Test
    public void aCommentLineEndingInSemicolonEndsNothing() {
        assertThat(SqlScript.statements("CREATE TABLE a (\n-- not the end;\nid INTEGER\n);"))
                .containsExactly("CREATE TABLE a (\nid INTEGER\n)");
    }

    @Test
    public void aLastStatementWithoutSemicolonIsKept() {
        assertThat(SqlScript.statements("INSERT INTO a VALUES (1);\nINSERT INTO a\nVALUES (2)\n"))
                .containsExactly("INSERT INTO a VALUES (1)", "INSERT INTO a\nVALUES (2)");
    }

    @Test
    public void windowsLineEndingsSplitTheSame() {
        assertThat(SqlScript.statements("-- c\r\nCREATE TABLE a (\r\nid INTEGER\r\n);\r\nINSERT INTO a VALUES (1);\r\n"))
                .containsExactly("CREATE TABLE a (\nid INTEGER\n)", "INSERT INTO a VALUES (1)");
    }

    @Test
    public void emptyOrCommentOnlyScriptsHaveNoStatements() {
        assertThat(SqlScript.statements("")).isEmpty();
        assertThat(SqlScript.statements("\n   \n-- nothing here;\n")).isEmpty();
    }
}
