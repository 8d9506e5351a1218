package org.k12jobspot.accounts.api;

/**
 * What an account may do on the site. A job seeker keeps a candidacy profile; staff keep the data
 * sound; administrators are staff who also run the site.
 */
public enum Role {
    JOB_SEEKER,
    STAFF,
    ADMIN;

    /** Security group names, used in web.xml constraints. */
    public static final String JOB_SEEKER_GROUP = "JOB_SEEKER";

    public static final String STAFF_GROUP = "STAFF";
    public static final String ADMIN_GROUP = "ADMIN";

    /** The group a caller gets when the password is right but the email is not yet confirmed. */
    public static final String UNVERIFIED_GROUP = "UNVERIFIED";
}
