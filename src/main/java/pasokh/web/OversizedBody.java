package pasokh.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and throws away the rest of a body we refused as too large, before the 413 is written.
 *
 * <p>Closing a connection while the client is still sending makes the kernel answer with a reset, and the
 * client then loses our 413 and reports a broken connection instead of «حجم درخواست بیش از حد مجاز است».
 * Draining a bounded amount lets ordinary oversized posts (a pasted page of text) get the readable answer;
 * anything beyond the bound is cut off, so a hostile client cannot make us read forever.
 */
final class OversizedBody {

    /** Far above any honest mistake on our forms, small enough to read in milliseconds. */
    static final long MAX_DISCARDED_BYTES = 1024 * 1024;

    private OversizedBody() {}

    static void discard(Context ctx) {
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            int n;
            while (read < MAX_DISCARDED_BYTES && (n = in.read(buffer)) != -1) {
                read += n;
            }
            if (read >= MAX_DISCARDED_BYTES) {
                ctx.header("Connection", "close");
            }
        } catch (IOException | IllegalStateException gone) {
            // the client hung up or the body was already consumed: nothing left to protect
        }
    }
}
