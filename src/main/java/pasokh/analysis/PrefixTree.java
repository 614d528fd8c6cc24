package pasokh.analysis;

import java.util.Arrays;

/**
 * The words readings may end in, as a tree of their letters: following one more letter is a short scan of
 * a node's children, where a sorted list needed two binary searches of the vocabulary. Nodes are indexes
 * into parallel arrays (first child, next sibling, letter, ends a word), a few bytes each.
 */
final class PrefixTree {

    static final int ROOT = 0;
    static final int NONE = -1;

    private int[] firstChild = new int[64];
    private int[] nextSibling = new int[64];
    private char[] letter = new char[64];
    private boolean[] endsWord = new boolean[64];
    private int size = 1;

    PrefixTree(Iterable<String> words) {
        firstChild[ROOT] = NONE;
        nextSibling[ROOT] = NONE;
        for (String w : words) add(w);
    }

    private void add(String word) {
        int node = ROOT;
        for (int i = 0; i < word.length(); i++) {
            int next = child(node, word.charAt(i));
            if (next == NONE) next = newChild(node, word.charAt(i));
            node = next;
        }
        endsWord[node] = true;
    }

    private int newChild(int parent, char c) {
        if (size == letter.length) {
            int n = size * 2;
            firstChild = Arrays.copyOf(firstChild, n);
            nextSibling = Arrays.copyOf(nextSibling, n);
            letter = Arrays.copyOf(letter, n);
            endsWord = Arrays.copyOf(endsWord, n);
        }
        int node = size++;
        letter[node] = c;
        firstChild[node] = NONE;
        nextSibling[node] = firstChild[parent];
        firstChild[parent] = node;
        return node;
    }

    /** The node reached from {@code node} by {@code c}, or {@link #NONE} when no word continues so. */
    int child(int node, char c) {
        for (int n = firstChild[node]; n != NONE; n = nextSibling[n]) {
            if (letter[n] == c) return n;
        }
        return NONE;
    }

    /** The node reached by all of {@code text}, or {@link #NONE}. */
    int follow(int node, String text) {
        for (int i = 0; i < text.length() && node != NONE; i++) node = child(node, text.charAt(i));
        return node;
    }

    boolean endsWord(int node) {
        return node != NONE && endsWord[node];
    }
}
