// zonegraph's embedded Neo4j: the Neo4j 5 Community DBMS (org.neo4j:neo4j from Maven Central) started
// in-process with its Bolt connector enabled, so that the app, the tests and Neo4j's own tools
// (cypher-shell, Neo4j Browser, any driver) talk to it over Bolt exactly as to a server.
//
// server/neo4j/embedded.ts compiles it once with javac (cached in ~/.m2/zonegraph) and runs
//   java -cp <classpath from pom.xml>:<compiled dir> Launcher <homeDir> <neo4j.conf> [--stdin-watch]
// or, without javac, Java's single-file source launcher: java -cp <classpath> Launcher.java …
// Environment: ZONEGRAPH_NEO4J_PASSWORD, the password the `neo4j` user gets (required).
//
// It prints one line "ZONEGRAPH_NEO4J_READY <bolt address>" once Bolt accepts connections, and stops
// cleanly on SIGTERM/SIGINT (shutdown hook) or when its standard input closes with --stdin-watch.
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher <homeDir> <neo4j.conf> [--stdin-watch]");
      System.exit(2);
    }
    String password = System.getenv("ZONEGRAPH_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("ZONEGRAPH_NEO4J_PASSWORD must be set to at least 8 characters");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Path conf = Path.of(args[1]).toAbsolutePath();
    boolean stdinWatch = args.length > 2 && args[2].equals("--stdin-watch");

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    dbms.shutdown();
                  } catch (Exception e) {
                    System.err.println("shutdown: " + e.getMessage());
                  }
                }));

    // The password is owned by the local credentials file: set it on every start (embedded access
    // bypasses authentication, so a lost credentials file is recovered by the next start). A start
    // that cannot set it exits with an error at once instead of running without being ready.
    try {
      setPassword(dbms.database("system"), password);
    } catch (RuntimeException e) {
      System.err.println("could not set the neo4j password: " + e.getMessage());
      System.exit(1);
    }

    System.out.println("ZONEGRAPH_NEO4J_READY");
    System.out.flush();

    if (stdinWatch) {
      // The parent holds our stdin open; when it dies (even by SIGKILL) we read EOF and stop.
      InputStream in = System.in;
      while (in.read() != -1) {
        // ignore input
      }
      System.exit(0);
    }
    Thread.currentThread().join();
  }

  /** ALTER USER, tried three times (a very busy machine may hit the transaction timeout). */
  private static void setPassword(GraphDatabaseService system, String password) {
    for (int attempt = 1; ; attempt++) {
      try {
        system.executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        return;
      } catch (RuntimeException e) {
        // "Old password and new password cannot be the same" is the normal case on a restart.
        if (String.valueOf(e.getMessage()).contains("cannot be the same")) return;
        if (attempt >= 3) throw e;
      }
    }
  }
}
