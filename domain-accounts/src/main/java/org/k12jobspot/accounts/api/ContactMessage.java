package org.k12jobspot.accounts.api;

/**
 * What a person sends through the contact page: the kind, who they are and how to answer them, and
 * their message (which a deletion request may leave out).
 */
public record ContactMessage(ContactKind kind, String fullName, String email, String message) {

    @Override
    public String toString() {
        return "ContactMessage[kind=" + kind + "]";
    }
}
