package dk.erfaringsgraf.extract;

/** Why a non-blank line is not lost: it is part of an item, a heading, or layout furniture. */
public enum LineRole {
    ITEM, HEADING, FURNITURE
}
