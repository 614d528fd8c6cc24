package pasokh.questions;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports the bytes read so far, for the progress bar. */
final class CountingInput extends FilterInputStream {

    private final LongConsumer progress;
    private long count;

    CountingInput(InputStream in, LongConsumer progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) progress.accept(++count);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
            progress.accept(count);
        }
        return n;
    }
}
