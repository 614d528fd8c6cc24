package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.store.Database;
import pasokh.testing.TestClock;

/**
 * After staff have signed in and out, changed users and mistyped a password, no file under the data folder
 * (database, its journal, the index) holds a password or a session cookie: a copy of the folder, or a
 * backup of it, signs nobody in.
 */
class NoSecretsOnDiskTest {

    @TempDir
    Path dir;

    @Test
    void theDataFolderHoldsNoPasswordAndNoSessionId() throws Exception {
        Map<String, String> secrets = new LinkedHashMap<>();
        String adminPassword = "مدیر-گذرواژه-admin-secret-1";
        String typo = "mistyped secret پسورد 2";
        String firstPassword = "first user secret 3";
        String resetPassword = "reset user secret 4";
        secrets.put("admin password", adminPassword);
        secrets.put("mistyped password", typo);
        secrets.put("new user's password", firstPassword);
        secrets.put("reset password", resetPassword);

        Path data;
        try (Portal portal = StaffPortal.open(dir, new TestClock(ZonedDateTime.now(Portal.READERS_ZONE)), null)) {
            data = dir.resolve("data");
            portal.accounts().users().add("disk.admin", adminPassword, Set.of(Role.ADMIN), Actor.commandLine());
            WebFixture.test(portal, http -> {
                assertEquals(401, StaffClient.signInResponse(http, "disk.admin", typo).statusCode());
                StaffClient admin = StaffClient.signIn(http, "disk.admin", adminPassword);
                secrets.put("admin session (signed out)", admin.session);
                assertEquals(303, admin.submit("/admin/users", "username", "disk.agent", "password", firstPassword,
                        "roles", "agent").statusCode());

                StaffClient agent = StaffClient.signInWithForm(http, "disk.agent", firstPassword);
                secrets.put("agent session (ended by the reset)", agent.session);
                assertEquals(200, agent.get("/staff").statusCode());
                assertEquals(303, admin.submit("/admin/users/disk.agent/password", "password", resetPassword)
                        .statusCode());

                StaffClient again = StaffClient.signInWithForm(http, "disk.agent", resetPassword);
                secrets.put("agent session (still live)", again.session);
                StaffClient admin2 = StaffClient.signIn(http, "disk.admin", adminPassword);
                secrets.put("second admin session (still live)", admin2.session);
                assertEquals(200, admin2.get("/admin/audit").statusCode());
                assertEquals(204, admin.send("DELETE", "/api/session", "X-CSRF-Token", admin.token).statusCode());
                assertTrue(again.signedIn() && admin2.signedIn());
            });
            assertSecretsAbsent(data, secrets, "while the portal runs");
        }
        assertSecretsAbsent(data, secrets, "after it stopped");
    }

    private static void assertSecretsAbsent(Path data, Map<String, String> secrets, String when) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.contains(data.resolve(Database.FILE_NAME)), "the database is where it is looked for: " + files);
        byte[] name = "disk.agent".getBytes(StandardCharsets.UTF_8);
        boolean nameFound = false;
        List<String> leaks = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            nameFound |= contains(bytes, name);
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                List<byte[]> forms = new ArrayList<>(List.of(secret.getValue().getBytes(StandardCharsets.UTF_8)));
                if (secret.getKey().contains("session")) forms.add(Base64.getUrlDecoder().decode(secret.getValue()));
                for (byte[] form : forms) {
                    if (contains(bytes, form)) leaks.add(secret.getKey() + " in " + data.relativize(file));
                }
            }
        }
        assertTrue(nameFound, "the scan reads what the portal stored (the user's name is there) " + when);
        assertEquals(List.of(), leaks, when);
        assertFalse(secrets.isEmpty());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return true;
        }
        return false;
    }
}
