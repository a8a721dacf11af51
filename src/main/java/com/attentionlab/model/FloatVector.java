package com.attentionlab.model;

import java.util.Arrays;
import java.util.Objects;

/** A read-only vector of float32 values, possibly a view of part of a larger one (a head's 32 bias values). */
public final class FloatVector {

    private final float[] data;
    private final int offset;
    private final int size;

    private FloatVector(float[] data, int offset, int size) {
        this.data = data;
        this.offset = offset;
        this.size = size;
    }

    /** A view of {@code [from, from + count)} of {@code values}, which the caller never changes again. */
    static FloatVector viewOf(float[] values, int from, int count) {
        Objects.checkFromIndexSize(from, count, values.length);
        return new FloatVector(values, from, count);
    }

    public static FloatVector copyOf(float[] values) {
        return new FloatVector(values.clone(), 0, values.length);
    }

    public int size() {
        return size;
    }

    public float get(int i) {
        Objects.checkIndex(i, size);
        return data[offset + i];
    }

    public float[] toFloatArray() {
        return Arrays.copyOfRange(data, offset, offset + size);
    }

    public double[] toDoubleArray() {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = data[offset + i];
        }
        return out;
    }

    @Override
    public String toString() {
        return "FloatVector[" + size + "]";
    }
}
