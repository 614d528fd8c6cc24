package pasokh;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;
import pasokh.web.WebApp;

/** `serve`: the portal itself. */
final class ServeCommand implements Command {

    @Override
    public String usage() {
        return """
                Usage: java -jar target/pasokh.jar serve [--port 7070] [--articles DIR] [--config DIR] [--data DIR]

                Reads the articles (logging and skipping any with errors), brings the search index under
                DIR/index up to date (rebuilt only when articles or config changed), opens the database
                DIR/pasokh.db and serves the site and API on http://localhost:PORT/.
                """;
    }

    @Override
    public Set<String> flags() {
        return Set.of("port");
    }

    @Override
    public int run(CliOptions options, PrintStream out, PrintStream err) throws Exception {
        int port = options.integer("port", 7070, 0, 65535);
        Portal portal = Portal.start(options.paths());
        Javalin app = WebApp.create(portal);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            app.stop();
            try {
                portal.close();
            } catch (IOException e) {
                System.err.println("Error while closing: " + e.getMessage());
            }
        }));
        app.start(port);
        out.println("Pasokh is serving " + portal.knowledge().current().articles().published().size() + " articles on http://localhost:" + app.port() + "/");
        return 0;
    }
}
