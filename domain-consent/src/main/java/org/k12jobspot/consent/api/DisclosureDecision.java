package org.k12jobspot.consent.api;

/** The gate's answer; a refusal says why in words fit for the staff log, never personal data. */
public record DisclosureDecision(boolean allowed, String reason) {

    public static DisclosureDecision allow(String reason) {
        return new DisclosureDecision(true, reason);
    }

    public static DisclosureDecision refuse(String reason) {
        return new DisclosureDecision(false, reason);
    }
}
