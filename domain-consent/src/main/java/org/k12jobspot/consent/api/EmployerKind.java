package org.k12jobspot.consent.api;

/** The kinds of employer the site makes agreements with. */
public enum EmployerKind {
    SCHOOL_DISTRICT("School district"),
    CHARTER_SCHOOL("Charter or private school"),
    EDUCATION_AGENCY("Education agency");

    private final String title;

    EmployerKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
