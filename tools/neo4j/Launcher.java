// Runs Neo4j Community embedded, with Bolt on loopback, as claimgraph's local database.
//
// Run as a single-file program (Java 11+), with the jars that pom.xml copies into lib/:
//   java -Xms1g -Xmx2g --add-opens=... -cp 'tools/neo4j/lib/*' tools/neo4j/Launcher.java \
//        --home .neo4j --port 7687 --pagecache 1g --tx-total 2g --tx-max 1g --tx-timeout-seconds 600 [--parent-pid 1234]
//
// It prints exactly one line starting with READY_PREFIX once the database accepts work;
// src/db/local-neo4j.ts waits for that line. SIGINT/SIGTERM shut the database down cleanly.
// With --parent-pid it also stops when that process is gone: an API killed by SIGKILL or an
// out-of-memory crash never gets to stop the Neo4j it started, which was left running.

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
    static final String READY_PREFIX = "claimgraph-neo4j ready";

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parseArgs(argv);
        Path home = Path.of(args.getOrDefault("home", ".neo4j")).toAbsolutePath();
        int port = Integer.parseInt(args.getOrDefault("port", "7687"));
        String host = args.getOrDefault("host", "127.0.0.1");
        Files.createDirectories(home);
        // Looked up before the slow start-up, so a parent that dies during it is not mistaken
        // for a later process given the same pid.
        String parentPid = args.get("parent-pid");
        Optional<ProcessHandle> parent =
            parentPid == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(parentPid));

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            // The API closes its driver before it stops the database, so Bolt has nothing to wait
            // for; Neo4j's default waits (5 s per connector) made every stop take over 10 s.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
            .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            // Local development database on loopback only: no credentials to manage.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            // Neo4j's defaults assume a dedicated server (page cache ~half of RAM, unlimited
            // transaction memory, two days of transaction logs). This machine is shared with
            // the API, the tests and the benchmarks, so every budget is explicit.
            .setConfig(GraphDatabaseSettings.pagecache_memory, bytes(args.getOrDefault("pagecache", "1g")))
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, bytes(args.getOrDefault("tx-total", "2g")))
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, bytes(args.getOrDefault("tx-max", "1g")))
            // A backstop for a transaction that sets no deadline of its own (the API's reads and
            // writes each send one): past it, Neo4j terminates it rather than let it run on.
            .setConfig(GraphDatabaseSettings.transaction_timeout,
                Duration.ofSeconds(Long.parseLong(args.getOrDefault("tx-timeout-seconds", "600"))))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, args.getOrDefault("tx-log-retention", "128M size"))
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, bytes("64m"));
        if (args.containsKey("plugins")) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(args.get("plugins")).toAbsolutePath());
            builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
        }

        DatabaseManagementService dbms = builder.build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("claimgraph-neo4j stopping");
            dbms.shutdown();
            stopped.countDown();
        }, "claimgraph-neo4j-shutdown"));
        // Started only once the hook is in place, so its System.exit always closes the store;
        // a parent that died during build() is noticed at the first check.
        if (parentPid != null) watchParent(parentPid, parent);

        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(120_000)) {
            System.err.println("claimgraph-neo4j: database did not become available within 120 s");
            System.exit(1);
        }
        System.out.println(READY_PREFIX + " bolt://" + host + ":" + port + " home=" + home);
        System.out.flush();
        stopped.await();
    }

    /**
     * Exits (through the shutdown hook) once the parent is gone. Polls instead of using
     * ProcessHandle.onExit: for a process that is not our child the JDK polls too, but backs off
     * to 5 s between checks, and a crashed API's Neo4j should go within a second. isAlive()
     * compares the start time, so a recycled pid counts as gone rather than as the parent.
     */
    static void watchParent(String pid, Optional<ProcessHandle> parent) {
        Thread watchdog = new Thread(() -> {
            while (parent.isPresent() && parent.get().isAlive()) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println("claimgraph-neo4j: parent " + pid + " exited, stopping");
            System.out.flush();
            System.exit(0);
        }, "claimgraph-neo4j-parent-watchdog");
        // A daemon, so it never holds the JVM up once the database has stopped for another reason.
        watchdog.setDaemon(true);
        watchdog.start();
    }

    static long bytes(String size) {
        return ByteUnit.parse(size);
    }

    static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", argv));
            }
            args.put(argv[i].substring(2), argv[++i]);
        }
        return args;
    }
}
