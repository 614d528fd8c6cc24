package pasokh.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code limit} distinct wordings of one text asked last (by each wording's latest question), from its
 * questions in any order, keeping no more than {@code limit} of them: a text asked fifty thousand times
 * costs {@code limit} entries, not one per wording. Exact: a wording dropped for an older one can only have
 * been outranked by {@code limit} wordings asked later than its latest.
 */
final class NewestWordings {

    private final int limit;
    private final Map<String, Long> latest = new HashMap<>();
    private String oldest;

    NewestWordings(int limit) {
        this.limit = limit;
    }

    /** Whether a wording asked at {@code at} could be kept: its text need not be read otherwise. */
    boolean wants(long at) {
        return latest.size() < limit || at > latest.get(oldest());
    }

    void add(String wording, long at) {
        Long seen = latest.get(wording);
        if (seen != null) {
            if (at > seen) {
                latest.put(wording, at);
                if (wording.equals(oldest)) oldest = null;
            }
            return;
        }
        if (latest.size() < limit) {
            latest.put(wording, at);
            if (oldest != null && at < latest.get(oldest)) oldest = wording;
            return;
        }
        String drop = oldest();
        if (at <= latest.get(drop)) return;
        latest.remove(drop);
        latest.put(wording, at);
        oldest = null;
    }

    /** Both texts' wordings as one: what each kept is all that can be among the newest of both. */
    NewestWordings addAll(NewestWordings other) {
        other.latest.forEach((wording, at) -> add(wording, at));
        return this;
    }

    /** Latest first; of two asked at the same moment, the one first in sort order. */
    List<String> newestFirst() {
        List<String> out = new ArrayList<>(latest.keySet());
        out.sort(Comparator.comparingLong((String w) -> -latest.get(w)).thenComparing(Comparator.naturalOrder()));
        return out;
    }

    private String oldest() {
        if (oldest == null) {
            for (var e : latest.entrySet()) {
                if (oldest == null || e.getValue() < latest.get(oldest)) oldest = e.getKey();
            }
        }
        return oldest;
    }
}
