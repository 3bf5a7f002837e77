package dk.erfaringsgraf.analysis;

import java.util.Arrays;

/**
 * A binary min-heap of vertex indices 0..n-1 keyed by distance, with decrease-key. Equal keys are ordered by
 * the smaller index, so Dijkstra settles tied vertices in the graph's iteration order, never in hash order.
 */
final class IndexedMinHeap {

    private final int[] heap;
    private final int[] position;
    private final double[] key;
    private int size;

    IndexedMinHeap(int capacity) {
        heap = new int[capacity];
        position = new int[capacity];
        key = new double[capacity];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    void insert(int v, double k) {
        key[v] = k;
        heap[size] = v;
        position[v] = size;
        siftUp(size++);
    }

    void decreaseKey(int v, double k) {
        key[v] = k;
        siftUp(position[v]);
    }

    int pollMin() {
        int min = heap[0];
        position[min] = -1;
        if (--size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            siftDown(0);
        }
        return min;
    }

    private boolean less(int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && a < b);
    }

    private void siftUp(int i) {
        while (i > 0 && less(heap[i], heap[(i - 1) / 2])) {
            swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int smallest = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                if (less(heap[child], heap[smallest])) {
                    smallest = child;
                }
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int i, int j) {
        int a = heap[i];
        heap[i] = heap[j];
        heap[j] = a;
        position[heap[i]] = i;
        position[heap[j]] = j;
    }
}
