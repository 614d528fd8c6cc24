package pasokh.cli;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.Callable;
import pasokh.Portal;
import pasokh.web.SearchWarmup;
import pasokh.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `serve`: the portal itself. Returns once the server is up; Jetty's threads keep the process running. */
@Command(name = "serve",
        header = "Start the portal: the site and the JSON API.",
        description = {
            "Reads the articles (logging and skipping any with errors), brings the search index under DIR/index up"
                    + " to date (rebuilt only when articles or config changed), opens the database DIR/pasokh.db"
                    + " and serves the site and the API on ADDRESS, port PORT."})
final class ServeCommand implements Callable<Integer> {

    private static final String ALL_INTERFACES = "0.0.0.0";
    /** Enough for the JIT to compile the whole search path; it runs while the server already answers. */
    private static final Duration WARMUP_BUDGET = Duration.ofSeconds(30);

    @Mixin
    private HelpOption help;

    @Mixin
    private KnowledgeBaseOptions knowledgeBase;

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ALL_INTERFACES,
            description = "the address to listen on; 127.0.0.1 serves this machine only"
                    + " (default: ${DEFAULT-VALUE}, every interface)")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "the port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    private int port;

    @Override
    public Integer call() throws IOException {
        Ranges.within(spec, "--port", port, 0, 65535);
        Portal portal = Portal.start(knowledgeBase.paths());
        Javalin app = WebApp.create(portal);
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            portal.close();
            throw new IOException("cannot listen on " + url(host, port) + ": " + bindFailure(e), e);
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            app.stop();
            try {
                portal.close();
            } catch (IOException e) {
                System.err.println("Error while closing: " + e.getMessage());
            }
        }));
        portal.knowledge().watch();
        SearchWarmup.start(portal.knowledge().current(), app.port(), WARMUP_BUDGET);
        spec.commandLine().getOut().println("Pasokh is serving "
                + portal.knowledge().current().articles().published().size()
                + " articles on " + address(app.port()));
        return ExitCodes.DONE;
    }

    /** Where to point a browser; a wildcard address is not one, so name the machine itself beside it. */
    private String address(int boundPort) {
        if (host.equals(ALL_INTERFACES) || host.equals("::")) {
            return "every interface, port " + boundPort + ": " + url("localhost", boundPort);
        }
        return url(host, boundPort);
    }

    private static String url(String host, int port) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
    }

    /** Javalin says "port already in use" for every bind failure, even a host name that doesn't resolve. */
    private static String bindFailure(JavalinBindException e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        if (root instanceof UnresolvedAddressException) return "unknown host (use --host ADDRESS)";
        return root.getMessage() == null ? e.getMessage() : root.getMessage();
    }
}
