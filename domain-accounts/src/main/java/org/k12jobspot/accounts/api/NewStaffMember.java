package org.k12jobspot.accounts.api;

/** Who an administrator adds to the staff: name, work email and role (STAFF or ADMIN). */
public record NewStaffMember(String fullName, String email, Role role) {}
