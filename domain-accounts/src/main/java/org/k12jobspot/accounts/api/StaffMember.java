package org.k12jobspot.accounts.api;

/** A staff account as administrators see it on the staff members screen. */
public record StaffMember(
        AccountId id, String fullName, String email, Role role, StaffStatus status) {}
