package org.k12jobspot.accounts.api;

/**
 * Counts over all job seekers' candidacy profiles, for aggregate statistics. Only counts leave the
 * accounts module: never a profile, an account or anything that names a person. The counts are raw;
 * whoever shows them must hide small ones.
 */
public interface ProfileStatistics {

    ProfileCounts count();
}
