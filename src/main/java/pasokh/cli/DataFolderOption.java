package pasokh.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.account.Accounts;
import pasokh.account.PasswordHasher;
import pasokh.account.SessionPolicy;
import pasokh.store.Database;
import picocli.CommandLine.Option;

/** {@code --data DIR} for the commands that need only the database (users, audit), not the articles. */
final class DataFolderOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = PortalPaths.DEFAULT_DATA,
            description = "the folder holding pasokh.db, created if missing (default: ${DEFAULT-VALUE})")
    private Path data;

    /** The account services over DIR/pasokh.db, which `serve` may be using at the same time. */
    Accounts accounts() throws IOException {
        return Accounts.over(Database.open(data), SessionPolicy.DEFAULT, new PasswordHasher(PasswordHasher.DEFAULT),
                Clock.system(Portal.READERS_ZONE));
    }
}
