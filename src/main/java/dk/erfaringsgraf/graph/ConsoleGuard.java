package dk.erfaringsgraf.graph;

import dk.erfaringsgraf.graph.ConsoleRefusal.Reason;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Refuses a console query that could write or reach beyond the graph, before it runs: first what its text
 * shows ({@link CypherScanner}), then what Neo4j's EXPLAIN of it shows. EXPLAIN is the authority, as Cypher
 * has ways to hide a keyword from a scanner: its query type must be READ_ONLY, and its plan may hold no
 * LoadCSV, no TerminateTransactions (which Neo4j counts as a read), and procedure calls and SHOW commands
 * only from {@link ConsoleAllowList}.
 */
final class ConsoleGuard {

    private final ConsoleAllowList allowed = new ConsoleAllowList();

    /**
     * @return the query type EXPLAIN reported (READ_ONLY)
     * @throws ConsoleRefusal saying why the query may not run
     */
    String check(CypherScanner scanner, Map<String, Object> params, Session session, TransactionConfig config,
            ConsoleLimits limits) {
        checkText(scanner);
        allowed.requireProcedures(scanner.procedures(), session);
        if (!scanner.shown().isEmpty()) {
            ConsoleAllowList.requireShown(scanner.shown());
        }
        checkValues(params);
        ResultSummary summary = explain(scanner.explained(), params, session, config, limits);
        QueryType type = summary.queryType();
        if (type != QueryType.READ_ONLY) {
            throw new ConsoleRefusal(Reason.WRITES, "the query writes (" + type + "); the console is read-only");
        }
        checkPlan(summary.plan(), session);
        checkNames(scanner.parameters(), params);
        return type.name();
    }

    private static void checkText(CypherScanner scanner) {
        if (scanner.isEmpty()) {
            throw new ConsoleRefusal(Reason.EMPTY, "the query is empty");
        }
        if (scanner.hasMultipleStatements()) {
            throw new ConsoleRefusal(Reason.MULTIPLE_STATEMENTS, "the console runs one statement at a time");
        }
        checkLoadCsv(scanner.loadsCsv());
        checkTerminate(scanner.terminatesTransactions());
    }

    private static ResultSummary explain(CypherScanner.Explained explained, Map<String, Object> params,
            Session session, TransactionConfig config, ConsoleLimits limits) {
        try (Transaction tx = session.beginTransaction(config)) {
            return tx.run(explained.cypher(), params).consume();
        } catch (Neo4jException e) {
            throw ConsoleErrors.compiling(e, limits, explained.shift());
        }
    }

    /** Refuses LoadCSV, TerminateTransactions, and ProcedureCall and Show… operators not on the allow-list, anywhere in the plan. */
    void checkPlan(Plan plan, Session session) {
        String operator = plan.operatorType().replaceFirst("@.*", "");
        checkLoadCsv(operator.equals("LoadCSV"));
        checkTerminate(operator.equals("TerminateTransactions"));
        ConsoleAllowList.requireOperator(operator);
        if (operator.equals("ProcedureCall")) {
            // Details read "db.labels() :: (label :: STRING)": the name is what comes before the parenthesis.
            String details = plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString() : "";
            allowed.requireProcedures(Set.of(details.replaceFirst("\\(.*", "").strip()), session);
        }
        plan.children().forEach(child -> checkPlan(child, session));
    }

    private static void checkLoadCsv(boolean loads) {
        if (loads) {
            throw new ConsoleRefusal(Reason.LOAD_CSV, "LOAD CSV reads files and URLs of the server; the console may not");
        }
    }

    private static void checkTerminate(boolean terminates) {
        if (terminates) {
            throw new ConsoleRefusal(Reason.WRITES, "the query terminates transactions; the console is read-only");
        }
    }

    /** Each $parameter needs a value; EXPLAIN does not check that. */
    private static void checkNames(Set<String> used, Map<String, Object> params) {
        for (String name : used) {
            if (!params.containsKey(name)) {
                throw new ConsoleRefusal(Reason.PARAMETER, "the query uses $" + name + ", but no value was given for it");
            }
        }
    }

    /** The driver converts values before sending them; one it cannot convert is the caller's, not a syntax error. */
    private static void checkValues(Map<String, Object> params) {
        params.forEach((name, value) -> {
            try {
                org.neo4j.driver.Values.value(value);
            } catch (ClientException e) {
                throw new ConsoleRefusal(Reason.PARAMETER, "parameter $" + name + ": " + e.getMessage(), e);
            }
        });
    }
}
