package pasokh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import pasokh.Portal;
import pasokh.account.Accounts;
import pasokh.account.Actor;
import pasokh.account.InvalidAccountException;
import pasokh.account.Role;
import pasokh.account.UnknownUserException;
import pasokh.account.User;
import pasokh.account.Usernames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `user`: staff accounts, from the server's own command line (the first admin is made here). */
@Command(name = "user",
        header = "Manage staff accounts: add, list, disable, enable, passwd, roles.",
        description = {
            "Staff accounts in DIR/pasokh.db. Names are case-insensitive and trimmed. Passwords are read from"
                    + " standard input (its first line), or asked for without echo on a terminal; never from the"
                    + " command line. Roles: agent, editor, publisher, manager, admin."},
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class,
                UserCommand.Enable.class, UserCommand.Passwd.class, UserCommand.Roles.class})
final class UserCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.CANNOT_RUN;
    }

    @Command(name = "add", header = "Add a user; the password comes from standard input.")
    static final class Add implements Callable<Integer> {
        @Mixin private HelpOption help;
        @Mixin private DataFolderOption data;
        @Spec private CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "2-40 letters, digits, '.', '-' or '_'") private String name;
        @Option(names = "--role", paramLabel = "ROLE[,ROLE...]", required = true,
                description = "one or more of: agent, editor, publisher, manager, admin")
        private String roles;

        @Override
        public Integer call() throws IOException {
            var parsed = Role.parseList(roles);
            Accounts accounts = data.accounts();
            String normal = Usernames.normalize(name);
            if (accounts.users().find(normal).isPresent()) {
                // before the password is asked for, not after
                throw new InvalidAccountException("a user named '" + normal + "' already exists", "");
            }
            String added = accounts.users().add(normal, PasswordInput.read(normal), parsed, Actor.commandLine());
            spec.commandLine().getOut().println("Added " + added + " (" + Role.format(parsed) + ").");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "list", header = "List users: name, roles, state, created, last sign-in.")
    static final class ListUsers implements Callable<Integer> {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(Portal.READERS_ZONE);
        @Mixin private HelpOption help;
        @Mixin private DataFolderOption data;
        @Spec private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            var users = data.accounts().users().list();
            if (users.isEmpty()) {
                spec.commandLine().getErr().println("No users yet: add one with 'pasokh user add NAME --role admin'.");
                return ExitCodes.DONE;
            }
            out.printf("%-20s %-34s %-9s %-17s %s%n", "NAME", "ROLES", "STATE", "CREATED", "LAST SIGN-IN");
            for (User u : users) {
                out.printf("%-20s %-34s %-9s %-17s %s%n", u.name(), Role.format(u.roles()),
                        u.disabled() ? "disabled" : "enabled", TIME.format(u.createdAt()),
                        u.lastSignIn().map(TIME::format).orElse("never"));
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "disable", header = "Disable a user and end their sessions at once.")
    static final class Disable implements Callable<Integer> {
        @Mixin private HelpOption help;
        @Mixin private DataFolderOption data;
        @Spec private CommandSpec spec;
        @Parameters(paramLabel = "NAME") private String name;

        @Override
        public Integer call() throws IOException {
            data.accounts().users().disable(name, Actor.commandLine());
            spec.commandLine().getOut().println("Disabled " + Usernames.normalize(name)
                    + "; their sessions have ended.");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "enable", header = "Enable a disabled user again.")
    static final class Enable implements Callable<Integer> {
        @Mixin private HelpOption help;
        @Mixin private DataFolderOption data;
        @Spec private CommandSpec spec;
        @Parameters(paramLabel = "NAME") private String name;

        @Override
        public Integer call() throws IOException {
            data.accounts().users().enable(name, Actor.commandLine());
            spec.commandLine().getOut().println("Enabled " + Usernames.normalize(name) + ".");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "passwd", header = "Set a user's password (from standard input); ends their sessions and lifts a lock.")
    static final class Passwd implements Callable<Integer> {
        @Mixin private HelpOption help;
        @Mixin private DataFolderOption data;
        @Spec private CommandSpec spec;
        @Parameters(paramLabel = "NAME") private String name;

        @Override
        public Integer call() throws IOException {
            Accounts accounts = data.accounts();
            String normal = Usernames.normalize(name);
            if (accounts.users().find(normal).isEmpty()) throw new UnknownUserException(normal);
            accounts.users().changePassword(normal, PasswordInput.read(normal), Actor.commandLine());
            spec.commandLine().getOut().println("Changed the password of " + normal + "; their sessions have ended.");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "roles", header = "Replace a user's roles.")
    static final class Roles implements Callable<Integer> {
        @Mixin private HelpOption help;
        @Mixin private DataFolderOption data;
        @Spec private CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME") private String name;
        @Parameters(index = "1", paramLabel = "ROLE[,ROLE...]",
                description = "one or more of: agent, editor, publisher, manager, admin") private String roles;

        @Override
        public Integer call() throws IOException {
            var parsed = Role.parseList(roles);
            data.accounts().users().setRoles(name, parsed, Actor.commandLine());
            spec.commandLine().getOut().println(Usernames.normalize(name) + " now has the roles "
                    + Role.format(parsed) + ".");
            return ExitCodes.DONE;
        }
    }
}
