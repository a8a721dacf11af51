package com.attentionlab.lesson;

/**
 * One cell of a matrix, by 0-based row and column: the key of refused edits and of cell highlights.
 */
public record Cell(int row, int col) implements Comparable<Cell> {

    public Cell {
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("no cell (" + row + ", " + col + ")");
        }
    }

    @Override
    public int compareTo(Cell o) {
        return row != o.row ? Integer.compare(row, o.row) : Integer.compare(col, o.col);
    }
}
