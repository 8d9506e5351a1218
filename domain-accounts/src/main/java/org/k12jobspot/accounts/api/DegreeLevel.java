package org.k12jobspot.accounts.api;

/** Levels of academic degree that US school districts ask about. */
public enum DegreeLevel {
    ASSOCIATE("Associate"),
    BACHELOR("Bachelor's"),
    MASTER("Master's"),
    SPECIALIST("Education Specialist"),
    DOCTORATE("Doctorate"),
    OTHER("Other");

    private final String label;

    DegreeLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
