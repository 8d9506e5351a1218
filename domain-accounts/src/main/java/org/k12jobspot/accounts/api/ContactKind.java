package org.k12jobspot.accounts.api;

/** What someone wrote to the site about through the contact page. */
public enum ContactKind {
    /** A question for the site's staff. */
    QUESTION,
    /** A request to delete an account completely. */
    DELETION;

    /** How pages name the kind. */
    public String title() {
        return switch (this) {
            case QUESTION -> "Question";
            case DELETION -> "Delete my account";
        };
    }
}
